/** What the main thread sends a worker (a batch of files) and what comes back (their articles' facts). Plain data. */
import type { ArticleFacts, Problem } from '../types.js';
import type { JsonlUnit } from '../ingest/jsonl-stream.js';
import type { ExplainedDecision } from '../rules/explain.js';

/** One input file: its path for the report and article ids, and its bytes. */
export interface FileInput {
  source: string;
  bytes: Uint8Array;
  /** Set when `bytes` is one line of a streamed JSON Lines file (src/ingest/jsonl-stream.ts). */
  unit?: JsonlUnit;
}

/** A batch of files for one worker. Small files go several to a task: each message between threads costs
 *  about as much as extracting a short article, so one message per file would spend a fifth of the CPU on it. */
export interface ExtractTask {
  files: FileInput[];
  /** Where the worker writes the time (Date.now()) it starts each file: `new Float64Array(clock)[slot]`.
   *  The time budget counts from there, so neither a worker's start-up nor the batch's earlier files count
   *  against an article. */
  clock: SharedArrayBuffer;
  slot: number;
}

/** A worker's answer for one file: its FileResult as cache entry text (see cache.ts), parsed once by the main
 *  thread. Text crosses between threads much more cheaply than an object graph (measured: the structured clone
 *  of the results took ~6% of a worker's time, JSON and checksum ~2.5%), and the cache stores it as it is. */
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
  /** The decision log per article source; only when the run explains itself (output.explain or output.debug).
   *  Optional: entries and states written before it have none. */
  decisions?: Record<string, ExplainedDecision[]> | null;
}

export function addTimings(into: Record<string, number>, from: Record<string, number>): void {
  for (const k in from) into[k] = (into[k] ?? 0) + (from[k] ?? 0);
}
