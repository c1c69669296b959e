/**
 * Nothing lost (issue 7): `kill -9` a real CLI run at several moments and check that the output folder's
 * facts.json and run-report.json are always whole, valid JSON — the previous run's or the new run's bytes,
 * never a partial file — and that what a killed run leaves behind (temporary files) cannot be taken for
 * an output: hidden `.…tmp` names, neither facts.json nor run-report.json nor anything the walker reads.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ARTICLES, ROOT, STACK_LINE, runCli as runBuiltCli, snapshotCli, tempDir } from './helpers.js';

const OUTPUTS = new Set(['facts.json', 'run-report.json', 'manifest.json', 'changes.json']);
/** What a killed run may leave in the output folder: its lock, its staging folder, its commit record, temporary files. */
const HIDDEN_LEFTOVER = /^(?:\..*\.tmp|\.trackfacts\.lock|\.trackfacts-set-.*|\.trackfacts-commit\.json)$/;

let dir = '';
let big = '';
let small = '';
let out = '';
let oldFacts = '';
let newFacts = '';
let fullMs = 0;
/** The CLI under test, copied once: every run compares outputs of the same code. */
const CLI = snapshotCli();
const runCli = (args: string[], opts: { timeoutMs?: number } = {}) => runBuiltCli(args, { ...opts, cli: CLI });
/** A generous article budget: this test is about the outputs, not about timeouts on a loaded machine. */
let cfg = '';
const strays: string[] = [];

/** Starts the CLI and SIGKILLs it after `ms`; resolves with whether it had already exited by itself. */
function runAndKill(args: string[], ms: number): Promise<{ finished: boolean; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: 'ignore' });
    let finished = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      finished = signal === null;
      resolve({ finished, code });
    });
  });
}

const read = (f: string) => readFileSync(path.join(out, f), 'utf8');

/** Restores the previous run's output (the small input) so the next kill starts from "old". */
async function restoreOld() {
  const r = await runCli(['extract', small, '--out', out, '--no-cache', '--quiet', '--config', cfg, '--max-shrink', '1'], { timeoutMs: 120_000 });
  expect(r.code, r.stderr).toBe(0);
  expect(read('facts.json')).toBe(oldFacts);
}

beforeAll(async () => {
  dir = tempDir('trackfacts-kill-');
  cfg = path.join(dir, 'config.json');
  writeFileSync(cfg, JSON.stringify({ limits: { articleTimeoutMs: 300_000 } }));
  // big: every fixture article many times over (a run of a few seconds); small: two articles
  big = path.join(dir, 'big');
  for (let i = 0; i < 12; i++) cpSync(ARTICLES, path.join(big, `copy-${String(i).padStart(2, '0')}`), { recursive: true });
  small = path.join(dir, 'small');
  mkdirSync(small);
  cpSync(path.join(ARTICLES, 'seeds'), small, { recursive: true });
  // the new run's complete output, for comparison
  const ref = path.join(dir, 'ref');
  const t0 = Date.now();
  const r = await runCli(['extract', big, '--out', ref, '--no-cache', '--quiet', '--config', cfg], { timeoutMs: 300_000 });
  fullMs = Date.now() - t0;
  expect(r.code, r.stderr).toBe(0);
  newFacts = readFileSync(path.join(ref, 'facts.json'), 'utf8');
  // the previous run's output in the folder the killed runs write to
  out = path.join(dir, 'out');
  const r2 = await runCli(['extract', small, '--out', out, '--no-cache', '--quiet', '--config', cfg], { timeoutMs: 120_000 });
  expect(r2.code, r2.stderr).toBe(0);
  oldFacts = read('facts.json');
  expect(oldFacts).not.toBe(newFacts);
}, 600_000);

