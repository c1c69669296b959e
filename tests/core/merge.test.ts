import { describe, expect, it } from 'vitest';
import { addArticle, createMergeState, finalizeFacts, mergeStates } from '../../src/merge/index.js';
import { factsToJson } from '../../src/write/index.js';
import type { ArticleFacts } from '../../src/types.js';

function article(id: string, opts: { country?: string | null; place?: number | null; outlet?: string | null } = {}): ArticleFacts {
  const m = (start: number, text: string) => ({ article: id, start, end: start + text.length, text });
  return {
    article: { id, source: `${id}.txt`, sha256: 'a'.repeat(64), title: null, publishedAt: null, wordCount: 10 },
    athletes: [{ key: 'josh kerr', name: 'Josh Kerr', aliases: ['Kerr'], country: opts.country ?? null, mentions: [m(0, 'Josh Kerr'), m(20, 'Kerr')] }],
    events: [{ key: '3000m', name: '3000m', discipline: 'track', distanceMeters: 3000, mentions: [m(40, '3000m')] }],
    competitions: [{ key: 'millrose games|2024', name: 'Millrose Games', year: 2024, location: null, indoor: true, mentions: [m(50, 'Millrose Games')] }],
    performances: [{
      key: 'josh kerr|3000m|462.98', athlete: 'josh kerr', event: '3000m', competition: 'millrose games|2024',
      result: { kind: 'time', seconds: 462.98, display: '7:42.98' }, raw: '7:42.98', place: opts.place ?? null, records: ['WR'],
      venue: 'indoor', year: 2024, mentions: [m(60, '7:42.98')],
    }],
    quotes: [{ key: 'i won|josh kerr', text: 'I won', speaker: 'josh kerr', speakerName: 'Josh Kerr', outlet: opts.outlet ?? null, mentions: [m(70, 'I won')] }],
  };
}

const stateOf = (...facts: ArticleFacts[]) => {
  const s = createMergeState();
  for (const f of facts) addArticle(s, f);
  return s;
};

describe('merge', () => {
  const a = article('a_1', { country: 'GBR', place: 1 });
  const b = article('a_2', { place: 1, outlet: 'BBC Sport' });
  const c = article('a_3', { country: 'USA', place: 2 });

  it('one record per identity, with mentions from every article', () => {
    const out = finalizeFacts(stateOf(a, b, c));
    expect(out.articles).toHaveLength(3);
    expect(out.athletes).toHaveLength(1);
    expect(out.athletes[0]!.mentions.map((m) => m.article)).toEqual(['a_1', 'a_1', 'a_2', 'a_2', 'a_3', 'a_3']);
    expect(out.performances).toHaveLength(1);
    expect(out.performances[0]!.place).toBe(1); // two votes against one
    expect(out.quotes[0]!.outlet).toBe('BBC Sport'); // a value beats null
    expect(out.performances[0]!.athlete).toBe(out.athletes[0]!.id);
  });

  it('is order-independent and associative', () => {
    const one = factsToJson(finalizeFacts(stateOf(a, b, c)));
    const two = factsToJson(finalizeFacts(stateOf(c, a, b)));
    const three = factsToJson(finalizeFacts(mergeStates(stateOf(c), mergeStates(stateOf(b), stateOf(a)))));
    const four = factsToJson(finalizeFacts(mergeStates(mergeStates(stateOf(a), stateOf(c)), stateOf(b))));
    expect(two).toBe(one);
    expect(three).toBe(one);
    expect(four).toBe(one);
  });

  it('a tie is decided by value, not by arrival', () => {
    expect(finalizeFacts(stateOf(a, c)).athletes[0]!.country).toBe(finalizeFacts(stateOf(c, a)).athletes[0]!.country);
  });

  it('the same article twice does not double its mentions', () => {
    expect(finalizeFacts(stateOf(a, a)).athletes[0]!.mentions).toHaveLength(2);
  });

  it('ids are derived from identity keys, not run order', () => {
    expect(finalizeFacts(stateOf(a)).athletes[0]!.id).toBe(finalizeFacts(stateOf(c, b)).athletes[0]!.id);
  });
});
