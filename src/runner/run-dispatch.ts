/**
 * Worker dispatch: files missing from the cache go to the workers in batches (see ExtractTask), up to
 * BATCH_FILES files or BATCH_BYTES bytes, fewer on small runs so that every worker gets several batches. Each
 * file runs under a time budget; a batch that overruns or loses its worker is re-run file by file, so only the
 * culprit fails. Results are collected as they arrive and appended to the per-file cache.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import pLimit from 'p-limit';
import { parseFreshEntry } from './cache.js';
import type { FileResult } from './task.js';
import { createTaskBudget } from './budget.js';
import type { TaskBudget } from './budget.js';
import type { Pending, RunState } from './run-collect.js';

/** Files and bytes per worker task at most (see ExtractTask). */
const BATCH_FILES = 16;
const BATCH_BYTES = 256 * 1024;

/** A file's result; `entry` is its cache entry text, null for a runner failure (never cached). */
type Extracted = { result: FileResult; entry: string | null };

export interface Dispatcher {
  /** Adds a file to the current batch; sends the batch when full (waits while too many are in flight). */
  enqueue(p: Pending): Promise<void>;
  /** Sends the last batch and waits for every batch. */
  drain(): Promise<void>;
  /** Stops the budget clock. */
  stop(): void;
}

function failureResult(source: string, rule: string, reason: string): FileResult {
  return { facts: [], problems: [{ source, stage: 'runner', rule, severity: 'fatal', reason }], timings: {}, trace: null };
}

export function createDispatcher(rs: RunState): Dispatcher {
  const { ctx } = rs;
  const { threads } = ctx;
  const timeoutMs = ctx.config.limits.articleTimeoutMs;
  const batchFiles = Math.max(1, Math.min(BATCH_FILES, Math.ceil(rs.rf.files.length / (threads * 4))));
  const inFlight = threads * 2; // one batch running and one queued per worker; each file's budget starts when it runs
  const budget = createTaskBudget(inFlight, timeoutMs);

  const runInPool = poolRunner(rs, pLimit(inFlight), budget);

  const extractBatch = async (batch: Pending[]) => {
    const out = await runInPool(batch);
    if (out) {
      out.forEach((x, j) => finishFile(rs, batch[j]!, x));
      return;
    }
    // a file of the batch ran past its budget or crashed the worker: run them one by one, so only that file fails
    await Promise.all(batch.map(async (p) => finishFile(rs, p, (await runInPool([p]))![0]!)));
  };

  // One pass over the files in order; at most inFlight + 1 batches are held in memory at once.
  const running = new Set<Promise<void>>();
  let batch: Pending[] = [];
  let batchBytes = 0;
  const dispatch = async () => {
    const b = batch;
    batch = [];
    batchBytes = 0;
    if (!b.length) return;
    const task: Promise<void> = extractBatch(b).finally(() => running.delete(task));
    running.add(task);
    while (running.size > inFlight) await Promise.race(running);
    await nextTurn(); // let finished batches' results in
  };
  return {
    enqueue: async (p) => {
      batch.push(p);
      batchBytes += p.bytes.length;
      if (batch.length >= batchFiles || batchBytes >= BATCH_BYTES) await dispatch();
    },
    drain: async () => {
      await dispatch();
      while (running.size) await Promise.race(running);
    },
    stop: () => budget.stop(),
  };
}

/** One task: the batch's results in order, or null when a batch of several timed out or lost its worker. */
function poolRunner(rs: RunState, cpuLimit: ReturnType<typeof pLimit>, budget: TaskBudget): (batch: Pending[]) => Promise<Extracted[] | null> {
  const { ctx } = rs;
  const timeoutMs = ctx.config.limits.articleTimeoutMs;
  return (batch: Pending[]) =>
    cpuLimit(async (): Promise<Extracted[] | null> => {
      const pool = await ctx.getPool();
      const { clock, slot, signal, release } = budget.acquire();
      try {
        // exact-size copies, transferred (a small Buffer is a view into a shared pool); the originals stay here for a retry
        const files = batch.map((p) => ({ source: p.f.source, bytes: new Uint8Array(p.bytes), ...(p.unit ? { unit: p.unit } : {}) }));
        const results = await pool.run({ files, clock, slot }, signal);
        return results.map((r) => ({ result: parseFreshEntry(r.entry), entry: r.entry }));
      } catch (err) {
        if (batch.length > 1) return null;
        const source = batch[0]!.f.source;
        const where = batch[0]!.unit ? `${batch[0]!.unit.where}: ` : '';
        const result = signal.aborted
          ? failureResult(source, 'runner/timeout', `${where}no result within limits.articleTimeoutMs (${timeoutMs} ms); stopped`)
          : failureResult(source, 'runner/crash', `${where}worker failed: ${(err as Error)?.message ?? String(err)}`);
        return [{ result, entry: null }];
      } finally {
        release();
      }
    });
}

/** A fresh result collected, and appended to the per-file cache (a runner failure never is). */
function finishFile(rs: RunState, p: Pending, x: Extracted): void {
  const { ctx, col, packs } = rs;
  col.apply(x.result, true, p.f, p.sha, p.group);
  if (x.entry === null) col.snapshotable = false;
  else if (packs && ctx.cacheWritable && p.key) {
    try {
      packs.append(p.key, x.entry);
      ctx.cache.written++;
    } catch {
      ctx.cache.writeErrors++;
    }
  }
}
