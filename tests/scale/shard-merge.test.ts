import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { shareOf, parseShard } from '../../src/runner/shard.js';
import { mixedCorpus, permutations, read, report, runCli, tempDir } from './helpers.js';

describe('shards', () => {
  it('parses i/n and refuses the rest', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/3', '4/3', '3', '1/0', 'a/b', '1/2/3', '-1/2']) expect(parseShard(bad)).toBeNull();
  });

  it('a file keeps its share when other files come and go', () => {
    const files = Array.from({ length: 400 }, (_, i) => [`part/${i}.txt`, `${i}`.padStart(64, 'a')] as const);
    const before = new Map<string, number>(files.map(([s, h]) => [s, shareOf(s, h, 4)]));
    const more: (readonly [string, string])[] = [...files, ...Array.from({ length: 100 }, (_, i) => [`new/${i}.txt`, `${i}`.padStart(64, 'b')] as const)].slice(50);
    for (const [s, h] of more) if (before.has(s)) expect(shareOf(s, h, 4)).toBe(before.get(s));
    const counts = [1, 2, 3, 4].map((i) => files.filter(([s, h]) => shareOf(s, h, 4) === i).length);
    for (const c of counts) expect(c).toBeGreaterThan(50); // spread, not all in one
  });
});

describe('trackfacts merge', () => {
  const dir = tempDir();
  const articles = mixedCorpus(dir);
  const full = path.join(dir, 'full');
  const one = runCli(['extract', articles, '--out', full, '--no-cache', '--quiet']);

  it.each([1, 2, 3])('%i shards merged in every order give the bytes of one run', (n) => {
    expect(one.code, one.stderr).toBe(1); // the binary file fails, the rest is written
    const shards = Array.from({ length: n }, (_, i) => path.join(dir, `n${n}-s${i + 1}`));
    shards.forEach((s, i) => {
      const r = runCli(['extract', articles, '--out', s, '--shard', `${i + 1}/${n}`, '--no-cache', '--quiet']);
      expect([0, 1]).toContain(r.code);
    });
    const sizes = shards.map((s) => JSON.parse(readFileSync(path.join(s, 'state/manifest.json'), 'utf8')).files.length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(report(full).files.found);
    if (n > 1) for (const k of sizes) expect(k).toBeGreaterThan(0);
    for (const [j, order] of permutations(shards).entries()) {
      const out = path.join(dir, `n${n}-m${j}`);
      const r = runCli(['merge', ...order, '--out', out, '--quiet']);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain('broken/binary.txt');
      expect(read(out).equals(read(full))).toBe(true);
      const a = report(out);
      const b = report(full);
      expect(a.counts).toEqual(b.counts);
      expect(a.problems).toEqual(b.problems);
      expect(a.files).toEqual(b.files);
      expect(a.articles).toEqual(b.articles);
    }
  }, 300_000);

  it('a merged state merges again (a tree of merges) to the same bytes', () => {
    const s = (i: number) => path.join(dir, `n3-s${i}`);
    const left = path.join(dir, 'tree-left');
    expect(runCli(['merge', s(1), s(2), '--out', left, '--quiet']).code).toBe(2); // 3/3 missing: refused
    expect(runCli(['merge', s(1), '--out', left, '--quiet']).code).toBe(2);
    const two = path.join(dir, 'n2-m0');
    const again = path.join(dir, 'tree');
    const r = runCli(['merge', path.join(two, 'state'), '--out', again, '--quiet']);
    expect(r.code, r.stderr).toBe(1);
    expect(read(again).equals(read(full))).toBe(true);
  }, 120_000);

  it('refuses a state twice, overlapping states, another config and a damaged state, with exit 2 and nothing written', () => {
    const s1 = path.join(dir, 'n2-s1');
    const s2 = path.join(dir, 'n2-s2');
    const out = path.join(dir, 'refused');
    const twice = runCli(['merge', s1, s2, s1, '--out', out]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/merged twice/);
    const overlap = runCli(['merge', s1, s2, path.join(dir, 'n1-s1'), '--out', out]);
    expect(overlap.code).toBe(2);
    expect(overlap.stderr).toMatch(/both hold|merged twice/);

    const cfg = path.join(dir, 'other.json');
    writeFileSync(cfg, JSON.stringify({ lexicons: { persons: [] }, ingest: { json: { fields: { text: ['body', 'text'] } } } }));
    const other = path.join(dir, 'other-s2');
    const o = runCli(['extract', articles, '--out', other, '--shard', '2/2', '--no-cache', '--quiet', '--config', cfg]);
    expect([0, 1], o.stderr).toContain(o.code);
    const mixed = runCli(['merge', s1, other, '--out', out]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/another pipeline or config/);

    const records = path.join(s2, 'state/records.tsv');
    writeFileSync(records, readFileSync(records, 'utf8').replace('"', "'"));
    const damaged = runCli(['merge', s1, s2, '--out', out]);
    expect(damaged.code).toBe(2);
    expect(damaged.stderr).toMatch(/does not match its manifest/);
    expect(runCli(['merge', path.join(dir, 'articles'), '--out', out]).stderr).toMatch(/not a trackfacts state folder/);
    expect(() => readFileSync(path.join(out, 'facts.json'))).toThrow();
  }, 120_000);
});
