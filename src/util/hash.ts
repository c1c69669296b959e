import { createHash } from 'node:crypto';

/** sha256 hex of bytes or a string. */
export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A short stable id from an identity key: `prefix` + 16 hex digits of its sha256. */
export function stableId(prefix: string, key: string): string {
  return prefix + createHash('sha256').update(key).digest('hex').slice(0, 16);
}
