/**
 * `kill -9` during a run that writes the tables (issue 14): every file in --out — facts.json, each CSV and
 * Parquet table, changes.json — is at every moment either the previous run's bytes or the new run's,
 * never a partial file, and DuckDB reads every Parquet file that is there. Each file is replaced atomically
 * on its own; that the whole SET switches in one step (never old CSV beside new Parquet) is issue 16's
 * output-set mechanism, so this test counts mixed sets instead of failing on them.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ARTICLES, ROOT, runCli as runBuiltCli, snapshotCli, tempDir } from '../robustness/helpers.js';
import { openDuckDb, sqlPath } from './helpers.js';

const CLI = snapshotCli();
const runCli = (args: string[]) => runBuiltCli(args, { cli: CLI, timeoutMs: 300_000 });
const FORMAT = ['--format', 'json,csv,parquet'];
let dir = '';
let big = '';
let small = '';
let out = '';
let fullMs = 0;
const oldFiles = new Map<string, Buffer>();
const newFiles = new Map<string, Buffer>();
let db: Awaited<ReturnType<typeof openDuckDb>>;

const snapshot = (d: string, into: Map<string, Buffer>) => {
  for (const f of readdirSync(d)) if (f !== 'run-report.json' && !f.startsWith('.')) into.set(f, readFileSync(path.join(d, f)));
};

function runAndKill(args: string[], ms: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

beforeAll(async () => {
  dir = tempDir('trackfacts-kill-tables-');
  big = path.join(dir, 'big');
  for (let i = 0; i < 6; i++) cpSync(ARTICLES, path.join(big, `copy-${i}`), { recursive: true });
  small = path.join(ARTICLES, 'seeds');
  // the new run's files: a run into a folder that holds the small run's output, as the killed runs do
  const ref = path.join(dir, 'ref');
  expect((await runCli(['extract', small, '--out', ref, '--no-cache', '--quiet', ...FORMAT])).code).toBe(0);
  snapshot(ref, oldFiles);
  const t0 = Date.now();
  expect((await runCli(['extract', big, '--out', ref, '--no-cache', '--quiet', ...FORMAT])).code).toBe(0);
  fullMs = Date.now() - t0;
  snapshot(ref, newFiles);
  out = path.join(dir, 'out');
  db = await openDuckDb();
}, 600_000);
afterAll(() => db?.close());

describe('kill -9 while the tables are written', () => {
  it('leaves every output file whole: the previous bytes or the new ones', async () => {
    let mixed = 0;
    const moments = [0.7, 0.85, 0.9, 0.93, 0.96, 0.98, 1.0, 1.02].map((f) => Math.round(f * fullMs));
    for (const ms of moments) {
      const r = await runCli(['extract', small, '--out', out, '--no-cache', '--quiet', '--max-shrink', '1', ...FORMAT]); // the previous output (a smaller set on purpose)
      expect(r.code, r.stderr).toBe(0);
      await runAndKill(['extract', big, '--out', out, '--no-cache', '--quiet', ...FORMAT], ms);
      const sides = new Set<string>();
      for (const f of readdirSync(out)) {
        if (f === 'run-report.json') continue;
        if (f.startsWith('.')) {
          // a killed run's lock, staging folder, commit record or temporary file
          expect(f, 'a stray file is a hidden leftover of the killed run').toMatch(/^(?:\..*\.tmp|\.trackfacts\.lock|\.trackfacts-set-.*|\.trackfacts-commit\.json)$/);
          continue;
        }
        const bytes = readFileSync(path.join(out, f));
        if (f === 'changes.json' || f === 'manifest.json') {
          // their content depends on what was in the folder before (changes.json, and the manifest that names its digest): whole JSON is what counts
          expect(() => JSON.parse(bytes.toString('utf8')), `killed at ${ms} ms: ${f} is not whole`).not.toThrow();
          continue;
        }
        const side = bytes.equals(oldFiles.get(f)!) ? 'old' : bytes.equals(newFiles.get(f)!) ? 'new' : null;
        expect(side, `killed at ${ms} ms: ${f} is neither the previous nor the new file (${bytes.length} bytes)`).not.toBeNull();
        sides.add(side!);
        if (f.endsWith('.parquet')) await db.all(`SELECT count(*) FROM read_parquet(${sqlPath(path.join(out, f))})`);
      }
      if (sides.size > 1) {
        mixed++;
        // the set is switched in after a commit record: a mix exists only past it, and the next run finishes it
        expect(existsSync(path.join(out, '.trackfacts-commit.json')), `killed at ${ms} ms: a mix of previous and new files with no commit record`).toBe(true);
      }
    }
    console.log(`kill -9 at ${moments.join(', ')} ms (full run ${fullMs} ms): ${mixed} of ${moments.length} left a mix of previous and new files (each past the commit point, finished by the next run)`);
  }, 900_000);
});
