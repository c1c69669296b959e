/**
 * The per-file cache: a file's extraction result stored under a key made of the file's bytes (sha256),
 * its source path (article ids derive from it), the pipeline fingerprint (pipeline version + effective
 * config) and whether the run explains itself (the entry then holds the rule traces and the decision log). An entry is one file `<dir>/<k[0..2]>/<k>.json`:
 *
 *   TFC1 <sha256 of payload> <payload length in bytes>\n<payload JSON>
 *
 * written atomically (temp + rename). A truncated or corrupt entry fails the length or checksum test and
 * is recomputed, never trusted.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../util/hash.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import type { FileResult } from './task.js';

const MAGIC = 'TFC1';

export interface CacheKeyParts {
  fileSha256: string;
  source: string;
  fingerprint: string;
  /** output.debug or output.explain: an entry made without the decision log cannot serve a run that writes it. */
  debug: boolean;
}

export function cacheKey(p: CacheKeyParts): string {
  return sha256(`${MAGIC}\u0000${p.fingerprint}\u0000${p.debug ? 1 : 0}\u0000${p.source}\u0000${p.fileSha256}`);
}

export const cacheEntryPath = (dir: string, key: string) => path.join(dir, key.slice(0, 2), `${key}.json`);

export type CacheLookup = { status: 'hit'; value: FileResult } | { status: 'miss' } | { status: 'corrupt'; reason: string };

/** Encodes an entry: header with checksum and length, then the payload. */
export function encodeEntry(value: FileResult): Buffer {
  return Buffer.from(encodeEntryText(value), 'utf8');
}

/** The entry as text (what a worker sends back; written as UTF-8). */
export function encodeEntryText(value: FileResult): string {
  const json = JSON.stringify(value);
  return `${MAGIC} ${sha256(json)} ${Buffer.byteLength(json, 'utf8')}\n${json}`;
}

/** The value of an entry made in this run by encodeEntryText (trusted: no checksum test). */
export function parseFreshEntry(text: string): FileResult {
  return JSON.parse(text.slice(text.indexOf('\n') + 1)) as FileResult;
}

/** Decodes and verifies an entry; never throws. */
export function decodeEntry(buf: Buffer): CacheLookup {
  const nl = buf.indexOf(10);
  if (nl < 0 || nl > 200) return { status: 'corrupt', reason: 'no header' };
  const [magic, sum, len] = buf.subarray(0, nl).toString('latin1').split(' ');
  if (magic !== MAGIC || !sum || !len) return { status: 'corrupt', reason: 'bad header' };
  const payload = buf.subarray(nl + 1);
  if (payload.length !== Number(len)) return { status: 'corrupt', reason: `truncated (${payload.length} of ${len} bytes)` };
  if (sha256(payload) !== sum) return { status: 'corrupt', reason: 'checksum mismatch' };
  try {
    const value = JSON.parse(payload.toString('utf8')) as FileResult;
    if (!value || !Array.isArray(value.facts) || !Array.isArray(value.problems)) return { status: 'corrupt', reason: 'bad payload' };
    return { status: 'hit', value };
  } catch {
    return { status: 'corrupt', reason: 'bad JSON' };
  }
}

export async function readCacheEntry(dir: string, key: string): Promise<CacheLookup> {
  let buf: Buffer;
  try {
    buf = await readFile(cacheEntryPath(dir, key));
  } catch {
    return { status: 'miss' };
  }
  return decodeEntry(buf);
}

/** Synchronous lookup: for small entries one blocking read is much cheaper than four promise round trips. */
export function readCacheEntrySync(dir: string, key: string): CacheLookup {
  let buf: Buffer;
  try {
    buf = readFileSync(cacheEntryPath(dir, key));
  } catch {
    return { status: 'miss' };
  }
  return decodeEntry(buf);
}

/**
 * Writes an entry atomically, without fsync (the checksum catches what a crash could leave), off the main
 * thread (libuv's pool does the I/O: written synchronously, a 2,000-article run spent ~1.5 ms per entry
 * blocked on the file system while the workers waited for files). `shards` remembers the folders made or
 * being made.
 */
export async function writeCacheEntryText(dir: string, key: string, entry: string, shards = new Map<string, Promise<unknown>>()): Promise<void> {
  const file = cacheEntryPath(dir, key);
  const shard = path.dirname(file);
  let made = shards.get(shard);
  if (!made) shards.set(shard, (made = mkdir(shard, { recursive: true })));
  await made;
  await writeFileAtomic(file, [entry], { fsync: false });
}

/** Encodes and writes an entry (see writeCacheEntryText). */
export async function writeCacheEntry(dir: string, key: string, value: FileResult): Promise<void> {
  await writeCacheEntryText(dir, key, encodeEntryText(value));
}
