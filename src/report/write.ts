/**
 * The report folder on disk: `<dir>/data/chunk-N.js` (article texts with their mentions and links, one script
 * per 100 articles, loaded by the page with a script tag so that it works from file://) and `<dir>/index.html`,
 * each written atomically, chunks first so that a page never names a chunk that is not there yet.
 * Also reads a run's outputs back (facts.json or the NDJSON files, run-report.json, debug.json).
 */
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { FACT_KINDS, FactsFileSchema } from '../schema/facts.js';
import type { FactsFile } from '../schema/facts.js';
import type { RunReport } from '../runner/report.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { buildReportData } from './model.js';
import { renderPage } from './page.js';
import { jsonForScript } from './escape.js';
import { explanationsFromLog, rulesFromDebugTraces } from './rules.js';
import type { DebugTraces, DropLookup, RuleLookup } from './rules.js';
import type { ExplainLine } from '../runner/explain-output.js';

export const REPORT_DIR = 'report';

/** A run's outputs that cannot make a report (missing, unreadable, no article texts): exit 2. */
export class ReportInputError extends Error {
  override name = 'ReportInputError';
}

export interface WrittenReport {
  dir: string;
  index: string;
  files: number;
  bytes: number;
  indexBytes: number;
}

export async function writeReport(dir: string, facts: FactsFile, run: RunReport | null, rules: RuleLookup | null, drops: DropLookup | null = null): Promise<WrittenReport> {
  const missing = facts.articles.filter((a) => a.text === undefined);
  if (missing.length) throw new ReportInputError(`${missing.length} of ${facts.articles.length} articles have no text (first: ${missing[0]!.source}); write facts.json with --include-text`);
  const data = buildReportData({ facts, run, rules, drops });
  const dataDir = path.join(dir, 'data');
  await mkdir(dataDir, { recursive: true });
  let bytes = 0;
  for (let n = 0; n < data.chunks.length; n++) {
    const js = `__tfChunk(${n},${jsonForScript(data.chunks[n])});\n`;
    bytes += Buffer.byteLength(js);
    await writeFileAtomic(path.join(dataDir, `chunk-${n}.js`), [js]);
  }
  for (const f of await readdir(dataDir)) {
    const m = /^chunk-(\d{1,9})\.js$/.exec(f);
    if (m && Number(m[1]) >= data.chunks.length) await unlink(path.join(dataDir, f)).catch(() => undefined);
  }
  const html = renderPage(facts, run, data);
  const index = path.join(dir, 'index.html');
  await writeFileAtomic(index, [html]);
  const indexBytes = Buffer.byteLength(html);
  return { dir, index, files: data.chunks.length + 1, bytes: bytes + indexBytes, indexBytes };
}

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new ReportInputError(`${file}: cannot read (${e.code ?? e.message})`);
  });
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ReportInputError(`${file}: not JSON (${(e as Error).message})`);
  }
}

async function readFacts(outDir: string): Promise<FactsFile> {
  const json = path.join(outDir, 'facts.json');
  let raw: unknown;
  if (existsSync(json)) raw = await readJson(json);
  else if (existsSync(path.join(outDir, 'articles.ndjson'))) {
    const obj: Record<string, unknown> = { schemaVersion: 1 };
    for (const kind of FACT_KINDS) {
      const file = path.join(outDir, `${kind}.ndjson`);
      const text = await readFile(file, 'utf8').catch(() => {
        throw new ReportInputError(`${file}: cannot read`);
      });
      obj[kind] = text.split('\n').filter((l) => l.trim()).map((l, i) => {
        try {
          return JSON.parse(l) as unknown;
        } catch {
          throw new ReportInputError(`${file}: line ${i + 1} is not JSON`);
        }
      });
    }
    raw = obj;
  } else throw new ReportInputError(`${outDir}: no facts.json (or articles.ndjson): not a trackfacts output folder`);
  const parsed = FactsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ReportInputError(`${outDir}: facts do not match the contract at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** explain.jsonl's lines, each parsed (a line that is not JSON is a bad input: exit 2). */
async function readExplainLines(file: string): Promise<ExplainLine[]> {
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new ReportInputError(`${file}: cannot read (${e.code ?? e.message})`);
  });
  return text.split('\n').filter((l) => l.trim()).map((l, i) => {
    try {
      const v = JSON.parse(l) as ExplainLine;
      if (typeof v.source !== 'string' || !v.facts || !Array.isArray(v.decisions)) throw new Error('not an explain line');
      return v;
    } catch {
      throw new ReportInputError(`${file}: line ${i + 1} is not an explain.jsonl line`);
    }
  });
}

/** Reads a run's output folder: the facts (with texts), the run report, and the decision log (or the older debug traces) when present. */
export async function readRunOutputs(outDir: string): Promise<{ facts: FactsFile; run: RunReport | null; rules: RuleLookup | null; drops: DropLookup | null }> {
  const facts = await readFacts(outDir);
  const reportFile = path.join(outDir, 'run-report.json');
  const run = existsSync(reportFile) ? ((await readJson(reportFile)) as RunReport) : null;
  const explainFile = path.join(outDir, 'explain.jsonl');
  if (existsSync(explainFile)) return { facts, run, ...explanationsFromLog(await readExplainLines(explainFile)) };
  const debugFile = path.join(outDir, 'debug.json');
  const rules = existsSync(debugFile) ? rulesFromDebugTraces((await readJson(debugFile)) as DebugTraces) : null;
  return { facts, run, rules, drops: null };
}

/** `trackfacts report <out-dir>` and `extract --report`: the report of a run's outputs in `<out-dir>/report`. */
export async function writeReportFromDir(outDir: string): Promise<WrittenReport> {
  const { facts, run, rules, drops } = await readRunOutputs(outDir);
  return writeReport(path.join(outDir, REPORT_DIR), facts, run, rules, drops);
}
