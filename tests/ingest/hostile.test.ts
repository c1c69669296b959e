/** Hostile inputs through every format: bounded time, problems instead of throws. */
import { describe, expect, it } from 'vitest';
import { INGEST_EXTENSIONS, defaultIngestOptions, ingestFile } from '../../src/ingest/index.js';
import { utf8 } from './helpers.js';

const MB = 1024 * 1024;
const INPUTS: [string, string][] = [
  ['1 MB without a space', 'a'.repeat(MB)],
  ['1:1:1:… ×200,000', '1:'.repeat(200_000)],
  ['100,000 quote marks', '"'.repeat(100_000)],
  ['10,000 capitalised words', 'Word '.repeat(10_000)],
  ['100,000 open brackets', '['.repeat(100_000)],
  ['link openers without ends', '[a]('.repeat(100_000)],
  ['100,000 tag openers', '<a'.repeat(100_000)],
  ['unterminated comment', '<!--' + 'x'.repeat(MB)],
  ['bold marks', '**a'.repeat(100_000)],
  ['underscores', '_a'.repeat(200_000)],
  ['spaces then a pipe', '|' + ' '.repeat(MB) + 'x'],
  ['hashes', '#'.repeat(MB)],
  ['entities', '&amp'.repeat(200_000)],
  ['a million newlines', '\n'.repeat(MB) + 'x'],
  ['JSON nesting', '['.repeat(100_000) + ']'.repeat(100_000)],
  ['front matter never closed', '---\n' + 'key: value\n'.repeat(50_000)],
];

describe('hostile inputs, every extension', () => {
  for (const [name, text] of INPUTS) {
    it(`${name}`, () => {
      const bytes = utf8(text);
      for (const ext of INGEST_EXTENSIONS) {
        const t0 = performance.now();
        const r = ingestFile(bytes, `x${ext}`, defaultIngestOptions);
        const ms = performance.now() - t0;
        expect(ms, `${ext} took ${Math.round(ms)} ms`).toBeLessThan(3000);
        expect(Array.isArray(r.articles) && Array.isArray(r.problems)).toBe(true);
        for (const a of r.articles) for (const b of a.blocks ?? []) expect(b.end).toBeLessThanOrEqual(a.body.length);
      }
    }, 60_000);
  }
});
