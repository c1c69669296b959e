import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cacheEntryPath, cacheKey, decodeEntry, encodeEntry, readCacheEntry, writeCacheEntry } from '../../src/runner/cache.js';
import type { FileResult } from '../../src/runner/task.js';

const value: FileResult = {
  facts: [
    {
      article: { id: 'a_1', source: 'x.txt', sha256: '0'.repeat(64), title: 'T', publishedAt: null, wordCount: 3 },
      athletes: [], events: [], competitions: [], performances: [], quotes: [],
    },
  ],
  problems: [{ source: 'x.txt', stage: 'ingest', rule: 'ingest/x', severity: 'warning', reason: 'r' }],
  timings: { segment: 0.5 },
  trace: null,
};
const base = { fileSha256: 'a'.repeat(64), source: 'x.txt', fingerprint: 'f1', debug: false };

describe('cache entries', () => {
  it('round-trip', () => {
    expect(decodeEntry(encodeEntry(value))).toEqual({ status: 'hit', value });
  });

  const corrupt: [string, (b: Buffer) => Buffer][] = [
    ['truncated', (b) => b.subarray(0, b.length - 3)],
    ['empty', () => Buffer.alloc(0)],
    ['a flipped byte in the payload', (b) => { const c = Buffer.from(b); c[c.length - 2] = c[c.length - 2]! ^ 1; return c; }],
    ['a bad header', (b) => Buffer.concat([Buffer.from('XXXX'), b.subarray(4)])],
    ['no newline', () => Buffer.from('x'.repeat(500))],
    ['extra bytes', (b) => Buffer.concat([b, Buffer.from(' ')])],
  ];
  it.each(corrupt)('%s is corrupt, never a hit', (_name, damage) => {
    expect(decodeEntry(damage(encodeEntry(value))).status).toBe('corrupt');
  });

  it('the key changes with the file bytes, the source, the fingerprint and the debug switch', () => {
    const k = cacheKey(base);
    expect(k).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey({ ...base })).toBe(k);
    for (const changed of [{ fileSha256: 'b'.repeat(64) }, { source: 'y.txt' }, { fingerprint: 'f2' }, { debug: true }]) {
      expect(cacheKey({ ...base, ...changed })).not.toBe(k);
    }
  });

  it('read/write on disk: miss, hit, then corrupt after damage', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'trackfacts-cache-'));
    const key = cacheKey(base);
    expect(await readCacheEntry(dir, key)).toEqual({ status: 'miss' });
    await writeCacheEntry(dir, key, value);
    expect(await readCacheEntry(dir, key)).toEqual({ status: 'hit', value });
    const file = cacheEntryPath(dir, key);
    writeFileSync(file, readFileSync(file).subarray(0, 20));
    expect((await readCacheEntry(dir, key)).status).toBe('corrupt');
  });
});
