import { describe, expect, it } from 'vitest';
import type { Doc } from '../../../src/types.js';
import { NO_LOG } from '../../../src/rules/log.js';
import { EventRuleSchema, canonicalEvent, extractEvents, loadEventLexicon } from '../../../src/extract/events/index.js';

const doc = (text: string): Doc => ({
  articleId: 'a_test', source: 'test.txt', text, title: null, publishedAt: null, year: null,
  blocks: [{ start: 0, end: text.length, kind: 'paragraph', index: 0 }],
  sentences: [{ start: 0, end: text.length, block: 0 }],
  log: NO_LOG,
});
const lexicon = loadEventLexicon();
const found = (text: string) => extractEvents(doc(text), lexicon).map((e) => [e.text, e.name]);

describe('extractEvents: written forms to canonical names', () => {
  it.each([
    ['She won the 1,500m in style.', '1,500m', '1500m'],
    ['over 1500 metres indoors', '1500 metres', '1500m'],
    ['the 1500-metre final', '1500-metre', '1500m'],
    ['the 1,500 metres title', '1,500 metres', '1500m'],
    ['a two-mile race', 'two-mile', '2 Miles'],
    ['ran 2 miles indoors', '2 miles', '2 Miles'],
    ['the mile at the Millrose Games', 'mile', 'Mile'],
    ['the 60m hurdles final', '60m hurdles', '60m Hurdles'],
    ['the 110m Hurdles', '110m Hurdles', '110m Hurdles'],
    ['his first half-marathon', 'half-marathon', 'Half Marathon'],
    ['the Great North half marathon', 'half marathon', 'Half Marathon'],
    ['the London Marathon', 'Marathon', 'Marathon'],
    ['a 10k in Bourton', '10k', '10km'],
    ['the 10K race', '10K', '10km'],
    ['a flat 10km course', '10km', '10km'],
    ['a hilly 10-mile race', '10-mile', '10 Miles'],
    ['ran 10 miles in the wind', '10 miles', '10 Miles'],
    ['the steeplechase', 'steeplechase', '3000m Steeplechase'],
    ['the 3,000m steeplechase', '3,000m steeplechase', '3000m Steeplechase'],
    ['the 4x100m squad', '4x100m', '4x100m Relay'],
    ['the 4 x 400m relay', '4 x 400m relay', '4x400m Relay'],
    ['world cross country championships', 'cross country', 'Cross Country'],
    ['a muddy cross-country race', 'cross-country', 'Cross Country'],
    ['the county XC league', 'XC', 'Cross Country'],
    ['Olympic pole vault champion', 'pole vault', 'Pole Vault'],
    ['the shot put', 'shot put', 'Shot Put'],
    ['threw the discus', 'discus', 'Discus Throw'],
    ['won the hammer throw', 'hammer throw', 'Hammer Throw'],
    ['the javelin final', 'javelin', 'Javelin Throw'],
    ['won the heptathlon', 'heptathlon', 'Heptathlon'],
    ['the decathlon', 'decathlon', 'Decathlon'],
    ['the 20km walk', '20km walk', '20km Race Walk'],
    ['ran the 600m', '600m', '600m'],
    ['the 300m Hurdles', '300m Hurdles', '300m Hurdles'],
    ['a 50km ultra', '50km', '50km'],
    ['the 5 Miles handicap', '5 Miles', '5 Miles'],
    ['the 5,000m', '5,000m', '5000m'],
    ['the 10,000 metres', '10,000 metres', '10000m'],
    ['won the 1500 m in Oslo', '1500 m', '1500m'],
  ])('%s', (text, written, name) => {
    expect(found(text)).toEqual([[written, name]]);
  });
});

describe('extractEvents: implied by a record or title', () => {
  it.each([
    ['the European indoor mile record holder', 'Mile'],
    ['set his sights on the world 5,000m crown', '5000m'],
    ['Olympic pole vault champion Yelena', 'Pole Vault'],
  ])('%s', (text, name) => {
    const [e] = extractEvents(doc(text), lexicon);
    expect(e?.name).toBe(name);
    expect(e?.implied).toBe(true);
  });
});

