/**
 * Redis for queue mode: the URL checked, a quick reachability test (so that a wrong address is a clear message
 * and exit 2 within seconds, not a client retrying forever), and the connections BullMQ gets.
 */
import { Redis } from 'ioredis';

export class QueueError extends Error {
  override name = 'QueueError';
}

/** The queue every producer and worker of one Redis shares. */
export const QUEUE_NAME = 'trackfacts-extract';

export function checkRedisUrl(url: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new QueueError(`--redis must be a URL such as redis://127.0.0.1:6379 (got "${url}")`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new QueueError(`--redis must start with redis:// or rediss:// (got "${url}")`);
  return u;
}

const where = (u: URL) => `${u.protocol}//${u.hostname}:${u.port || 6379}`;

/** Connects, PINGs and disconnects within `timeoutMs`; throws QueueError naming the address and the cause. */
export async function checkRedis(url: string, timeoutMs = 3000): Promise<void> {
  const u = checkRedisUrl(url);
  const client = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  let last: Error | null = null;
  client.on('error', (e: Error) => (last = e));
  const timer = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref());
  try {
    await Promise.race([client.connect().then(() => client.ping()), timer]);
  } catch (err) {
    const cause = (last as Error | null)?.message || (err as Error).message;
    throw new QueueError(`cannot reach Redis at ${where(u)}: ${cause}`);
  } finally {
    client.disconnect();
  }
}

/** A connection for BullMQ (workers need maxRetriesPerRequest null: their blocking calls wait). Errors while
 *  Redis is away are reported through `onError`, not thrown: the client reconnects by itself. */
export function connectRedis(url: string, onError: (e: Error) => void): Redis {
  checkRedisUrl(url);
  const client = new Redis(url, { maxRetriesPerRequest: null, retryStrategy: (n: number) => Math.min(200 * n, 2000) });
  client.on('error', onError);
  return client;
}

export { where as redisAddress };
