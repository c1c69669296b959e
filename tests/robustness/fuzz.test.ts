/**
 * The fuzz properties of scripts/fuzz.mjs (random and mutated article text never throws, offsets hold
 * their text, merge is order- and grouping-independent) over src/, with a small number of runs and a
 * fixed seed. The dedicated run is `node scripts/fuzz.mjs` (≥ 10,000 cases over dist/).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import * as index from '../../src/index.js';
import { extractTimes } from '../../src/extract/times/index.js';
import { extractQuotes } from '../../src/extract/quotes/index.js';
import { ARTICLES, ROOT } from './helpers.js';

interface Property {
  name: string;
  arbitrary: fc.Arbitrary<unknown>;
  predicate: (v: unknown) => void;
}
interface FuzzModule {
  properties(api: unknown, texts: string[]): Property[];
  readTexts(dir: string): string[];
}

const RUNS = 200;
const SEED = 20261124;

const mod = (await import(pathToFileURL(path.join(ROOT, 'scripts/fuzz.mjs')).href)) as FuzzModule;
const texts = mod.readTexts(ARTICLES);
const api = { ...index, extractTimes, extractQuotes };

describe('fuzz (small run)', () => {
  it('has fixture texts to mutate', () => {
    expect(texts.length).toBeGreaterThan(10);
  });

  for (const p of mod.properties(api, texts)) {
    it(p.name, () => {
      const runs = p.name.startsWith('merge') ? RUNS / 4 : RUNS;
      fc.assert(fc.property(p.arbitrary, p.predicate), { numRuns: runs, seed: SEED, endOnFailure: true });
    }, 300_000);
  }

  it('the merge property catches a merge that drops a shard', () => {
    // self-test: the property must fail for a broken mergeStates
    const broken = { ...api, mergeStates: (a: unknown) => a };
    const merge = mod.properties(broken, texts).find((p) => p.name.startsWith('merge'))!;
    expect(() => fc.assert(fc.property(merge.arbitrary, merge.predicate), { numRuns: 20, seed: SEED })).toThrow();
  }, 120_000);

  it('merge: a competition named differently in two articles gets the same name in either order (found by the fuzzer)', () => {
    // scripts/fuzz.mjs, seed 1226557982: the same race report twice, once with a shouted headline
    const a = readFileSync(path.join(ARTICLES, 'modern-athletics/clcstriders-2018-02-26-ferguson-flies-in-bourton-10k.txt'), 'utf8');
    const b = a.replace('Ferguson flies in Bourton 10k', 'FERGUSON FLIES IN BOurton 10k');
    const pipeline = index.createPipeline(index.defaultConfig);
    const raw = (body: string, source: string) => ({ source, sha256: '0'.repeat(64), title: null, publishedAt: null, body });
    const fa = pipeline.extract(raw(a, 'fuzz/0.txt')).facts;
    const fb = pipeline.extract(raw(b, 'fuzz/2.txt')).facts;
    const bytes = (list: (typeof fa)[]) => {
      const st = index.createMergeState();
      for (const f of list) index.addArticle(st, f);
      return index.factsToJson(index.finalizeFacts(st));
    };
    const names = (json: string) => (JSON.parse(json) as { competitions: { name: string }[] }).competitions.map((c) => c.name);
    expect(names(bytes([fb, fa]))).toEqual(names(bytes([fa, fb])));
    expect(bytes([fb, fa])).toBe(bytes([fa, fb]));
  });
});
