#!/usr/bin/env node
// JSON Lines streaming bench (issue 16): the same N articles as one JSONL export and as N files.
//
//   node scripts/bench/jsonl.mjs [--n 200000] [-j <threads>] [--keep]
//
// Builds both corpora in a temp dir from the bundled fixtures (copy i of article (i mod n) with a line
// "Copy i." so that every article is distinct), runs `trackfacts extract --no-cache` over each (whole
// process, start-up included) and prints articles/s and peak RSS (the run report's maxRssBytes: main
// thread and workers) for both, with the ratios. Figures, not assertions: the machine may be shared.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

import { listArticles, optionReader } from './common.mjs';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = optionReader(args);
const n = Number(opt('--n', 200000));
const threads = opt('-j', null);
const keep = args.includes('--keep');
const cli = path.join(root, 'dist/cli/main.js');
if (!existsSync(cli)) {
  console.error('bench/jsonl: dist/cli/main.js is missing; run `npm run build` first');
  process.exit(2);
}
const log = (s) => process.stderr.write(`bench/jsonl: ${s}\n`);
const mib = (b) => `${(b / 1024 / 1024).toFixed(0)} MiB`;

const source = path.join(root, 'fixtures/articles');
const texts = listArticles(source, /\.txt$/i).map((r) => readFileSync(path.join(source, r), 'utf8').replace(/\s+$/, ''));
const textOf = (i) => `${texts[i % texts.length]}\n\nCopy ${i}.\n`;

const work = mkdtempSync(path.join(tmpdir(), 'trackfacts-bench-jsonl-'));
log(`${n} articles from ${texts.length} fixture texts; work dir ${work}`);

async function buildJsonl() {
  const dir = path.join(work, 'jsonl');
  mkdirSync(dir);
  const file = path.join(dir, 'export.jsonl');
  const ws = createWriteStream(file);
  for (let i = 0; i < n; i++) {
    if (!ws.write(`${JSON.stringify({ id: `a${i}`, text: textOf(i) })}\n`)) await new Promise((r) => ws.once('drain', r));
  }
  await new Promise((r) => ws.end(r));
  return dir;
}
function buildFiles() {
  const dir = path.join(work, 'files');
  for (let i = 0; i < n; i++) {
    const sub = path.join(dir, `part-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `${String(i).padStart(6, '0')}.txt`), textOf(i));
  }
  return dir;
}

function run(input, name) {
  const out = path.join(work, `out-${name}`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, 'extract', input, '--out', out, '--no-cache', '--quiet', ...(threads ? ['-j', threads] : [])], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const secs = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`extract exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  const report = JSON.parse(readFileSync(path.join(out, 'run-report.json'), 'utf8'));
  return { secs, articles: report.articles.processed, rate: report.articles.processed / secs, rss: report.maxRssBytes };
}

log('building the JSONL export…');
const jsonlDir = await buildJsonl();
log('building the folder of files…');
const filesDir = buildFiles();
log('running over the JSONL export…');
const j = run(jsonlDir, 'jsonl');
log('running over the files…');
const f = run(filesDir, 'files');

const line = (label, x) => `  ${label.padEnd(28)} ${String(x.articles).padStart(7)} articles in ${x.secs.toFixed(1).padStart(6)} s: ${x.rate.toFixed(0).padStart(5)} articles/s, peak RSS ${mib(x.rss)}`;
console.log(`JSON Lines streaming, ${n} articles (whole process, --no-cache${threads ? `, -j ${threads}` : ''})`);
console.log(line('one .jsonl export (streamed)', j));
console.log(line(`${n} files`, f));
console.log(`  ratio JSONL / files: ${(j.rate / f.rate).toFixed(2)}x articles/s, ${(j.rss / f.rss).toFixed(2)}x peak RSS`);
if (!keep) rmSync(work, { recursive: true, force: true });
else log(`kept ${work}`);
