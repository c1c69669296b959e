#!/usr/bin/env node
// Ingests every page of a folder of HTML pages (Readability's test pages: <page>/source.html) with
// src/ingest and writes a facts-like file whose articles carry source, title, publishedAt and text,
// for ../shared/eval/html-ingest-score.mjs. Until the CLI runs, this is how HTML ingest is measured.
//
//   node scripts/html-check.mjs PAGES_DIR OUT_FILE
//   node ../shared/eval/html-ingest-score.mjs --pages PAGES_DIR --facts OUT_FILE --details
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [pagesDir, outFile] = process.argv.slice(2);
if (!pagesDir || !outFile) {
  console.error('usage: html-check.mjs PAGES_DIR OUT_FILE');
  process.exit(2);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const build = path.join(root, 'node_modules', '.cache', 'trackfacts-html-check');
execFileSync(
  process.execPath,
  [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--outDir', build, '--rootDir', path.join(root, 'src'), '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--target', 'ES2022', '--skipLibCheck', '--strict', path.join(root, 'src', 'ingest', 'index.ts')],
  { stdio: 'inherit' },
);
const { ingestFile, defaultIngestOptions } = await import(pathToFileURL(path.join(build, 'ingest', 'index.js')).href);

const articles = [];
let ms = 0;
for (const page of fs.readdirSync(pagesDir).sort()) {
  const file = path.join(pagesDir, page, 'source.html');
  if (!fs.existsSync(file)) continue;
  const bytes = fs.readFileSync(file);
  const t0 = performance.now();
  const r = ingestFile(bytes, `${page}/source.html`, defaultIngestOptions);
  ms += performance.now() - t0;
  for (const p of r.problems) console.error(`${p.source}: ${p.severity} ${p.rule} ${p.reason}`);
  for (const a of r.articles) articles.push({ source: a.source, title: a.title, publishedAt: a.publishedAt, byline: a.byline ?? null, text: a.body });
}
fs.writeFileSync(outFile, JSON.stringify({ schemaVersion: 1, articles }, null, 1));
console.error(`${articles.length} articles, ${(ms / Math.max(1, articles.length)).toFixed(1)} ms/page ingest`);
