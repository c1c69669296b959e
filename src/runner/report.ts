/**
 * The run report (run-report.json): everything about a run that must stay out of facts.json — counts,
 * problems per article, timings per stage, cache use, elapsed time, peak memory.
 */
import type { Problem } from '../types.js';
import type { FactKind } from '../schema/facts.js';
import type { ChangeCounts } from '../write/changes.js';
import type { GuardResult } from './guard.js';
import { escapeForTerminal } from '../util/escape-terminal.js';
import { jsonLine } from '../write/json-line.js';

export interface CacheStats {
  enabled: boolean;
  dir: string | null;
  /** The whole-run cache: 'hit' (every input unchanged: stored outputs used), 'stored', 'miss' or 'off'. */
  run: 'hit' | 'stored' | 'miss' | 'off';
  /** Files whose result came from the cache (all of them on a run hit). */
  hits: number;
  misses: number;
  /** Files taken as unchanged from the stat index (same size, times and inode as last run), not read. */
  unread: number;
  /** Entries that failed the length or checksum test and were recomputed. */
  corrupt: number;
  written: number;
  /** Entries that could not be written (the run goes on without them). */
  writeErrors: number;
  /** The last run's state: 'none' (not used), 'applied' (only changed files merged, all records decided),
   *  'spliced' (and only the records they touched decided, into the last run's facts.json). */
  state: 'none' | 'applied' | 'spliced';
}

export interface RunReport {
  tool: { name: 'trackfacts'; version: string; pipelineVersion: string; fingerprint: string };
  inputs: string[];
  output: {
    dir: string;
    /** The formats written, comma-separated in canonical order (json,ndjson,csv,parquet). */
    format: string;
    files: string[];
    /** sha256 of every file written but run-report.json itself (manifest.json holds that one's too). */
    digests?: Record<string, string>;
    /** The publish guard: previous and new size, the shrink, and whether the outputs were replaced (guard.ts). */
    guard?: GuardResult;
  };
  /** sha256 over the pipeline fingerprint and the sorted (source, sha256) of the articles read (see write/changes.ts). */
  inputDigest: string;
  /** changes.json in numbers: `since` the previous run's inputDigest (null when unknown); `previous` whether --out
   *  held facts to compare with (false on a first run: everything is added). */
  changes: { since: string | null; previous: boolean; counts: ChangeCounts };
  files: { found: number; processed: number; failed: number; skipped: number };
  articles: { processed: number };
  counts: Record<FactKind, number>;
  problemCounts: { fatal: number; warning: number; info: number };
  problems: Problem[];
  /** Milliseconds per stage, summed over articles (worker stages add up across threads). */
  timings: Record<string, number>;
  cache: CacheStats;
  concurrency: number;
  elapsedMs: number;
  articlesPerSecond: number;
  /** Peak resident set size of the process (main thread and workers), bytes. */
  maxRssBytes: number;
  /** The files that took longest to extract this run (ms summed over their stages), slowest first; at most 10. */
  slowest?: { source: string; ms: number }[];
  /** Articles done in each second of the run, from its start (cache hits included). */
  articlesPerSecondSeries?: number[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Problems in a stable order: by source, then stage, rule, reason. */
export function sortProblems(list: Problem[]): Problem[] {
  return [...list].sort((a, b) => cmp(a.source, b.source) || cmp(a.stage, b.stage) || cmp(a.rule, b.rule) || cmp(a.reason, b.reason) || (a.start ?? 0) - (b.start ?? 0));
}

export function countProblems(list: readonly Problem[]): RunReport['problemCounts'] {
  const c = { fatal: 0, warning: 0, info: 0 };
  for (const p of list) c[p.severity]++;
  return c;
}

export function roundTimings(t: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of Object.keys(t).sort()) out[k] = Math.round((t[k] ?? 0) * 10) / 10;
  return out;
}

/** The line a person reads on stderr for one problem. */
export const formatProblem = (p: Problem) => `trackfacts: ${escapeForTerminal(p.source)}: ${p.stage}: ${escapeForTerminal(p.reason)}`;

export function reportJsonChunks(report: RunReport): Iterable<string> {
  return [jsonLine(report, 2), '\n'];
}
