/**
 * runBatch: inputs (files and folders) in, facts.json (or NDJSON per kind) and run-report.json out.
 *
 * Files are walked in sorted order, read with bounded I/O concurrency (p-limit), looked up in the cache,
 * and on a miss ingested and extracted in worker threads (piscina), each task under a time budget. Each
 * file's facts are folded into the merge state as they arrive and then dropped: no article text is kept
 * (except with includeText, where it is part of the output). The merge is order-independent, so the
 * output is byte-identical at any concurrency.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pLimit from 'p-limit';
import type { Config } from '../config/schema.js';
import type { Problem } from '../types.js';
import { FACT_KINDS } from '../schema/facts.js';
import { createMergeState, addArticle, finalizeFacts } from '../merge/index.js';
import { factsJsonChunks, factsNdjsonChunks } from '../write/index.js';
import { createPipeline } from '../pipeline.js';
import { INGEST_EXTENSIONS } from '../ingest/index.js';
import { sha256 } from '../util/hash.js';
import { walkInputs } from '../io/walk.js';
import type { InputFile } from '../io/walk.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { ioProblem } from '../io/problems.js';
import { cacheKey, readCacheEntry, writeCacheEntry } from './cache.js';
import type { CacheStats, RunReport } from './report.js';
import { countProblems, reportJsonChunks, roundTimings, sortProblems } from './report.js';
import { createExtractPool, defaultConcurrency } from './pool.js';
import type { ExtractPool } from './pool.js';
import { createProgress } from './progress.js';
import type { ProgressStream } from './progress.js';
import type { FileResult } from './task.js';
import { addTimings } from './task.js';

export interface RunBatchOptions {
  config: Config;
  /** Output folder (created when missing). */
  out: string;
  /** Worker threads; default `config.runner.concurrency`, then one per core. */
  concurrency?: number | null;
  /** Cache folder; `null` turns the cache off; undefined means `defaultCacheDir(out)`. */
  cacheDir?: string | null;
  /** Where progress goes (stderr); null for none. */
  progress?: ProgressStream | null;
  /** Called once per problem as it is found (the CLI prints the fatal ones). */
  onProblem?: (p: Problem) => void;
  /** Tool version for the report. */
  version?: string;
  now?: () => number;
}

export const REPORT_FILE = 'run-report.json';
export const FACTS_FILE = 'facts.json';
export const DEBUG_FILE = 'debug.json';

/** `.cache/trackfacts` next to the output folder. */
export function defaultCacheDir(out: string): string {
  return path.join(path.dirname(path.resolve(out)), '.cache', 'trackfacts');
}

function failureResult(source: string, rule: string, reason: string): FileResult {
  return { facts: [], problems: [{ source, stage: 'runner', rule, severity: 'fatal', reason }], timings: {}, trace: null };
}

