/**
 * The outputs of a run are one set (issue 16, item 4): switched in whole (a kill at every step of the
 * write phase leaves the previous set or, once past the commit point, a switch the next run finishes),
 * described by manifest.json with the sha256 of each file (the run report carries them too), no file of
 * another format left behind, and one run at a time per output folder (a lock; a stale lock detected).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ARTICLES, ROOT, runCli, snapshotCli, tempDir } from './helpers.js';

const CLI = snapshotCli();
const cli = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
type OutputSetModule = typeof import('../../src/io/output-set.js');
const outputSet = (await import(pathToFileURL(path.join(path.dirname(CLI), '../io/output-set.js')).href)) as OutputSetModule;

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
/** Every file of a folder (hidden ones too) with its sha256. */
const listing = (d: string) => Object.fromEntries(readdirSync(d).sort().map((f) => [f, sha(path.join(d, f))]));

let dir = '';
let oldIn = '';
let newIn = '';
beforeAll(() => {
  dir = tempDir('trackfacts-set-');
  oldIn = path.join(dir, 'old');
  newIn = path.join(dir, 'new');
  cpSync(path.join(ARTICLES, 'seeds'), oldIn, { recursive: true });
  cpSync(path.join(ARTICLES, 'seeds'), newIn, { recursive: true });
  cpSync(path.join(ARTICLES, 'bbcsport-athletics/004.txt'), path.join(newIn, '004.txt'));
});

