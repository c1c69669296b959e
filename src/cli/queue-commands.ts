/** Queue mode commands (BullMQ over Redis): being built. */
import type { Command } from './args.js';

class QueueError extends Error {
  override name = 'QueueError';
}
export async function runQueueExtract(_cmd: Extract<Command, { kind: 'extract' }>, _version: string): Promise<number> {
  throw new QueueError('queue mode is not built yet');
}
export async function runWorker(_cmd: Extract<Command, { kind: 'worker' }>, _version: string): Promise<number> {
  throw new QueueError('queue mode is not built yet');
}
