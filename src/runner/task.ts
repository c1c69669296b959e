/** What the main thread sends a worker (one file) and what comes back (its articles' facts). Plain data. */
import type { ArticleFacts, Problem } from '../types.js';

export interface ExtractTask {
  source: string;
  bytes: Uint8Array;
  /** Return the result already encoded as a cache entry (the worker does the JSON and the checksum). */
  encode: boolean;
  /** Where the worker writes the time (Date.now()) it starts the task: `new Float64Array(clock)[slot]`.
   *  The time budget counts from there, so a worker's start-up never counts against an article. */
  clock: SharedArrayBuffer;
  slot: number;
}

/** A worker's answer when `encode` was asked: the cache entry text (see cache.ts), parsed once by the main thread. */
export interface EncodedResult {
  entry: string;
}

export interface FileResult {
  /** One entry per article in the file (a JSON export may hold many). */
  facts: ArticleFacts[];
  problems: Problem[];
  /** Milliseconds per stage, summed over the file's articles (ingest included). */
  timings: Record<string, number>;
  /** Fact key → rule ids, per article source; only when the debug output is on. */
  trace: Record<string, Record<string, string[]>> | null;
}

export function addTimings(into: Record<string, number>, from: Record<string, number>): void {
  for (const k in from) into[k] = (into[k] ?? 0) + (from[k] ?? 0);
}
