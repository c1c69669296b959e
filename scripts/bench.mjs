#!/usr/bin/env node
// npm run bench — throughput, memory and cache figures of trackfacts, from ONE run (issue 5).
//
//   node scripts/bench.mjs [--articles DIR] [--small 2000] [--large 20000] [--naive 300] [--keep]
//
// Builds its own corpus in a temp dir from the bundled fixtures (fixtures/articles/**, or --articles DIR):
// copy i of article (i mod n), made distinct by an appended line with the copy's number. Then prints:
//   naive compromise rate (full parse + .people() + .quotations() per article, one process, in this process);
//   trackfacts cold articles/s over --small articles (whole `trackfacts extract --no-cache` process, start-up
//   included) and its ratio to naive; peak RSS at --small and --large, both from cold runs that fill a
//   fresh cache (maxRssBytes from the run report: process.resourceUsage().maxRSS, main thread and
//   workers); the cold and cached re-run times over --large and the speed-up, with a byte-identity check
//   of facts.json; a re-run with one article changed; and the dev macro F1 of the same build
//   (scripts/eval-dev.mjs when present). Figures and ratios, not assertions: the machine is shared.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buildCorpus as buildCorpusIn, copyTextOf, optionReader, readOriginals } from './bench/common.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = optionReader(args);
const source = path.resolve(opt('--articles', path.join(root, 'fixtures/articles')));
const small = Number(opt('--small', 2000));
const large = Number(opt('--large', 20000));
const naiveN = Number(opt('--naive', 300));
const keep = args.includes('--keep');
const cli = path.join(root, 'dist/cli/main.js');
if (!existsSync(cli)) {
  console.error('bench: dist/cli/main.js is missing; run `npm run build` first');
  process.exit(2);
}

const log = (s) => process.stderr.write(`bench: ${s}\n`);
const mib = (b) => `${(b / 1024 / 1024).toFixed(0)} MiB`;

const originals = readOriginals(source);
if (!originals.length) {
  console.error(`bench: no .txt/.md articles under ${source}`);
  process.exit(2);
}
const copyText = copyTextOf(originals);

const work = mkdtempSync(path.join(tmpdir(), 'trackfacts-bench-'));
const buildCorpus = (name, n) => buildCorpusIn(work, name, n, copyText);

