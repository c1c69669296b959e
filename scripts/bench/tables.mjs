#!/usr/bin/env node
// The tables and change-tracking section of `npm run bench` (issue 14); runnable alone:
//
//   node scripts/bench/tables.mjs [--articles N] [--keep]
//
// Builds a corpus of N copies of the fixture articles (default 2,000; each copy made distinct by a line),
// then times whole `trackfacts extract --no-cache` processes: json only, and json,csv,parquet; prints the
// run reports' write stage, the files' sizes, and a re-run after one article is added (changes.json
// against the previous facts: its counts). Figures, not assertions: the machine is shared.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

import { listArticles } from './common.mjs';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const n = Number(args.includes('--articles') ? args[args.indexOf('--articles') + 1] : 2000);
const keep = args.includes('--keep');
const cli = path.join(root, 'dist/cli/main.js');
if (!existsSync(cli)) {
  console.error('bench/tables: dist/cli/main.js is missing; run `npm run build` first');
  process.exit(2);
}

const fixtures = path.join(root, 'fixtures/articles');
const originals = listArticles(fixtures, /\.(txt|md)$/).map((r) => ({ ext: path.extname(r), text: readFileSync(path.join(fixtures, r), 'utf8').replace(/\s+$/, '') }));

const work = mkdtempSync(path.join(tmpdir(), 'trackfacts-bench-tables-'));
const corpus = path.join(work, 'corpus');
for (let i = 0; i < n; i++) {
  const sub = path.join(corpus, `part-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
  if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
  const o = originals[i % originals.length];
  writeFileSync(path.join(sub, `${String(i).padStart(6, '0')}${o.ext}`), `${o.text}\n\nCopy ${i}.\n`);
}

function extract(out, format) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, 'extract', corpus, '--out', out, '--no-cache', '--quiet', '--format', format], { encoding: 'utf8' });
  const secs = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`extract exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  return { secs, report: JSON.parse(readFileSync(path.join(out, 'run-report.json'), 'utf8')) };
}
const kb = (b) => `${(b / 1024).toFixed(0)} KB`;

const jsonOnly = extract(path.join(work, 'out-json'), 'json');
const out = path.join(work, 'out-all');
const all = extract(out, 'json,csv,parquet');
const sizes = readdirSync(out)
  .filter((f) => /\.(json|csv|parquet)$/.test(f))
  .map((f) => [f, statSync(path.join(out, f)).size]);
cpSync(path.join(fixtures, 'seeds', '000_f238fb5f4bcf96a4.txt'), path.join(corpus, 'added-000.txt'));
const again = extract(out, 'json,csv,parquet');

const rows = [
  [`json only, ${n} articles, whole process`, `${jsonOnly.secs.toFixed(2)} s (write stage ${jsonOnly.report.timings.write} ms)`],
  ['json,csv,parquet, whole process', `${all.secs.toFixed(2)} s (write stage ${all.report.timings.write} ms: facts.json, 7 CSV, 7 Parquet, changes.json)`],
  ['peak RSS json / json,csv,parquet', `${(jsonOnly.report.maxRssBytes / 2 ** 20).toFixed(0)} / ${(all.report.maxRssBytes / 2 ** 20).toFixed(0)} MiB`],
  ['one article added, re-run', `${again.secs.toFixed(2)} s; changes ${Object.entries(again.report.changes.counts).map(([k, c]) => `${k} +${c.added} -${c.removed} ~${c.changed}`).join(', ')}`],
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log('\ntrackfacts bench: tables and changes');
for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
console.log(`  files at ${n} articles: ${sizes.map(([f, s]) => `${f} ${kb(s)}`).join(', ')}`);
if (keep) console.log(`  kept ${work}`);
else rmSync(work, { recursive: true, force: true });