describe('kill -9 during a run', () => {
  it('leaves facts.json and run-report.json whole at every moment', async () => {
    // absolute moments (start-up, walking, extracting) and moments near the end (merge, write, rename)
    const fractions = [0.5, 0.8, 0.9, 0.95, 0.98, 1.0, 1.05];
    const moments = [100, 500, 1000, ...fractions.map((f) => Math.round(f * fullMs))];
    const seen = { old: 0, new: 0 };
    for (const ms of moments) {
      const k = await runAndKill(['extract', big, '--out', out, '--no-cache', '--quiet', '--config', cfg], ms);
      const ctx = `killed at ${ms} ms (full run ${fullMs} ms)${k.finished ? ', had finished' : ''}`;
      const facts = read('facts.json');
      expect(facts === oldFacts || facts === newFacts, `${ctx}: facts.json is neither the old nor the new output (${facts.length} chars)`).toBe(true);
      const parsed = JSON.parse(facts) as { schemaVersion: number };
      expect(parsed.schemaVersion).toBe(1);
      const report = JSON.parse(read('run-report.json')) as { inputs: string[]; counts: { articles: number } };
      const reportIsNew = report.inputs[0] === big;
      expect(report.inputs[0] === small || reportIsNew, ctx).toBe(true);
      // stray files: only hidden temporary files, never a name the outputs or the walker use
      for (const f of readdirSync(out)) {
        if (OUTPUTS.has(f)) continue;
        expect(f, `${ctx}: stray file`).toMatch(HIDDEN_LEFTOVER);
        if (f.endsWith(".tmp")) strays.push(path.join(out, f));
      }
      if (facts === newFacts) {
        seen.new++;
        await restoreOld();
      } else seen.old++;
    }
    console.log(`kill -9 at ${moments.join(', ')} ms (full run ${fullMs} ms): ${seen.old} left the previous output, ${seen.new} the new one, ${strays.length} stray temporary files`);
    // the killed runs hit both sides of the rename at least once
    expect(seen.old).toBeGreaterThan(0);
    expect(existsSync(path.join(out, 'facts.json'))).toBe(true);
  }, 900_000);

  it('a later run over a folder holding the stray temporary files reads none of them', async () => {
    const input = path.join(dir, 'with-strays');
    cpSync(small, input, { recursive: true });
    // what the kills left, or a stand-in when every kill fell outside a write
    const files = strays.length ? strays.filter(existsSync) : [];
    for (const f of files) cpSync(f, path.join(input, path.basename(f)));
    writeFileSync(path.join(input, `.facts.json.${process.pid}.deadbeef.tmp`), '{"schemaVersion": 1, "articles": [');
    const again = path.join(dir, 'again');
    const r = await runCli(['extract', input, '--out', again, '--no-cache', '--quiet', '--config', cfg], { timeoutMs: 120_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/\.tmp/);
    const facts = JSON.parse(readFileSync(path.join(again, 'facts.json'), 'utf8')) as { articles: { source: string }[] };
    expect(facts.articles.map((a) => a.source).sort()).toEqual(readdirSync(small).sort());
  }, 300_000);

  it('runs killed while filling the cache leave a cache that still gives the reference output', async () => {
    const cache = path.join(dir, 'cache');
    const out2 = path.join(dir, 'out-cached');
    const args = ['extract', big, '--out', out2, '--cache-dir', cache, '--quiet', '--config', cfg];
    for (const f of [0.1, 0.3, 0.5, 0.7, 0.9]) await runAndKill(args, Math.max(100, Math.round(f * fullMs)));
    const r = await runCli(args, { timeoutMs: 300_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(path.join(out2, 'facts.json'), 'utf8')).toBe(newFacts);
    // every cache file damaged (truncated, bytes flipped, garbage): detected, recomputed, same bytes; first with
    // the pack index left whole, so that the entries are found and fail their checks, then everything
    let n = 0;
    const damage = (d: string, spare = ''): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) damage(p, spare);
        else if (e.name !== spare) {
          const buf = readFileSync(p);
          const kind = n++ % 3;
          if (kind === 0) writeFileSync(p, buf.subarray(0, buf.length >> 1));
          else if (kind === 1) writeFileSync(p, buf.map((b, i) => (i % 97 === 5 ? b ^ 0x20 : b)));
          else writeFileSync(p, '\u0000garbage{"facts": [');
        }
      }
    };
    damage(cache, 'index.tsv');
    expect(n).toBeGreaterThan(0);
    const r2 = await runCli(args, { timeoutMs: 300_000 });
    expect(r2.code, r2.stderr).toBe(0);
    expect(r2.stderr).not.toMatch(STACK_LINE);
    expect(readFileSync(path.join(out2, 'facts.json'), 'utf8')).toBe(newFacts);
    const report = JSON.parse(readFileSync(path.join(out2, 'run-report.json'), 'utf8')) as { cache: { corrupt: number } };
    expect(report.cache.corrupt).toBeGreaterThan(0);
    damage(cache);
    const r3 = await runCli(args, { timeoutMs: 300_000 });
    expect(r3.code, r3.stderr).toBe(0);
    expect(readFileSync(path.join(out2, 'facts.json'), 'utf8')).toBe(newFacts);
  }, 900_000);
});
