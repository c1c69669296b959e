/**
 * The map step for one file: ingest, then the pipeline on each article it holds. An exception in one
 * article is caught and becomes a problem; the file's other articles go on. Runs in a worker thread
 * (worker.ts) or in-process.
 */
import type { Pipeline } from '../pipeline.js';
import type { Config } from '../config/schema.js';
import { ingestFile } from '../ingest/index.js';
import { ingestJsonlUnit } from '../ingest/jsonl-stream.js';
import type { FileInput, FileResult } from './task.js';
import { addTimings } from './task.js';
import { explains } from '../rules/explain.js';

export function extractFile(pipeline: Pipeline, config: Config, file: FileInput, now: () => number): FileResult {
  const timings: Record<string, number> = {};
  const explain = explains(config.output);
  const out: FileResult = { facts: [], problems: [], timings, trace: explain ? {} : null, ...(explain ? { decisions: {} } : {}) };
  const t0 = now();
  let ingested;
  try {
    ingested = file.unit ? ingestJsonlUnit(file.bytes, file.unit, config.ingest.json.fields) : ingestFile(file.bytes, file.source, config.ingest);
  } catch (err) {
    out.problems.push({ source: file.source, stage: 'ingest', rule: 'runner/exception', severity: 'fatal', reason: `ingest failed: ${(err as Error)?.message ?? String(err)}` });
    return out;
  }
  timings.ingest = now() - t0;
  out.problems.push(...ingested.problems);
  for (const raw of ingested.articles) {
    try {
      const r = pipeline.extract(raw);
      out.facts.push(r.facts);
      out.problems.push(...r.problems);
      addTimings(timings, r.timings);
      if (out.trace) out.trace[raw.source] = r.trace;
      if (out.decisions && r.decisions) out.decisions[raw.source] = r.decisions;
    } catch (err) {
      out.problems.push({ source: raw.source, stage: 'extract', rule: 'runner/exception', severity: 'fatal', reason: `extraction failed: ${(err as Error)?.message ?? String(err)}` });
    }
  }
  return out;
}
