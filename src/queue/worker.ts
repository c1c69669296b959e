/**
 * `trackfacts worker`: takes extraction jobs from the queue (any number of workers, on any hosts sharing one
 * Redis) and runs them in its own thread pool, each file under `limits.articleTimeoutMs`, as a local run does.
 * A job made by another trackfacts build is refused (not retried). A worker that dies mid-job (kill -9) stops
 * renewing its lock: another worker's stalled-job check puts the job back in the queue within ~15 s.
 */
import { createHash } from 'node:crypto';
import { UnrecoverableError, Worker } from 'bullmq';
import { parseConfig } from '../config/schema.js';
import type { Config } from '../config/schema.js';
import { createExtractPool } from '../runner/pool.js';
import type { ExtractPool } from '../runner/pool.js';
import { createTaskBudget } from '../runner/budget.js';
import type { TaskBudget } from '../runner/budget.js';
import { codeDigest } from '../runner/code-digest.js';
import { checkRedis, connectRedis, QUEUE_NAME } from './connection.js';
import type { ExtractJobData, ExtractJobResult } from './jobs.js';

export interface WorkerOptions {
  /** Threads (and jobs at once: two per thread). */
  concurrency: number;
  log: (line: string) => void;
  /** Lock time of a job (ms): a dead worker's job goes back to the queue after about this (default 10 s). */
  lockMs?: number;
}

export interface WorkerHandle {
  close(graceMs?: number): Promise<void>;
}

export async function startWorker(url: string, options: WorkerOptions): Promise<WorkerHandle> {
  await checkRedis(url);
  const code = codeDigest();
  const slots = options.concurrency * 2;
  const pools = new Map<string, Promise<{ pool: ExtractPool; budget: TaskBudget; config: Config }>>();
  const poolFor = (raw: unknown) => {
    const key = createHash('sha256').update(JSON.stringify(raw)).digest('hex');
    let p = pools.get(key);
    if (!p) {
      const config = parseConfig(raw);
      p = createExtractPool(config, options.concurrency).then((pool) => ({ pool, budget: createTaskBudget(slots, config.limits.articleTimeoutMs), config }));
      pools.set(key, p);
    }
    return p;
  };
  let warned = '';
  const lockMs = options.lockMs ?? 10_000;
  const connection = connectRedis(url, (e) => {
    if (e.message !== warned) options.log(`trackfacts worker: Redis: ${(warned = e.message)}`);
  });
  const worker = new Worker<ExtractJobData, ExtractJobResult>(
    QUEUE_NAME,
    async (job) => {
      const d = job.data;
      if (d?.v !== 1 || !Array.isArray(d.files)) throw new UnrecoverableError('not a trackfacts job (format)');
      if (d.code !== code) throw new UnrecoverableError(`this worker runs another trackfacts build (code ${code.slice(0, 12)}…; the job wants ${String(d.code).slice(0, 12)}…)`);
      const { pool, budget, config } = await poolFor(d.config);
      const { clock, slot, signal, release } = budget.acquire();
      try {
        const files = d.files.map((f) => ({ source: f.source, bytes: new Uint8Array(Buffer.from(f.data, 'base64')) }));
        const rs = await pool.run({ files, clock, slot }, signal);
        return rs.map((r) => r.entry);
      } catch (err) {
        throw new Error(signal.aborted ? `no result within limits.articleTimeoutMs (${config.limits.articleTimeoutMs} ms)` : `worker failed: ${(err as Error)?.message ?? String(err)}`);
      } finally {
        release();
      }
    },
    {
      connection,
      concurrency: slots,
      lockDuration: lockMs,
      stalledInterval: Math.max(1000, Math.round(lockMs / 2)),
      maxStalledCount: 2,
    },
  );
  worker.on('error', (e) => {
    if (e.message !== warned) options.log(`trackfacts worker: ${(warned = e.message)}`);
  });
  await worker.waitUntilReady();
  options.log(`trackfacts worker: ready on ${QUEUE_NAME} (${options.concurrency} threads, ${slots} jobs at once)`);
  return {
    /** Lets running jobs finish (at most `graceMs`; a job cut short is retried elsewhere), then lets go of
     *  Redis (BullMQ leaves a connection it was given open) and the threads, so that the process can exit. */
    async close(graceMs = 10_000) {
      // with Redis away, nothing can be handed back: do not wait for it
      const timeout = new Promise<void>((r) => setTimeout(r, connection.status === 'ready' ? graceMs : 500).unref());
      await Promise.race([worker.close().catch(() => undefined), timeout]);
      connection.disconnect();
      for (const p of pools.values()) await (await p).pool.close().catch(() => undefined);
    },
  };
}
