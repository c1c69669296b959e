import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from '../../src/io/atomic-write.js';

const dir = () => mkdtempSync(path.join(tmpdir(), 'trackfacts-atomic-'));

describe('writeFileAtomic', () => {
  it('streams chunks (strings and bytes, sync and async) into the target', async () => {
    const d = dir();
    const f = path.join(d, 'facts.json');
    async function* chunks() {
      yield '{"a":';
      yield new TextEncoder().encode('1');
      for (let i = 0; i < 20_000; i++) yield ' ';
      yield '}';
    }
    await writeFileAtomic(f, chunks());
    expect(JSON.parse(readFileSync(f, 'utf8'))).toEqual({ a: 1 });
    expect(readdirSync(d)).toEqual(['facts.json']);
  });

  it('an error while writing leaves the previous file intact and no temporary file behind', async () => {
    const d = dir();
    const f = path.join(d, 'facts.json');
    writeFileSync(f, 'previous');
    function* failing() {
      yield 'x'.repeat(100_000);
      throw new Error('interrupted');
    }
    await expect(writeFileAtomic(f, failing())).rejects.toThrow('interrupted');
    expect(readFileSync(f, 'utf8')).toBe('previous');
    expect(readdirSync(d)).toEqual(['facts.json']);
  });

  it('a target folder that does not exist rejects without creating anything', async () => {
    const d = dir();
    await expect(writeFileAtomic(path.join(d, 'missing', 'f.json'), ['x'])).rejects.toThrow(/ENOENT/);
    expect(readdirSync(d)).toEqual([]);
  });
});