function runExtract(input, out, extra) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, 'extract', input, '--out', out, '--quiet', ...extra], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const secs = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`extract exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  const report = JSON.parse(readFileSync(path.join(out, 'run-report.json'), 'utf8'));
  return { secs, report, facts: readFileSync(path.join(out, 'facts.json')) };
}

async function naiveRate(n) {
  const { default: nlp } = await import('compromise');
  const texts = Array.from({ length: n }, (_, i) => copyText(i).text);
  nlp('Warm up. "Hello," said Josh Kerr.').people().out('array'); // load the lexicon outside the timing
  const t0 = performance.now();
  let people = 0;
  let quotes = 0;
  for (const t of texts) {
    const doc = nlp(t);
    people += doc.people().out('array').length;
    quotes += doc.quotations().out('array').length;
  }
  const secs = (performance.now() - t0) / 1000;
  return { rate: n / secs, secs, people, quotes };
}

function devScore() {
  const script = path.join(root, 'scripts/eval-dev.mjs');
  if (!existsSync(script)) return null;
  try {
    const out = execFileSync(process.execPath, [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const lines = out.trim().split('\n');
    const macro = lines.reverse().find((l) => /macro/i.test(l));
    return macro?.trim() ?? lines[0]?.trim() ?? null;
  } catch (e) {
    return `eval failed: ${e.message.split('\n')[0]}`;
  }
}

const meanBytes = originals.reduce((s, o) => s + Buffer.byteLength(o.text), 0) / originals.length;
log(`${originals.length} source articles (mean ${(meanBytes / 1024).toFixed(1)} KB) from ${path.relative(root, source) || source}; work dir ${work}`);

log(`naive compromise over ${naiveN} articles…`);
const naive = await naiveRate(naiveN);

log(`corpus of ${small}…`);
const smallDir = buildCorpus(`corpus-${small}`, small);
log(`cold run over ${small} (--no-cache)…`);
const coldSmall = runExtract(smallDir, path.join(work, `out-${small}`), ['--no-cache']);
log(`cold run over ${small} filling a cache (peak RSS in the same mode as the ${large} run)…`);
const fillSmall = runExtract(smallDir, path.join(work, `out-${small}-fill`), ['--cache-dir', path.join(work, 'cache-small')]);
rmSync(smallDir, { recursive: true, force: true });
rmSync(path.join(work, 'cache-small'), { recursive: true, force: true });

log(`corpus of ${large}…`);
const largeDir = buildCorpus(`corpus-${large}`, large);
const cacheDir = path.join(work, 'cache');
log(`cold run over ${large} (filling the cache)…`);
const coldLarge = runExtract(largeDir, path.join(work, `out-${large}`), ['--cache-dir', cacheDir]);
log(`cached re-run over ${large}…`);
const warmLarge = runExtract(largeDir, path.join(work, `out-${large}-warm`), ['--cache-dir', cacheDir]);

log(`re-run over ${large} with one article changed…`);
writeFileSync(path.join(largeDir, 'part-000', '000000' + copyText(0).ext), copyText(0).text + 'One more line.\n');
const oneChanged = runExtract(largeDir, path.join(work, `out-${large}-one`), ['--cache-dir', cacheDir]);

log('dev score…');
const dev = devScore();

const coldRate = small / coldSmall.secs;
const rows = [
  ['machine', `${availableParallelism()} cores, node ${process.version}`],
  ['corpus', `${originals.length} fixture articles copied, mean ${(meanBytes / 1024).toFixed(1)} KB`],
  ['naive compromise (people + quotations)', `${naive.rate.toFixed(1)} articles/s (${naiveN} articles in ${naive.secs.toFixed(2)} s)`],
  [`trackfacts cold, ${small} articles, whole process`, `${coldRate.toFixed(1)} articles/s (${coldSmall.secs.toFixed(2)} s; in-run ${coldSmall.report.articlesPerSecond} articles/s)`],
  ['ratio cold / naive', `${(coldRate / naive.rate).toFixed(1)}x`],
  [`peak RSS at ${small}, cold --no-cache`, mib(coldSmall.report.maxRssBytes)],
  [`peak RSS at ${small}, cold filling the cache`, `${mib(fillSmall.report.maxRssBytes)} (${fillSmall.secs.toFixed(2)} s)`],
  [`peak RSS at ${large}, cold filling the cache`, `${mib(coldLarge.report.maxRssBytes)} (${(coldLarge.report.maxRssBytes / fillSmall.report.maxRssBytes).toFixed(2)}x the ${small} figure)`],
  [`cold run, ${large} articles, filling the cache`, `${coldLarge.secs.toFixed(2)} s (${(large / coldLarge.secs).toFixed(1)} articles/s)`],
  [`cached re-run, ${large} articles`, `${warmLarge.secs.toFixed(2)} s (run cache ${warmLarge.report.cache.run}; ${warmLarge.report.cache.hits} hits, ${warmLarge.report.cache.misses} misses; peak RSS ${mib(warmLarge.report.maxRssBytes)})`],
  ['cached speed-up', `${(coldLarge.secs / warmLarge.secs).toFixed(1)}x`],
  ['cached facts.json byte-identical to cold', warmLarge.facts.equals(coldLarge.facts) ? 'yes' : 'NO'],
  [`one article changed, ${large} articles`, `${oneChanged.secs.toFixed(2)} s (${oneChanged.report.cache.hits} hits, ${oneChanged.report.cache.misses} miss)`],
  [`facts at ${large}`, Object.entries(coldLarge.report.counts).map(([k, v]) => `${k} ${v}`).join(', ')],
  ['problems (fatal) cold / cached', `${coldLarge.report.problemCounts.fatal} / ${warmLarge.report.problemCounts.fatal}`],
  ['dev macro F1 (scripts/eval-dev.mjs)', dev ?? 'scripts/eval-dev.mjs not present'],
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log('trackfacts bench');
for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
console.log(`\n  stage timings, cold ${small} (ms summed over articles):`);
for (const [k, v] of Object.entries(coldSmall.report.timings)) console.log(`    ${k.padEnd(22)} ${String(v).padStart(10)}`);
if (keep) console.log(`\n  kept ${work}`);
else rmSync(work, { recursive: true, force: true });
spawnSync(process.execPath, [path.join(root, 'scripts/bench/tables.mjs'), '--articles', String(small)], { stdio: 'inherit' }); // tables and changes (issue 14)
spawnSync(process.execPath, [path.join(root, 'scripts/bench/report.mjs')], { stdio: 'inherit' }); // the review report (issue 13)
if (!args.includes('--no-jsonl')) spawnSync(process.execPath, [path.join(root, 'scripts/bench/jsonl.mjs'), '--n', opt('--jsonl', '50000')], { stdio: 'inherit' }); // issue 16: JSONL export vs files
if (!args.includes('--no-scale')) await import('./bench/scale.mjs'); // issue 15: shards, queue, re-runs, cache fill
