import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openPackStore } from '../../src/runner/pack-store.js';
import { encodeEntryText } from '../../src/runner/cache.js';
import type { FileResult } from '../../src/runner/task.js';
import { tempDir } from './helpers.js';

const entry = (n: number): string => encodeEntryText({ facts: [], problems: [{ source: `f${n}.txt`, stage: 'ingest', rule: 'x', severity: 'info', reason: 'r'.repeat(n % 50) }], timings: {}, trace: null } as FileResult);
const reason = (s: ReturnType<ReturnType<typeof openPackStore>['read']>) => (s.status === 'hit' ? s.value.problems[0]!.source : s.status);
const packsIn = (dir: string) => readdirSync(path.join(dir, 'packs')).filter((n) => n.endsWith('.pack'));

describe('the pack store (per-file cache entries in packs)', () => {
  it('entries are readable after commit, in one pack per run', async () => {
    const dir = tempDir();
    const a = openPackStore(dir);
    for (let i = 0; i < 3000; i++) a.append(`k${i}`, entry(i)); // over the 1 MiB flush size
    expect(a.read('k1').status).toBe('miss'); // not before commit
    await a.commit([], 5);
    const b = openPackStore(dir);
    for (const i of [0, 1, 1499, 2999]) expect(reason(b.read(`k${i}`))).toBe(`f${i}.txt`);
    expect(b.read('nope').status).toBe('miss');
    b.close();
    expect(packsIn(dir)).toHaveLength(1);
  });

  it('a damaged entry is corrupt, its neighbours are not', async () => {
    const dir = tempDir();
    const a = openPackStore(dir);
    for (let i = 0; i < 3; i++) a.append(`k${i}`, entry(i));
    await a.commit([], 5);
    const [pack] = packsIn(dir);
    const file = path.join(dir, 'packs', pack!);
    const buf = readFileSync(file);
    const second = entry(0).length + 20;
    buf[second] = buf[second]! ^ 1;
    writeFileSync(file, buf);
    const b = openPackStore(dir);
    expect(b.read('k0').status).toBe('hit');
    expect(b.read('k1').status).toBe('corrupt');
    expect(b.read('k2').status).toBe('hit');
    b.close();
  });

  it('entries unused for keepRuns runs are pruned; mostly dead packs are compacted, dead ones deleted', async () => {
    const dir = tempDir();
    const keep = 2;
    const run1 = openPackStore(dir);
    for (let i = 0; i < 100; i++) run1.append(`a${i}`, entry(i));
    await run1.commit([], keep);
    // run 2 uses only a0..a9 and adds b*
    const run2 = openPackStore(dir);
    for (let i = 0; i < 10; i++) run2.append(`b${i}`, entry(i));
    await run2.commit(Array.from({ length: 10 }, (_, i) => `a${i}`), keep);
    // run 3 uses a0..a9 and b*; the other a* were last used by run 1: pruned; their pack is compacted away
    const run3 = openPackStore(dir);
    const r = await run3.commit([...Array.from({ length: 10 }, (_, i) => `a${i}`), ...Array.from({ length: 10 }, (_, i) => `b${i}`)], keep);
    expect(r).toMatchObject({ run: 3, entries: 20, pruned: 90 });
    const after = openPackStore(dir);
    for (let i = 0; i < 10; i++) {
      expect(reason(after.read(`a${i}`))).toBe(`f${i}.txt`);
      expect(reason(after.read(`b${i}`))).toBe(`f${i}.txt`);
    }
    expect(after.read('a50').status).toBe('miss');
    after.close();
    const total = packsIn(dir).reduce((n, p) => n + readFileSync(path.join(dir, 'packs', p)).length, 0);
    expect(total).toBeLessThan(20 * entry(49).length + 1); // only the live entries remain on disk
    // nothing used for keepRuns runs: everything goes
    await openPackStore(dir).commit([], keep);
    const last = await openPackStore(dir).commit([], keep);
    expect(last.entries).toBe(0);
    expect(packsIn(dir)).toHaveLength(0);
  });
});
