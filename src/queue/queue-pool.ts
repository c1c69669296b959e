/**
 * The producer side of queue mode: an ExtractPool (what runBatch sends batches to) backed by a BullMQ queue.
 * Each batch becomes a job with an idempotent id; its result comes back when a worker, on any machine, has
 * done it. Everything else (reading, cache, merge, progress, outputs) is runBatch's, so the output is the
 * local run's, byte for byte.
 *
 * A job that fails every attempt rejects its batch: runBatch then sends the batch's files one by one, and a
 * file whose own job fails every attempt is a failed article (exit 1). Two things stop the run instead
 * (`onFatal`, before any output is written): Redis unreachable for longer than `downMs`, and jobs of the run
 * gone from Redis (a restart without persistence, a flush): their results can never come.
 */
import { Queue, QueueEvents, Job } from 'bullmq';
import type { Config } from '../config/schema.js';
import type { ExtractPool } from '../runner/pool.js';
import type { EncodedResult, ExtractTask } from '../runner/task.js';
import { codeDigest, runFingerprint } from '../runner/code-digest.js';
import { connectRedis, QUEUE_NAME, QueueError, redisAddress, checkRedisUrl } from './connection.js';
import type { ExtractJobData, ExtractJobResult } from './jobs.js';
import { jobId } from './jobs.js';
import { decodeEntry } from '../runner/cache.js';

export interface QueuePoolOptions {
  /** Called once when the run cannot finish; the caller stops the run (the CLI exits 2). */
  onFatal: (err: QueueError) => void;
  /** How long Redis may be unreachable before the run stops (default 30 s). */
  downMs?: number;
  /** Attempts per job (default 3). */
  attempts?: number;
  /** Batches in flight (sets how many jobs wait in the queue at once). */
  threads: number;
}

export async function createQueuePool(url: string, config: Config, options: QueuePoolOptions): Promise<ExtractPool> {
  const address = redisAddress(checkRedisUrl(url));
  const fingerprint = runFingerprint(config);
  const code = codeDigest();
  const downMs = options.downMs ?? 30_000;
  let lastError = '';
  const onError = (e: Error) => (lastError = e.message);
  const conn = connectRedis(url, onError);
  const eventsConn = connectRedis(url, onError);
  const queue = new Queue<ExtractJobData, ExtractJobResult>(QUEUE_NAME, {
    connection: conn,
    defaultJobOptions: { attempts: options.attempts ?? 3, removeOnComplete: { age: 600 }, removeOnFail: { age: 600 } },
  });
  queue.on('error', onError);
  const events = new QueueEvents(QUEUE_NAME, { connection: eventsConn });
  events.on('error', onError);
  await events.waitUntilReady();

  const pending = new Set<string>();
  let fatal: QueueError | null = null;
  const stop = (err: QueueError) => {
    if (fatal) return;
    fatal = err;
    options.onFatal(err);
  };

  // the watchdog: Redis reachable, and the run's jobs still there
  let downSince: number | null = null;
  const missing = new Map<string, number>();
  let checking = false;
  const timer = setInterval(() => {
    if (checking || fatal) return;
    checking = true;
    void (async () => {
      try {
        if (conn.status !== 'ready') {
          downSince ??= Date.now();
          if (Date.now() - downSince > downMs) stop(new QueueError(`Redis at ${address} unreachable for ${Math.round(downMs / 1000)} s (${lastError || conn.status}); stopped, nothing written`));
          return;
        }
        downSince = null;
        for (const id of pending) {
          const job = await Job.fromId(queue, id);
          if (job) {
            missing.delete(id);
            continue;
          }
          const n = (missing.get(id) ?? 0) + 1;
          missing.set(id, n);
          if (n >= 2 && pending.has(id)) {
            stop(new QueueError(`Redis at ${address} lost jobs of this run (restarted without persistence, or flushed); stopped, nothing written: run it again`));
            return;
          }
        }
      } catch (e) {
        lastError = (e as Error).message;
      } finally {
        checking = false;
      }
    })();
  }, 1000);
  timer.unref();

  return {
    threads: options.threads,
    async run(task: ExtractTask): Promise<EncodedResult[]> {
      if (fatal) throw fatal;
      const id = jobId(fingerprint, task.files);
      const data: ExtractJobData = { v: 1, code, config, files: task.files.map((f) => ({ source: f.source, data: Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength).toString('base64') })) };
      pending.add(id);
      try {
        const job = await queue.add('extract', data, { jobId: id });
        const entries = (await job.waitUntilFinished(events)) as ExtractJobResult;
        if (!Array.isArray(entries) || entries.length !== task.files.length) throw new Error(`job ${id} returned ${Array.isArray(entries) ? entries.length : 'no'} results for ${task.files.length} files`);
        // results crossed the network: each entry's length and checksum are checked before it is merged or cached
        return entries.map((entry, i) => {
          const check = typeof entry === 'string' ? decodeEntry(Buffer.from(entry, 'utf8')) : { status: 'corrupt' as const, reason: 'not text' };
          if (check.status !== 'hit') throw new Error(`job ${id}: result for ${task.files[i]!.source} damaged (${check.status === 'corrupt' ? check.reason : 'empty'})`);
          return { entry };
        });
      } finally {
        pending.delete(id);
        missing.delete(id);
      }
    },
    async close() {
      clearInterval(timer);
      await Promise.allSettled([events.close(), queue.close()]);
      conn.disconnect();
      eventsConn.disconnect();
    },
  };
}