export async function runBatch(inputs: string[], options: RunBatchOptions): Promise<RunReport> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const { config } = options;
  const out = path.resolve(options.out);
  const threads = Math.max(1, options.concurrency ?? config.runner.concurrency ?? defaultConcurrency());
  const cacheDir = options.cacheDir === null ? null : path.resolve(options.cacheDir ?? defaultCacheDir(out));
  const debug = config.output.debug;
  const timeoutMs = config.limits.articleTimeoutMs;
  const timings: Record<string, number> = {};
  const lap = (stage: string, t0: number) => {
    timings[stage] = (timings[stage] ?? 0) + (now() - t0);
  };
  const problems: Problem[] = [];
  const addProblem = (p: Problem) => {
    problems.push(p);
    options.onProblem?.(p);
  };
  const cache: CacheStats = { enabled: !!cacheDir, dir: cacheDir, hits: 0, misses: 0, corrupt: 0, written: 0, writeErrors: 0 };

  // walk
  let t = now();
  const walked = await walkInputs(inputs, {
    extensions: INGEST_EXTENSIONS,
    maxFileBytes: config.limits.maxFileBytes,
    exclude: [out, ...(cacheDir ? [cacheDir] : [])],
  });
  walked.problems.forEach(addProblem);
  lap('walk', t);

  t = now();
  const pipeline = createPipeline(config);
  const fingerprint = pipeline.fingerprint;
  lap('setup', t);

  const state = createMergeState();
  const traces = new Map<string, Record<string, string[]>>();
  let processed = 0;
  let failedFiles = 0;
  let articles = 0;
  const progress = createProgress({ total: walked.files.length, stream: options.progress ?? null, now });

  let poolPromise: Promise<ExtractPool> | null = null;
  const getPool = () => (poolPromise ??= createExtractPool(config, threads));
  const cpuLimit = pLimit(threads); // a task is handed to the pool only when a worker is free: its budget is its own run time
  const fileLimit = pLimit(threads * 4 + 8); // files read ahead and held in memory at once

  const apply = (r: FileResult) => {
    const t0 = now();
    for (const facts of r.facts) addArticle(state, facts);
    lap('merge', t0);
    r.problems.forEach(addProblem);
    addTimings(timings, r.timings);
    if (r.trace) for (const [src, tr] of Object.entries(r.trace)) traces.set(src, tr);
    articles += r.facts.length;
    processed++;
    if (r.problems.some((p) => p.severity === 'fatal')) failedFiles++;
    progress.tick(1, r.facts.length);
  };

  const extractInPool = (f: InputFile, bytes: Uint8Array) =>
    cpuLimit(async (): Promise<{ result: FileResult; cacheable: boolean }> => {
      const pool = await getPool();
      const ac = new AbortController();
      const timer = setTimeout(() => ac.abort(), timeoutMs);
      try {
        return { result: await pool.run({ source: f.source, bytes }, ac.signal), cacheable: true };
      } catch (err) {
        if (ac.signal.aborted) return { result: failureResult(f.source, 'runner/timeout', `no result within limits.articleTimeoutMs (${timeoutMs} ms); stopped`), cacheable: false };
        return { result: failureResult(f.source, 'runner/crash', `worker failed: ${(err as Error)?.message ?? String(err)}`), cacheable: false };
      } finally {
        clearTimeout(timer);
      }
    });

  const processFile = async (f: InputFile) => {
    let t0 = now();
    let bytes: Buffer;
    try {
      bytes = await readFile(f.path);
    } catch (err) {
      addProblem(ioProblem(f.source, err, 'cannot read file'));
      failedFiles++;
      progress.tick(1, 0);
      return;
    }
    lap('read', t0);
    if (bytes.length > config.limits.maxFileBytes) {
      addProblem({ source: f.source, stage: 'io', rule: 'io/too-large', severity: 'fatal', reason: `file grew to ${bytes.length} bytes, over limits.maxFileBytes; skipped` });
      failedFiles++;
      progress.tick(1, 0);
      return;
    }
    let key: string | null = null;
    if (cacheDir) {
      t0 = now();
      key = cacheKey({ fileSha256: sha256(bytes), source: f.source, fingerprint, debug });
      const hit = await readCacheEntry(cacheDir, key);
      lap('cache.read', t0);
      if (hit.status === 'hit') {
        cache.hits++;
        apply(hit.value);
        return;
      }
      cache.misses++;
      if (hit.status === 'corrupt') {
        cache.corrupt++;
        addProblem({ source: f.source, stage: 'runner', rule: 'runner/cache-corrupt', severity: 'info', reason: `cache entry ${key.slice(0, 12)}… ${hit.reason}; recomputed` });
      }
    }
    const { result, cacheable } = await extractInPool(f, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    apply(result);
    if (cacheDir && key && cacheable) {
      t0 = now();
      try {
        await writeCacheEntry(cacheDir, key, result);
        cache.written++;
      } catch {
        cache.writeErrors++;
      }
      lap('cache.write', t0);
    }
  };

  try {
    await Promise.all(walked.files.map((f) => fileLimit(() => processFile(f))));
  } finally {
    const started = poolPromise as Promise<ExtractPool> | null; // assigned inside the tasks
    if (started) await (await started).close();
  }
  progress.done();

  // write
  t = now();
  await mkdir(out, { recursive: true });
  const facts = finalizeFacts(state);
  lap('finalize', t);
  t = now();
  const written: string[] = [];
  if (config.output.format === 'ndjson') {
    const streams = factsNdjsonChunks(facts);
    for (const kind of FACT_KINDS) {
      await writeFileAtomic(path.join(out, `${kind}.ndjson`), streams[kind]);
      written.push(`${kind}.ndjson`);
    }
  } else {
    await writeFileAtomic(path.join(out, FACTS_FILE), factsJsonChunks(facts));
    written.push(FACTS_FILE);
  }
  if (debug) {
    const sources = [...traces.keys()].sort();
    const chunks = function* () {
      yield '{\n';
      for (let i = 0; i < sources.length; i++) yield `  ${JSON.stringify(sources[i])}: ${JSON.stringify(traces.get(sources[i]!))}${i + 1 < sources.length ? ',' : ''}\n`;
      yield '}\n';
    };
    await writeFileAtomic(path.join(out, DEBUG_FILE), chunks());
    written.push(DEBUG_FILE);
  }
  lap('write', t);
  written.push(REPORT_FILE);

  const elapsedMs = now() - started;
  const sorted = sortProblems(problems);
  const report: RunReport = {
    tool: { name: 'trackfacts', version: options.version ?? '0.0.0', pipelineVersion: pipeline.version, fingerprint },
    inputs: [...inputs],
    output: { dir: out, format: config.output.format, files: written },
    files: { found: walked.files.length, processed, failed: failedFiles, skipped: walked.problems.filter((p) => p.severity === 'fatal').length },
    articles: { processed: articles },
    counts: Object.fromEntries(FACT_KINDS.map((k) => [k, facts[k].length])) as RunReport['counts'],
    problemCounts: countProblems(sorted),
    problems: sorted,
    timings: roundTimings(timings),
    cache,
    concurrency: threads,
    elapsedMs: Math.round(elapsedMs),
    articlesPerSecond: Math.round((articles / Math.max(elapsedMs, 1)) * 1000 * 10) / 10,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  };
  await writeFileAtomic(path.join(out, REPORT_FILE), reportJsonChunks(report));
  return report;
}
