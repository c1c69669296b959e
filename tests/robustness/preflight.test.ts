/**
 * Clear messages instead of silence or a late failure (issue 16, item 5): an output folder that cannot be
 * written or sits on a kernel file system fails before any article is read; an unwritable cache is a
 * warning; an output folder inside an input folder is not read; file names with control characters are
 * escaped on stderr and a Latin-1 file name is read; -j above the core count warns; interrupted runs leave
 * no temporary files in the cache.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { ARTICLES, CLI, GOOD, ROOT, runCli, tempDir } from './helpers.js';

const articles = (dir: string) => {
  const a = path.join(dir, 'articles');
  for (const f of GOOD) cpSync(path.join(ARTICLES, f), path.join(a, path.basename(f)));
  return a;
};
const sources = (out: string) => (JSON.parse(readFileSync(path.join(out, 'facts.json'), 'utf8')) as { articles: { source: string }[] }).articles.map((a) => a.source).sort();

describe('preflight: the output folder', () => {
  it('an --out that cannot be created (a file in its path) or is a file: exit 2 before any article is read', async () => {
    const dir = tempDir();
    const a = articles(dir);
    writeFileSync(path.join(dir, 'file'), 'x');
    for (const out of [path.join(dir, 'file', 'out'), path.join(dir, 'file')]) {
      const r = await runCli(['extract', a, '--out', out, '--no-cache']);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/^trackfacts: cannot (create|write) --out .*(not a folder|ENOTDIR|EEXIST)/m);
      expect(r.stderr).not.toMatch(/files, \d+ articles/); // no progress: nothing was extracted
    }
  });

  it.each(['/proc/trackfacts-out', '/proc/self/trackfacts-out', '/sys/kernel/trackfacts-out'])('--out %s (a kernel file system): exit 2 at once', async (out) => {
    const dir = tempDir();
    const r = await runCli(['extract', articles(dir), '--out', out, '--no-cache'], { timeoutMs: 30_000 });
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^trackfacts: cannot write --out .*: it is on the (proc|sysfs) file system, which holds no files$/m);
  });

  it('an unwritable cache folder is a warning on stderr; the outputs are written', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'blocker'), 'x');
    const out = path.join(dir, 'out');
    const r = await runCli(['extract', articles(dir), '--out', out, '--cache-dir', path.join(dir, 'blocker', 'cache')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^trackfacts: warning: .*blocker\/cache: runner: cache folder cannot be written: .*this run stores no cache entries$/m);
    expect(sources(out)).toHaveLength(2);
  });
});

describe('preflight: inputs', () => {
  it('an --out inside the input folder (also through a symbolic link) is never read as input', async () => {
    const dir = tempDir();
    const a = articles(dir);
    symlinkSync(a, path.join(dir, 'link'));
    for (const out of [path.join(a, 'out'), path.join(dir, 'link', 'out')]) {
      for (let i = 0; i < 2; i++) {
        const r = await runCli(['extract', a, '--out', out, '--quiet', '--format', i ? 'ndjson' : 'json', '--max-shrink', '1']);
        expect(r.code, r.stderr).toBe(0);
      }
      const lines = readFileSync(path.join(out, 'articles.ndjson'), 'utf8').trim().split('\n');
      expect(lines.map((l) => (JSON.parse(l) as { source: string }).source).sort()).toEqual(GOOD.map((g) => path.basename(g)).sort());
    }
  });

  it('file names with control characters are escaped on stderr; a Latin-1 file name is read', async () => {
    const dir = tempDir();
    const a = articles(dir);
    const evil = Buffer.concat([Buffer.from(a), Buffer.from('/evil\x1b[2J\nfake: line\u202e.txt')]);
    writeFileSync(evil, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])); // a PNG: reported by name
    const latin1 = Buffer.concat([Buffer.from(a), Buffer.from('/caf'), Buffer.from([0xe9]), Buffer.from('.txt')]);
    writeFileSync(latin1, readFileSync(path.join(ARTICLES, GOOD[0])));
    const out = path.join(dir, 'out');
    const r = await runCli(['extract', a, '--out', out, '--no-cache', '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f\u202e]/);
    expect(r.stderr.trim().split('\n')).toEqual(['trackfacts: evil\\e[2J\\nfake: line\\u{202e}.txt: ingest: binary file: PNG image (magic number)']);
    expect(sources(out)).toContain('café.txt');
    expect(r.stderr).not.toMatch(/ENOENT/);
  });
});

describe('preflight: resources', () => {
  it('-j above the core count warns', async () => {
    const dir = tempDir();
    const j = availableParallelism() + 3;
    const r = await runCli(['extract', articles(dir), '--out', path.join(dir, 'out'), '--no-cache', '-j', String(j)]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`trackfacts: warning: ${j} worker threads on ${availableParallelism()} cores`);
  });

  it('temporary files of interrupted runs are removed from the cache by the next run', async () => {
    const dir = tempDir();
    const big = path.join(dir, 'big');
    for (let i = 0; i < 6; i++) cpSync(ARTICLES, path.join(big, `c${i}`), { recursive: true });
    const cache = path.join(dir, 'cache');
    const args = ['extract', big, '--out', path.join(dir, 'out'), '--cache-dir', cache, '--quiet', '--max-shrink', '1'];
    const tmpFiles = (d: string): string[] =>
      existsSync(d) ? readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tmpFiles(path.join(d, e.name)) : e.name.endsWith('.tmp') ? [path.join(d, e.name)] : [])) : [];
    // a killed run's leftovers, made by hand so that the test does not hang on timing: its mark and its temp files
    mkdirSync(path.join(cache, 'ab'), { recursive: true });
    const dead = 2 ** 22 + 12345; // above the largest pid Linux hands out (pid_max is at most 2^22): never alive
    writeFileSync(path.join(cache, `.active-${dead}`), '');
    writeFileSync(path.join(cache, 'ab', `.ab12.json.${dead}.deadbeef.tmp`), 'half');
    mkdirSync(path.join(cache, 'runs', `.k.${dead}.tmp`), { recursive: true });
    // and real kills in the middle of filling the cache
    for (const ms of [1200, 2500]) {
      await new Promise<void>((resolve) => {
        const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: 'ignore' });
        const t = setTimeout(() => child.kill('SIGKILL'), ms);
        child.on('exit', () => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    const r = await runCli(args, { timeoutMs: 300_000 });
    expect(r.code, r.stderr).toBeLessThan(2);
    expect(tmpFiles(cache)).toEqual([]);
    expect(readdirSync(cache).filter((n) => n.startsWith('.active-'))).toEqual([]);
  }, 300_000);
});
