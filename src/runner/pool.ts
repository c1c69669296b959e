/**
 * The CPU side of the runner: a piscina pool of worker threads, each with its own pipeline built once.
 * A task that runs past its time budget is aborted (piscina stops that worker and starts a new one); a
 * worker that crashes rejects its task. Both become problems in `run-batch.ts`; the batch goes on.
 */
import { availableParallelism } from 'node:os';
import type { Config } from '../config/schema.js';
import type { ExtractTask, FileResult } from './task.js';

export interface ExtractPool {
  readonly threads: number;
  run(task: ExtractTask, signal: AbortSignal): Promise<FileResult>;
  close(): Promise<void>;
}

export const defaultConcurrency = () => Math.max(1, availableParallelism());

export async function createExtractPool(config: Config, threads: number): Promise<ExtractPool> {
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    workerData: { config },
    recordTiming: false,
  });
  return {
    threads,
    run: (task, signal) => pool.run(task, { signal }) as Promise<FileResult>,
    close: () => pool.destroy(),
  };
}