describe('extractEvents: not events', () => {
  it.each([
    ['three-time world cross country 4km champion Edith', ['Cross Country']],
    ['Isinbayeva jumped 4.91m in Athens', []],
    ['Idowu landed 17.30m at the trials', []],
    ['he kicked 200m from the finish', []],
    ['with 300m to go she led', []],
    ['a 32-strong squad', []],
    ['he won by a mile', []],
    ['a three-mile loop', []],
    ['the men\'s 10.6km race', []],
    ['a £2m deal', []],
    ['faster with each mile', []],
    ['at the 5km marker', []],
    ['six 400m repeats', []],
    ['his mile pace', []],
    ['at the cross country championships Riley won the men\'s 9km race', ['Cross Country']],
    ['the world cross country champion won in the world best 10K race in Puerto Rico', ['Cross Country', '10km']],
    ['the women\'s 10km road race', ['10km']],
    ['he is 2 m tall', []],
    ['a 10 k bonus', []],
    ['the last 400m was quick', []],
    ['ran 100 miles a week', []],
    ['he ran the 3 mile leg', []],
    ['the ultra-marathonist', []],
  ])('%s', (text, names) => {
    expect(extractEvents(doc(text), lexicon).map((e) => e.name)).toEqual(names);
  });
});

describe('extractEvents: spans and rules', () => {
  it('gives offsets into the text, the discipline, the distance and the rule', () => {
    const text = 'Kerr won the 1500m and the 2 miles, then a half marathon.';
    const events = extractEvents(doc(text), lexicon);
    expect(events.map((e) => [e.start, e.end, text.slice(e.start, e.end), e.discipline, e.distanceMeters, e.rule])).toEqual([
      [13, 18, '1500m', 'track', 1500, 'event/distance-metres'],
      [27, 34, '2 miles', 'track', 3218.688, 'event/distance-miles'],
      [43, 56, 'half marathon', 'road', 21097.5, 'event/half-marathon'],
    ]);
  });

  it('is fast and linear on hostile input', () => {
    const hostile = ['9'.repeat(1_000_000), '1:'.repeat(200_000), 'Marathon '.repeat(10_000), '4x'.repeat(100_000), '100m '.repeat(50_000)];
    for (const text of hostile) {
      const t0 = performance.now();
      extractEvents(doc(text), lexicon);
      expect(performance.now() - t0).toBeLessThan(3000);
    }
  });
});

describe('loadEventLexicon and canonicalEvent', () => {
  it('maps written forms and canonical names', () => {
    expect(canonicalEvent('1,500 metres', lexicon)).toEqual({ name: '1500m', discipline: 'track', distanceMeters: 1500 });
    expect(canonicalEvent('Half Marathon', lexicon)?.name).toBe('Half Marathon');
    expect(canonicalEvent('4x400m Relay', lexicon)?.name).toBe('4x400m Relay');
    expect(canonicalEvent('20km Race Walk', lexicon)?.name).toBe('20km Race Walk');
    expect(canonicalEvent('Hammer Throw', lexicon)?.name).toBe('Hammer Throw');
    expect(canonicalEvent('the sprint', lexicon)).toBeNull();
  });

  it('takes config extensions and validates them strictly', () => {
    const lx = loadEventLexicon([{ id: 'cfg/parkrun', reason: 'parkrun is a 5km', name: '5km', discipline: 'road', distanceMeters: 5000, forms: ['parkrun'] }]);
    expect(extractEvents(doc('her first parkrun'), lx).map((e) => [e.name, e.rule])).toEqual([['5km', 'cfg/parkrun']]);
    expect(() => loadEventLexicon([{ id: 'x', reason: 'y', name: 'z', discipline: 'track', distanceMeters: null, forms: ['zz'], extra: 1 } as never])).toThrow(/lexicons\.events\[0\]/);
    expect(EventRuleSchema.safeParse({ id: 'x', reason: 'y', name: 'z', discipline: 'moon', distanceMeters: null, forms: ['zz'] }).success).toBe(false);
  });
});