describe('one output set', () => {
  it('manifest.json names every file with its sha256; the run report carries the digests; verifyOutputSet agrees', async () => {
    const out = path.join(dir, 'digests');
    const r = cli(['extract', newIn, '--out', out, '--no-cache', '--quiet', '--format', 'ndjson']);
    expect(r.status, r.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { files: { name: string; sha256: string; bytes: number }[] };
    expect(manifest.files.map((f) => f.name).sort()).toEqual(readdirSync(out).filter((f) => f !== 'manifest.json').sort());
    for (const f of manifest.files) expect(sha(path.join(out, f.name)), f.name).toBe(f.sha256);
    const report = JSON.parse(readFileSync(path.join(out, 'run-report.json'), 'utf8')) as { output: { digests: Record<string, string> } };
    for (const f of manifest.files) if (f.name !== 'run-report.json') expect(report.output.digests[f.name]).toBe(f.sha256);
    expect((await outputSet.verifyOutputSet(out)).state).toBe('whole');
    writeFileSync(path.join(out, 'athletes.ndjson'), '{}\n');
    expect(await outputSet.verifyOutputSet(out)).toMatchObject({ ok: false, state: 'mismatch', problems: ['athletes.ndjson: differs from the manifest'] });
  });

  it('switching --format leaves no file of the other format behind, also from a folder written before manifests', () => {
    const out = path.join(dir, 'switch');
    const names = () => readdirSync(out).sort();
    expect(cli(['extract', newIn, '--out', out, '--no-cache', '--quiet', '--format', 'ndjson']).status).toBe(0);
    expect(names()).toContain('athletes.ndjson');
    expect(cli(['extract', newIn, '--out', out, '--no-cache', '--quiet']).status).toBe(0);
    expect(names()).toEqual(['changes.json', 'facts.json', 'manifest.json', 'run-report.json']);
    expect(cli(['extract', newIn, '--out', out, '--no-cache', '--quiet', '--format', 'ndjson']).status).toBe(0);
    expect(names()).not.toContain('facts.json');
    // a folder from an older version: outputs, no manifest; a user's own file stays
    rmSync(path.join(out, 'manifest.json'));
    writeFileSync(path.join(out, 'debug.json'), '{}');
    writeFileSync(path.join(out, 'notes.txt'), 'mine');
    expect(cli(['extract', newIn, '--out', out, '--no-cache', '--quiet']).status).toBe(0);
    expect(names()).toEqual(['changes.json', 'facts.json', 'manifest.json', 'notes.txt', 'run-report.json']);
  });

  it('a kill at every step of the write phase (json + debug, ndjson, a switch from ndjson to json): the previous set, or a switch past its commit point that the next run finishes', () => {
    const seenPoints: Record<string, number> = {};
    /** A file's sha256, or "absent". */
    const shaOr = (f: string) => (existsSync(f) ? sha(f) : 'absent');
    for (const [format, oldFormat] of [['json', 'json'], ['ndjson', 'ndjson'], ['json', 'ndjson']] as const) {
      const configFor = (fmt: string) => {
        const cfg = path.join(dir, `debug-${fmt}.json`);
        writeFileSync(cfg, JSON.stringify({ output: { debug: true, format: fmt } }));
        return cfg;
      };
      const cfg = configFor(format);
      const args = (input: string, out: string, c = cfg) => ['extract', input, '--out', out, '--no-cache', '--quiet', '--config', c, '-j', '1'];
      // the previous set and the new set, each written by an uninterrupted run
      const oldOut = path.join(dir, `old-${oldFormat}-${format}`);
      const newOut = path.join(dir, `new-${oldFormat}-${format}`);
      expect(cli(args(oldIn, oldOut, configFor(oldFormat))).status).toBe(0);
      expect(cli(args(newIn, newOut)).status).toBe(0);
      // changes.json says what changed against whatever the folder held before: whole JSON is what counts (below)
      const dataFiles = [...new Set([...readdirSync(newOut), ...readdirSync(oldOut)])].filter((f) => f !== 'run-report.json' && f !== 'manifest.json' && f !== 'changes.json').sort();
      const oldData = Object.fromEntries(dataFiles.map((f) => [f, shaOr(path.join(oldOut, f))]));
      const newData = Object.fromEntries(dataFiles.map((f) => [f, shaOr(path.join(newOut, f))]));
      expect(oldData).not.toEqual(newData);
      const out = path.join(dir, `kill-${oldFormat}-${format}`);
      let n = 1;
      for (; n < 100; n++) {
        rmSync(out, { recursive: true, force: true });
        cpSync(oldOut, out, { recursive: true });
        const r = cli(args(newIn, out), { TRACKFACTS_CRASH_AT: String(n) });
        if (r.signal !== 'SIGKILL') {
          expect(r.status, r.stderr).toBe(0);
          break;
        }
        const ctx = `${format}, killed at crash point ${n}`;
        // every data file is whole at every moment: the old or the new bytes
        for (const f of dataFiles) {
          const now = shaOr(path.join(out, f));
          expect(now === oldData[f] || now === newData[f], `${ctx}: ${f} is neither old nor new`).toBe(true);
        }
        if (existsSync(path.join(out, 'changes.json'))) expect(() => JSON.parse(readFileSync(path.join(out, 'changes.json'), 'utf8')), `${ctx}: changes.json is not whole`).not.toThrow();
        const check = spawnSync(process.execPath, ['--input-type=module', '-e', `import { verifyOutputSet } from ${JSON.stringify(pathToFileURL(path.join(path.dirname(CLI), '../io/output-set.js')).href)}; console.log((await verifyOutputSet(${JSON.stringify(out)})).state)`], { encoding: 'utf8' });
        const state = check.stdout.trim();
        expect(['whole', 'switching'], `${ctx}: set state ${state}`).toContain(state);
        seenPoints[state] = (seenPoints[state] ?? 0) + 1;
        const current = Object.fromEntries(dataFiles.map((f) => [f, shaOr(path.join(out, f))]));
        if (state === 'whole') expect([oldData, newData], `${ctx}: a whole set is the old or the new one`).toContainEqual(current);
        // the next run (here its first step alone) finishes or drops the switch: a whole set, old or new, nothing stray
        const rec = spawnSync(process.execPath, ['--input-type=module', '-e', `import { recoverOutputSet, verifyOutputSet } from ${JSON.stringify(pathToFileURL(path.join(path.dirname(CLI), '../io/output-set.js')).href)}; const r = await recoverOutputSet(${JSON.stringify(out)}); console.log(r.rolledForward, (await verifyOutputSet(${JSON.stringify(out)})).state)`], { encoding: 'utf8' });
        const [rolled, after] = rec.stdout.trim().split(' ');
        expect(after, `${ctx}: after recovery`).toBe('whole');
        const recovered = Object.fromEntries(dataFiles.map((f) => [f, shaOr(path.join(out, f))]));
        expect(recovered, `${ctx}: after recovery`).toEqual(rolled === 'true' || state === 'switching' ? newData : current);
        // the killed run's lock stays until the next run finds its process gone
        expect(readdirSync(out).filter((f) => f.startsWith('.')), `${ctx}: hidden leftovers after recovery`).toEqual(['.trackfacts.lock']);
        if (n === 3) {
          const again = cli(args(newIn, out));
          expect(again.status, `${ctx}: the next run: ${again.stderr}`).toBe(0);
          expect(Object.fromEntries(dataFiles.map((f) => [f, shaOr(path.join(out, f))]))).toEqual(newData);
          expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
        }
      }
      const name = oldFormat === format ? format : `${oldFormat} → ${format}`;
      expect(n, `${name}: the run never finished`).toBeLessThan(100);
      expect(n, `${name}: too few crash points`).toBeGreaterThan(readdirSync(newOut).length * 2);
      console.log(`${name}: killed at ${n - 1} crash points of the write phase, then ran through`);
    }
    expect(seenPoints['whole']).toBeGreaterThan(0);
    expect(seenPoints['switching']).toBeGreaterThan(0);
  }, 600_000);
});

describe('one run at a time per output folder', () => {
  it('a second concurrent run exits 2 naming the first; the first finishes', async () => {
    const big = path.join(dir, 'big');
    for (let i = 0; i < 4; i++) cpSync(ARTICLES, path.join(big, `copy-${i}`), { recursive: true });
    const out = path.join(dir, 'concurrent');
    mkdirSync(out);
    const first = spawn(process.execPath, [CLI, 'extract', big, '--out', out, '--no-cache', '--quiet', '-j', '1'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let firstErr = '';
    first.stderr.setEncoding('utf8').on('data', (s: string) => (firstErr += s));
    const firstDone = new Promise<number | null>((resolve) => first.on('exit', (code) => resolve(code)));
    const lock = path.join(out, '.trackfacts.lock');
    for (let i = 0; i < 600 && !existsSync(lock); i++) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(lock)).toBe(true);
    const second = await runCli(['extract', oldIn, '--out', out, '--no-cache', '--quiet']);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(new RegExp(`output folder .* is in use by another trackfacts run \\(process ${first.pid} on ${hostname()}`));
    expect(await firstDone, firstErr).toBeLessThan(2);
    expect(existsSync(lock)).toBe(false);
    const facts = JSON.parse(readFileSync(path.join(out, 'facts.json'), 'utf8')) as { articles: { source: string }[] };
    expect(facts.articles.length).toBeGreaterThan(20); // the first run's set, not the second's
  }, 300_000);

  it('a lock left by a killed run is taken over; a lock from another host is not', () => {
    const out = path.join(dir, 'stale');
    mkdirSync(out);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(path.join(out, '.trackfacts.lock'), JSON.stringify({ pid: dead, hostname: hostname(), startTime: 1, startedAt: '2026-01-01T00:00:00.000Z' }));
    const r = cli(['extract', oldIn, '--out', out, '--no-cache', '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(path.join(out, '.trackfacts.lock'))).toBe(false);
    writeFileSync(path.join(out, '.trackfacts.lock'), JSON.stringify({ pid: 1, hostname: 'elsewhere.invalid', startTime: 1, startedAt: '2026-01-01T00:00:00.000Z' }));
    const r2 = cli(['extract', oldIn, '--out', out, '--no-cache', '--quiet']);
    expect(r2.status).toBe(2);
    expect(r2.stderr).toMatch(/in use by another trackfacts run \(process 1 on elsewhere\.invalid.*; if that run is gone, remove .*\.trackfacts\.lock/);
  });
});
