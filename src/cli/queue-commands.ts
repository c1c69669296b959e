/** Queue mode (BullMQ over Redis) for the CLI: `extract --redis` and `trackfacts worker`. Thin: src/queue does the work. */
import type { Command } from './args.js';
import type { RunBatchOptions } from '../runner/run-batch.js';

const err = (s: string) => process.stderr.write(`${s}\n`);

/** runBatch options that send the batches to queue workers. Redis is checked first (exit 2 within seconds). */
export async function queueRunOptions(url: string, concurrency: number | null): Promise<Pick<RunBatchOptions, 'createPool' | 'concurrency'>> {
  const { checkRedis } = await import('../queue/connection.js');
  const { createQueuePool } = await import('../queue/queue-pool.js');
  await checkRedis(url);
  return {
    // batches in flight: two per "thread"; remote workers take them as they can
    concurrency: concurrency ?? 8,
    createPool: (config, threads) =>
      createQueuePool(url, config, {
        threads,
        onFatal: (e) => {
          // nothing has been written yet (outputs are written at the end): stop here
          err(`trackfacts: ${e.message}`);
          process.exit(2);
        },
      }),
  };
}

export async function runWorker(cmd: Extract<Command, { kind: 'worker' }>, _version: string): Promise<number> {
  const { startWorker } = await import('../queue/worker.js');
  const { defaultConcurrency } = await import('../runner/pool.js');
  const { tuneV8ForBatches } = await import('./v8-tuning.js');
  tuneV8ForBatches();
  const handle = await startWorker(cmd.redis, { concurrency: cmd.concurrency ?? defaultConcurrency(), log: (s) => (cmd.quiet ? undefined : err(s)) });
  await new Promise<void>((resolve) => {
    const stop = () => {
      // a second signal does not wait
      process.once('SIGINT', () => process.exit(130));
      process.once('SIGTERM', () => process.exit(143));
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await handle.close();
  // BullMQ's own blocking connection may still be reconnecting to a Redis that is gone: the worker is done
  setTimeout(() => process.exit(0), 500).unref();
  return 0;
}
