#!/usr/bin/env node
/**
 * Bench of the review report (issue 13): a corpus of N articles (default 5,000; copies of the fixture articles,
 * made distinct as scripts/bench.mjs does), extracted with --include-text and output.debug, then
 * `trackfacts report`; prints the report's build time and weight, and, in Debian's chromium from file://, the
 * time until the page is interactive (the 'tf-ready' mark: list drawn, handlers on), a search over all
 * articles, opening an article (text drawn, links laid out) and the JS heap. Figures only; nothing asserted.
 * Usage: npm run build && node scripts/bench/report.mjs [--articles N] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { launchChromium } from '../report/chromium.mjs';

import { listArticles } from './common.mjs';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const n = Number(args.includes('--articles') ? args[args.indexOf('--articles') + 1] : 5000);
const keep = args.includes('--keep');
const cli = path.join(root, 'dist/cli/main.js');
if (!existsSync(cli)) {
  console.error('bench/report: dist/cli/main.js is missing; run `npm run build` first');
  process.exit(2);
}
const log = (s) => process.stderr.write(`bench/report: ${s}\n`);

const src = path.join(root, 'fixtures/articles');
const originals = listArticles(src).map((r) => ({ ext: path.extname(r), text: readFileSync(path.join(src, r), 'utf8') }));

const work = mkdtempSync(path.join(tmpdir(), 'trackfacts-bench-report-'));
const corpus = path.join(work, 'corpus');
for (let i = 0; i < n; i++) {
  const sub = path.join(corpus, `part-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
  if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
  const o = originals[i % originals.length];
  writeFileSync(path.join(sub, `${String(i).padStart(6, '0')}${o.ext}`), `${o.text.replace(/\s+$/, '')}\n\nCopy ${i}.\n`);
}
const out = path.join(work, 'out');
const config = path.join(work, 'config.json');
writeFileSync(config, JSON.stringify({ output: { debug: true } }));
log(`extracting ${n} articles…`);
const ex = spawnSync(process.execPath, [cli, 'extract', corpus, '--out', out, '--include-text', '-c', config, '--no-cache', '-q'], { encoding: 'utf8' });
if (ex.status !== 0 && ex.status !== 1) throw new Error(`extract exited ${ex.status}: ${ex.stderr.slice(0, 2000)}`);
log('building the report…');
const t0 = performance.now();
const rep = spawnSync(process.execPath, [cli, 'report', out], { encoding: 'utf8' });
const buildSecs = (performance.now() - t0) / 1000;
if (rep.status !== 0) throw new Error(`report exited ${rep.status}: ${rep.stderr}`);

const dir = path.join(out, 'report');
const index = readFileSync(path.join(dir, 'index.html'));
const chunks = readdirSync(path.join(dir, 'data')).map((f) => statSync(path.join(dir, 'data', f)).size);
const kb = (b) => `${(b / 1024).toFixed(0)} KB`;

log('opening it in chromium…');
const browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
let open = {};
try {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const w0 = performance.now();
  await page.goto(pathToFileURL(path.join(dir, 'index.html')).href, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('tf-ready').length > 0);
  const wall = performance.now() - w0;
  const nav = await page.evaluate(() => {
    const e = performance.getEntriesByType('navigation')[0];
    return { dcl: e.domContentLoadedEventEnd, load: e.loadEventEnd, ready: performance.getEntriesByName('tf-ready')[0].startTime };
  });
  const s0 = await page.evaluate(() => performance.now());
  await page.fill('#q', 'copy 4999');
  await page.waitForFunction(() => document.querySelector('#list-count')?.textContent?.startsWith('1 of') || document.querySelector('#list-count')?.textContent?.startsWith('0 of'));
  const search = (await page.evaluate(() => performance.now())) - s0;
  await page.fill('#q', '');
  const a0 = await page.evaluate(() => performance.now());
  await page.click('#list tbody tr:nth-child(7) td:first-child a');
  await page.waitForSelector('#body .para');
  const article = (await page.evaluate(() => performance.now())) - a0;
  const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
  open = { wall, ...nav, search, article, heap, errors };
} finally {
  await browser.close();
}

const rows = [
  ['articles', `${n} (copies of ${originals.length} fixture articles)`],
  ['report build (trackfacts report)', `${buildSecs.toFixed(2)} s`],
  ['index.html', `${kb(index.length)} (${kb(gzipSync(index).length)} gzipped)`],
  ['article chunks (data/*.js, loaded on demand)', `${chunks.length} files, ${kb(chunks.reduce((a, b) => a + b, 0))} in all, largest ${kb(Math.max(...chunks))}`],
  ['open → DOMContentLoaded / load', `${open.dcl.toFixed(0)} ms / ${open.load.toFixed(0)} ms`],
  ['open → interactive (list drawn, tf-ready)', `${open.ready.toFixed(0)} ms (wall, with navigation: ${open.wall.toFixed(0)} ms)`],
  [`search over ${n} articles`, `${open.search.toFixed(0)} ms`],
  ['open an article (chunk loaded, text drawn, links laid out)', `${open.article.toFixed(0)} ms`],
  ['JS heap after that', `${(open.heap / 1024 / 1024).toFixed(1)} MiB`],
  ['page errors', open.errors.length ? open.errors.join('; ') : 'none'],
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log('trackfacts bench: review report');
for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
if (keep) console.log(`\n  kept ${work}`);
else rmSync(work, { recursive: true, force: true });
