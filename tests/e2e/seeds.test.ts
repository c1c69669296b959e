import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FactsFileSchema, addArticle, createMergeState, createPipeline, defaultConfig, finalizeFacts, ingestFile } from '../../src/index.js';
import type { FactsFile } from '../../src/index.js';

const SEEDS = ['seeds/000_f238fb5f4bcf96a4.txt', 'seeds/001_3f011b3967878edc.txt'];
const bytesOf = (source: string) => readFileSync(new URL(`../../fixtures/articles/${source}`, import.meta.url));

function run(sources: string[], includeText = true): FactsFile {
  const config = { ...defaultConfig, output: { ...defaultConfig.output, includeText } };
  const pipeline = createPipeline(config);
  const state = createMergeState();
  for (const source of sources) for (const raw of ingestFile(bytesOf(source), source, config.ingest).articles) addArticle(state, pipeline.extract(raw).facts);
  return finalizeFacts(state);
}

describe('the two seed articles, end to end', () => {
  const facts = run(SEEDS);
  const [a0, a1] = facts.articles.map((a) => a.id);
  const articlesOf = (r: { mentions: { article: string }[] }) => new Set(r.mentions.map((m) => m.article));

  it('keeps the contract', () => {
    expect(() => FactsFileSchema.parse(facts)).not.toThrow();
  });

  it('reads the date glued to the first line', () => {
    expect(facts.articles.find((a) => a.source === SEEDS[0])?.publishedAt).toBe('2024-05-16');
  });

  it('Josh Kerr is one athlete seen in both articles', () => {
    const kerr = facts.athletes.filter((a) => a.name === 'Josh Kerr');
    expect(kerr).toHaveLength(1);
    expect(articlesOf(kerr[0]!)).toEqual(new Set([a0, a1]));
  });

  it.each([
    [480.67, 'Josh Kerr'],
    [462.98, 'Josh Kerr'],
  ])('the time %s, however written, is one performance with mentions in both articles', (seconds, athlete) => {
    const perfs = facts.performances.filter((p) => Math.abs(p.result.seconds - seconds) < 0.001);
    expect(perfs).toHaveLength(1);
    expect(facts.athletes.find((a) => a.id === perfs[0]!.athlete)?.name).toBe(athlete);
    expect(articlesOf(perfs[0]!)).toEqual(new Set([a0, a1]));
  });

  it('8:03.40 (written 8:03:40 in one article) is Mo Farah\'s', () => {
    const perfs = facts.performances.filter((p) => Math.abs(p.result.seconds - 483.4) < 0.001);
    expect(perfs).toHaveLength(1);
    expect(facts.athletes.find((a) => a.id === perfs[0]!.athlete)?.name).toBe('Mo Farah');
  });

  it('"Milrose" and "Millrose" are one Millrose Games record', () => {
    const millrose = facts.competitions.filter((c) => /mill?rose/i.test(c.name));
    expect(millrose.map((c) => c.name)).toEqual(['Millrose Games']);
    expect(articlesOf(millrose[0]!)).toEqual(new Set([a0, a1]));
  });

  it('every mention holds its own words', () => {
    const text = new Map(facts.articles.map((a) => [a.id, a.text!]));
    for (const kind of ['athletes', 'events', 'competitions', 'performances', 'quotes'] as const)
      for (const r of facts[kind]) for (const m of r.mentions) expect(text.get(m.article)!.slice(m.start, m.end)).toBe(m.text);
  });

  it('is the same whichever article comes first', () => {
    expect(JSON.stringify(run([...SEEDS].reverse(), false))).toBe(JSON.stringify(run(SEEDS, false)));
  });
});
