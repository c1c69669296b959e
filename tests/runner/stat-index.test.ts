import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { knownSha, loadStatIndex, storeStatIndex } from '../../src/runner/stat-index.js';
import type { InputFile } from '../../src/io/walk.js';
import { parseConfig } from '../../src/config/schema.js';
import { FIXTURES, SAMPLE } from '../cli/helpers.js';

const sha = (c: string) => c.repeat(64);
const file = (p: string, over: Partial<InputFile> = {}): InputFile => ({ path: p, source: path.basename(p), size: 10, mtimeMs: 1000.5, ctimeMs: 1000.5, ino: 7, ...over });

describe('stat index', () => {
  it('gives a sha only when size, times and inode are all unchanged', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-stat-'));
    const f = file('/a/x.txt');
    await storeStatIndex(dir, [f], [sha('a')], [100_000], 2_000);
    const index = loadStatIndex(dir);
    expect(knownSha(index, f)).toBe(sha('a'));
    for (const over of [{ size: 11 }, { mtimeMs: 1000.6 }, { ctimeMs: 2000 }, { ino: 8 }, { path: '/a/y.txt' }]) expect(knownSha(index, file(f.path, over)), JSON.stringify(over)).toBeNull();
  });

  it('records no file changed within the grace period before it was read, nor one without a sha', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-stat-'));
    const old = file('/a/old.txt');
    const racy = file('/a/racy.txt', { ctimeMs: 99_000 });
    const unread = file('/a/unread.txt');
    const fromIndex = file('/a/from-index.txt', { ctimeMs: 99_999 });
    await storeStatIndex(dir, [old, racy, unread, fromIndex], [sha('a'), sha('b'), null, sha('d')], [100_000, 100_000, 100_000, Infinity], 2_000);
    expect([...loadStatIndex(dir).keys()]).toEqual(['/a/old.txt', '/a/from-index.txt']);
  });

  it('a missing or damaged index is empty; damaged rows are skipped', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-stat-'));
    expect(loadStatIndex(dir).size).toBe(0);
    writeFileSync(path.join(dir, 'stat-index.json'), '{"v":1,"files":[["/a",1,2,3,4,"' + sha('c') + '"],["/b",1,2,3,"x","' + sha('c') + '"],["/c",1,2,3,4,"zz"]]}');
    expect([...loadStatIndex(dir).keys()]).toEqual(['/a']);
    writeFileSync(path.join(dir, 'stat-index.json'), '{"v":1,"files":[[');
    expect(loadStatIndex(dir).size).toBe(0);
  });
});

describe('a cached re-run with the stat index (runBatch, built dist)', () => {
  it('reads no unchanged file; a rewrite of the same size with its mtime set back is still re-extracted', async () => {
    const { runBatch } = (await import('../../dist/index.js')) as typeof import('../../src/index.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'tf-stat-run-'));
    const articles = path.join(dir, 'articles');
    mkdirSync(articles);
    const MTIME = 1_700_000_000; // whole seconds: a time that survives the round trip through utimes exactly
    for (const s of SAMPLE) {
      writeFileSync(path.join(articles, path.basename(s)), readFileSync(path.join(FIXTURES, s)));
      utimesSync(path.join(articles, path.basename(s)), MTIME, MTIME);
    }
    const config = parseConfig({});
    const opts = { config, out: path.join(dir, 'out'), cacheDir: path.join(dir, 'cache'), concurrency: 1, statGraceMs: 0 };
    const factsOf = () => readFileSync(path.join(dir, 'out', 'facts.json'), 'utf8');

    const cold = await runBatch([articles], opts);
    expect(cold.cache).toMatchObject({ run: 'stored', unread: 0, misses: 4 });
    const warm = await runBatch([articles], opts);
    expect(warm.cache).toMatchObject({ run: 'hit', unread: 4 });

    // same size, a different word, and the modification time put back: the change time still differs
    const target = path.join(articles, path.basename(SAMPLE[2]!));
    const before = statSync(target);
    const text = readFileSync(target, 'utf8');
    const word = text.match(/\b[A-Z][a-z]{4,}\b/)![0];
    const other = word.split('').reverse().join('').toLowerCase().replace(/^./, (c) => c.toUpperCase());
    writeFileSync(target, text.replace(word, other));
    utimesSync(target, MTIME, MTIME);
    expect(statSync(target).size).toBe(before.size);
    expect(statSync(target).mtimeMs).toBe(before.mtimeMs);
    const changed = await runBatch([articles], opts);
    expect(changed.cache).toMatchObject({ run: 'stored', unread: 3, hits: 3, misses: 1 });
    expect(factsOf()).toContain(other);
  });
});