describe('extractEvents: lists, links, written race lengths', () => {
  it.each([
    ['the 5,000 and 10,000m double', [['5,000', '5000m'], ['10,000m', '10000m']]],
    ['over 800/1500m', [['800', '800m'], ['1500m', '1500m']]],
    ['a 100m-long straight', []],
    ['src="/images/Bourton-10k-2018.jpg" the Bourton 10k', [['10k', '10km']]],
    ['alt="Mens-Team-2018-4x100" our 4x100 team', [['4x100', '4x100m Relay']]],
    ['ran the 13.1 miles around town', [['13.1 miles', 'Half Marathon']]],
    ['the sprint relay squad', [['sprint relay', '4x100m Relay']]],
    ['reaching 40k in 2:21:59', []],
    ['dropped out after 23 miles', []],
    ['a 100m euros budget', []],
    ['training at 2,400m altitude', []],
    ['A fast first mile (wind-assisted)', []],
    ['two laps (4 miles) of the hilly course', []],
    ['the record through 1200m', []],
    ['her first 10k race', [['10k', '10km']]],
    ['Irish record holder at 3km, 5km and 10km', [['3km', '3000m'], ['5km', '5km'], ['10km', '10km']]],
    ['the 50K Walk', [['50K Walk', '50km Race Walk']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('extractEvents: bare event numbers, athletes of an event, place names', () => {
  it.each([
    ['he won the 1500 in 3:35', [['1500', '1500m']]],
    ["she won the women's 100 hurdles in 13.09", [['100 hurdles', '100m Hurdles']]],
    ['the men’s 110 hurdles final', [['110 hurdles', '110m Hurdles']]],
    ['the 110 athletes in the race', []],
    ["the men's 5,000 final", [['5,000', '5000m']]],
    ['the 100 fans', []],
    ['the 2000 Olympics', []],
    ['the 400m hurdler Kemel Thompson', [['400m hurdler', '400m Hurdles']]],
    ['the metric mile', [['metric mile', '1500m']]],
    ['the 4x400-meter relay', [['4x400-meter relay', '4x400m Relay']]],
    ['the 1,500-meter run', [['1,500-meter', '1500m']]],
    ['whales on Ninety Mile Beach', []],
    ['trained at Mile End stadium', []],
    ['won the Emsley Carr Mile Race', [['Mile', 'Mile']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('extractEvents: lengths that are no event of the article, events named after a time or in contrast', () => {
  it.each([
    // a bare event number after its time and before a record word; "flat" set against the hurdles
    ['Ines Varga (4:05.20 1500 pb, 4th last year) is in the field', [['1500', '1500m']]],
    ['she ran a 2:01 800 and won', [['800', '800m']]],
    ['she added the hurdles title to the flat 400, which she had won', [['400', '400m']]],
    ['a flat 5000 people watched', []],
    // a time before "mile" names the event ("3:47.48 mile pb"); the seconds of a time are no count of miles
    ['Tamsin Roe (4:05.48 mile pb) is in the field', [['mile', 'Mile']]],
    ['she ran 6:30 miles all the way', []],
    // marks passed on the way, each with its time
    ['DNF Ines Varga 1K 2:55.0 - 2K 5:53.0', []],
    ['her bests: 800m 2:01.5 and 1500m 4:05.2', [['800m', '800m'], ['1500m', '1500m']]],
    // after cross country is named: its course, and a race over a distance that is no championship event
    ['The cross country title went to Varga. The team won on the 10,000-meter course. Roe was fifth in the 6,000-meter race.', [['cross country', 'Cross Country']]],
    ['The cross country title went to Varga. She then won the 10,000-meter race on the track.', [['cross country', 'Cross Country'], ['10,000-meter', '10000m']]],
    ['The team won on the 10,000-meter course.', [['10,000-meter', '10000m']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('extractEvents: a runner\'s first stretch with its time, in an article about a longer race', () => {
  it.each([
    ['She won the 5km in 15:18 and covered her first mile in a very fast 4:40.', [['5km', '5km']]],
    ['She won the 10km in 31:02, a year after her first marathon in 2:25:10.', [['10km', '10km'], ['marathon', 'Marathon']]],
    ['She covered her first mile in 4:40.', [['mile', 'Mile']]],
    ['She won the 5km in 15:18, her first mile race being years ago.', [['5km', '5km'], ['mile', 'Mile']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
