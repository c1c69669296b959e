/**
 * What every step of a run (run-batch.ts) shares: the options resolved once, the clock and the stage timings,
 * the problems found so far, the cache counters, the worker pool (started on first need) and the staged
 * output set. Built once per run; the steps read it and add to it.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { explains } from '../rules/explain.js';
import type { Config } from '../config/schema.js';
import type { Problem } from '../types.js';
import type { StagedSet } from '../io/output-set.js';
import { stageOutputSet } from '../io/output-set.js';
import { outputFormats } from '../write/formats.js';
import { DEFAULT_STAT_GRACE_MS } from './stat-index.js';
import type { CacheStats } from './report.js';
import { createExtractPool, defaultConcurrency } from './pool.js';
import type { ExtractPool } from './pool.js';
import type { ProgressStream } from './progress.js';
import type { ShardSpec } from './shard.js';

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
  /** Tool version for the report (and the run cache key). */
  version?: string;
  now?: () => number;
  /** Files changed less than this before they were read are read again next run, never taken as unchanged
   *  from their stat (see stat-index.ts); default 2,000 ms. */
  statGraceMs?: number;
  /** Write an empty dataset when no article is found (default: refuse, RunError 'no-articles'). */
  allowEmpty?: boolean;
  /** Refuse to replace the outputs when athletes + performances shrink by more than this share; default `config.output.maxShrink`. */
  maxShrink?: number;
  /** How long to wait for another run's lock on `out` before giving up (default 0: fail at once). */
  lockWaitMs?: number;
  /** JSON Lines files (.jsonl, .ndjson) larger than this are streamed line by line (default 1 MiB; see jsonl-stream.ts). */
  streamJsonlBytes?: number;
  /** Where batches are extracted: worker threads here by default; queue mode passes a pool backed by BullMQ. */
  createPool?: (config: Config, threads: number) => Promise<ExtractPool>;
  /** Only this share of the files (see shard.ts); the run also writes its mergeable state to `<out>/state/`. */
  shard?: ShardSpec | null;
}

/** JSON Lines files over this size are streamed line by line (RunBatchOptions.streamJsonlBytes). */
export const STREAM_JSONL_BYTES = 1024 * 1024;
const JSONL_FILE = /\.(?:jsonl|ndjson)$/i;

/** `.cache/trackfacts` next to the output folder. */
export function defaultCacheDir(out: string): string {
  return path.join(path.dirname(path.resolve(out)), '.cache', 'trackfacts');
}

export interface RunContext {
  readonly inputs: readonly string[];
  readonly options: RunBatchOptions;
  readonly config: Config;
  readonly out: string;
  readonly cacheDir: string | null;
  readonly shard: ShardSpec | null;
  readonly threads: number;
  readonly version: string;
  /** The output formats, comma-joined (the run cache key's and the report's form). */
  readonly formats: string;
  readonly debug: boolean;
  /** The run writes the decision log (explain.jsonl): in the cache keys, not in the fingerprint (it changes what an
   *  entry holds and which files a run writes, never the facts). */
  readonly explain: boolean;
  readonly statGraceMs: number;
  readonly now: () => number;
  readonly started: number;
  readonly timings: Record<string, number>;
  readonly problems: Problem[];
  readonly cache: CacheStats;
  /** False when the cache folder could not be written (probed at start). */
  cacheWritable: boolean;
  /** For the review report: the ten slowest files and the articles done per second of the run. */
  readonly slowest: { source: string; ms: number }[];
  readonly perSecond: number[];
  /** Adds the time since `t0` to a stage's timing. */
  lap(stage: string, t0: number): void;
  addProblem(p: Problem): void;
  /** A JSON Lines file big enough to be streamed line by line. */
  isStreamed(f: { path: string; size: number }): boolean;
  noteDone(source: string, articles: number, ms: number | null): void;
  /** The worker pool, started on first call with `poolThreads` threads. */
  getPool(): Promise<ExtractPool>;
  /** Starts the pool now: it boots while other work goes on. */
  bootPool(): void;
  /** Threads of the pool when it starts (fewer when a re-run has only a few files to extract). */
  setPoolThreads(n: number): void;
  readonly poolStarted: boolean;
  closePool(): Promise<void>;
  /** The staged output set inside `out`, created on first call; null until then. */
  readonly set: StagedSet | null;
  stage(): Promise<StagedSet>;
}

/** The options resolved, the clock started; nothing read or written yet. */
export function createRunContext(inputs: readonly string[], options: RunBatchOptions): RunContext {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const { config } = options;
  const out = path.resolve(options.out);
  const threads = Math.max(1, options.concurrency ?? config.runner.concurrency ?? defaultConcurrency());
  const cacheDir = options.cacheDir === null ? null : path.resolve(options.cacheDir ?? defaultCacheDir(out));
  const streamAt = options.streamJsonlBytes ?? STREAM_JSONL_BYTES;
  let poolPromise: Promise<ExtractPool> | null = null;
  let poolThreads = threads;
  let set: StagedSet | null = null;
  const ctx: RunContext = {
    inputs, options, config, out, cacheDir, threads, now, started,
    shard: options.shard ?? null,
    version: options.version ?? '0.0.0',
    formats: outputFormats(config.output.format).join(','),
    debug: config.output.debug,
    explain: explains(config.output),
    statGraceMs: options.statGraceMs ?? DEFAULT_STAT_GRACE_MS,
    timings: {},
    problems: [],
    cache: { enabled: !!cacheDir, dir: cacheDir, run: cacheDir ? 'miss' : 'off', hits: 0, misses: 0, unread: 0, corrupt: 0, written: 0, writeErrors: 0, state: 'none' },
    cacheWritable: true,
    slowest: [],
    perSecond: [],
    lap: (stage, t0) => void (ctx.timings[stage] = (ctx.timings[stage] ?? 0) + (now() - t0)),
    addProblem: (p) => {
      ctx.problems.push(p);
      options.onProblem?.(p);
    },
    isStreamed: (f) => f.size > streamAt && JSONL_FILE.test(f.path),
    noteDone: (source, articles, ms) => noteDone(ctx, source, articles, ms),
    getPool: () => (poolPromise ??= (options.createPool ?? createExtractPool)(config, poolThreads)),
    bootPool: () => void ctx.getPool().catch(() => undefined),
    setPoolThreads: (n) => void (poolThreads = n),
    get poolStarted() {
      return poolPromise !== null;
    },
    closePool: async () => {
      const pool = poolPromise;
      poolPromise = null;
      if (pool) await (await pool).close();
    },
    get set() {
      return set;
    },
    stage: async () => (set ??= await stageOutputSet(out)),
  };
  return ctx;
}

function noteDone(ctx: RunContext, source: string, articles: number, ms: number | null): void {
  const { slowest, perSecond } = ctx;
  const sec = Math.max(0, Math.floor((ctx.now() - ctx.started) / 1000));
  while (perSecond.length <= sec) perSecond.push(0);
  perSecond[sec]! += articles;
  if (ms === null || (slowest.length === 10 && ms <= slowest[9]!.ms)) return;
  slowest.push({ source, ms });
  slowest.sort((a, b) => b.ms - a.ms || (a.source < b.source ? -1 : 1));
  if (slowest.length > 10) slowest.pop();
}
