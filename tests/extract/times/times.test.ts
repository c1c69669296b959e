import { describe, expect, it } from 'vitest';
import type { Doc, TimeMention } from '../../../src/types.js';
import { NO_LOG } from '../../../src/rules/log.js';
import { chooseReading, extractTimes, plausibleSeconds } from '../../../src/extract/times/index.js';
import { NOTATIONS } from '../../../src/extract/times/model.js';
import { extractEvents, loadEventLexicon } from '../../../src/extract/events/index.js';

const doc = (text: string): Doc => ({
  articleId: 'a_test', source: 'test.txt', text, title: null, publishedAt: null, year: null,
  blocks: [{ start: 0, end: text.length, kind: 'paragraph', index: 0 }],
  sentences: [{ start: 0, end: text.length, block: 0 }],
  log: NO_LOG,
});
const times = (text: string) => extractTimes(doc(text));
const eventLexicon = loadEventLexicon();
/** The event as the events stage reads its canonical name (plausibility reads the mention's fields). */
const ev = (name: string | null) => {
  if (name === null) return null;
  const e = extractEvents(doc(name), eventLexicon)[0];
  if (!e || e.name !== name) throw new Error(`no event reads as ${name}`);
  return e;
};

describe('extractTimes: notations', () => {
  // text, raw, readings (seconds, most likely first), weak
  it.each<[string, string, number[], boolean]>([
    ['won in 3:29.38 ahead of', '3:29.38', [209.38], false],
    ['won the 1500m in 3:29:38 on', '3:29:38', [12578, 209.38], false],
    ['clocking 7:42:98s to win', '7:42:98s', [462.98], false],
    ['in 8 minutes and 0.67 seconds', '8 minutes and 0.67 seconds', [480.67], false],
    ['won the marathon in 2:15:25.', '2:15:25', [8125, 135.25], false],
    ['ran 9.58sec in Berlin', '9.58sec', [9.58], false],
    ['ran 9.58s in Berlin', '9.58s', [9.58], false],
    ['a time of 13.1 seconds', '13.1 seconds', [13.1], false],
    ['clocked 7.96 seconds to win', '7.96 seconds', [7.96], false],
    ['clocked 10.04secs when', '10.04secs', [10.04], false],
    ['Sam Smith 4.18.1 for', '4.18.1', [258.1], false],
    ['a solid 15.15.09 in the 5000m', '15.15.09', [915.09], false],
    ['ran 1.29.28 in the half', '1.29.28', [89.28, 5368], false],
    ['finished in 1:29:00 dead', '1:29:00', [5340, 89], false],
    ['crossed in 1:00:03.0.', '1:00:03.0', [3603], false],
    ['clocked 44:43, Edward', '44:43', [2683], false],
    ['in two hours, three minutes and 23 seconds', 'two hours, three minutes and 23 seconds', [7403], false],
    ['in 14 minutes 32.93 seconds to', '14 minutes 32.93 seconds', [872.93], false],
    ['in one minute, 47.96 seconds.', 'one minute, 47.96 seconds', [107.96], false],
    ['time of one minute 46.68seconds in', 'one minute 46.68seconds', [106.68], false],
    ['eight minutes, 04.69 seconds', 'eight minutes, 04.69 seconds', [484.69], false],
    ['(1.53.4) and', '1.53.4', [113.4], false],
    ['ran 2:15 hours for', '2:15', [8100, 135], false],
    ['ran 14:32.93 min in', '14:32.93', [872.93], false],
    ['in three minutes 49.89 to win', 'three minutes 49.89', [229.89], false],
    ['in 1min 45.32, a best', '1min 45.32', [105.32], false],
    ['his 12:35.36 mark still stands', '12:35.36', [755.36], false],
    ['in 3 min. 29.38 sec. to', '3 min. 29.38 sec', [209.38], false],
    ['Smith 16.6 and', '16.6', [16.6], true],
    ['Smith ran 16.6 and', '16.6', [16.6], false],
    ['clocked 47.66 to win', '47.66', [47.66], false],
    ['won in 7.27 ahead of', '7.27', [7.27, 447], false],
    ['a personal best of 44.93 in', '44.93', [44.93], false],
    ['Lyles 9.79 (+0.6) and', '9.79', [9.79], false],
    ['a lap 73.20 and', '73.20', [73.2], true],
    ['Smith 6.19 for', '6.19', [6.19, 379], true],
    ['won in 9.87 seconds ahead of Greene', '9.87 seconds', [9.87], false],
    ['he ran 32 minutes flat', '32 minutes', [1920], true],
  ])('%s', (text, raw, seconds, weak) => {
    const found = times(text);
    expect(found.map((t) => t.raw)).toEqual([raw]);
    const t = found[0]!;
    expect(text.slice(t.start, t.end)).toBe(raw);
    expect(t.readings.map((r) => r.seconds)).toEqual(seconds);
    expect(t.weak ?? false).toBe(weak);
    expect(NOTATIONS.map((n) => n.id)).toContain(t.rule);
  });

  it('displays readings in athletics notation', () => {
    const d = (text: string) => times(text)[0]!.readings.map((r) => r.display);
    expect(d('in 3:29:38 on')).toEqual(['3:29:38', '3:29.38']);
    expect(d('in 8 minutes and 0.67 seconds')).toEqual(['8:00.67']);
    expect(d('ran 9.58s')).toEqual(['9.58']);
    expect(d('in 1:00:03.0 at')).toEqual(['1:00:03.0']);
    expect(d('ran 4.18.1 for')).toEqual(['4:18.1']);
  });
});

describe('extractTimes: not times', () => {
  it.each([
    ['on 19/07/2017 at the track'],
    ['published 2024-05-16'],
    ['dated 19.07.2017 in'],
    ['on Sunday 17.03.18 at Sutton Park'],
    ['held on 09.01.16 in'],
    ['won 2-1 at home'],
    ['the 26-year-old'],
    ['start at 1200 GMT on Saturday'],
    ['kick-off at 7.30pm tonight'],
    ['the 19:30 GMT start'],
    ['a two-year ban'],
    ['ran for 3.5 hours'],
    ['won in 4.5 minutes'],
    ['a £1.5m deal'],
    ['jumped 17.30m at'],
    ['cleared 4.91m to win'],
    ['cleared 2.05 metres'],
    ['10 times out of 10'],
    ['up 12.5% on last year'],
    ['in 2004 and 2005'],
    ['just outside 32 minutes'],
    ['ran under 10 seconds'],
    ['the sub-3:30 barrier'],
    ['won by 0.19secs from'],
    ['finished 0.02 seconds behind Gatlin'],
    ['ran 1.22 seconds faster than'],
    ['in the 48 hours before the final'],
    ['his 2:30:00 target'],
    ['the whole field running 3:32.25 or faster'],
    ['a pace of 6:19 a mile'],
    ['legs of 5.35 miles'],
    ['a wind of +1.5 and'],
    ['ratio 1:1 here'],
    ['his ambitious target time of 2:30:00. Not'],
    ['close to the 9:05.00 qualifying mark'],
    ['broke the 4:00 mark'],
    ['reaching 40k in 2:21:59. With'],
    ['just 21 seconds shy of the record'],
    ['the race starts at 19:30 on'],
    ['doors open from 7.30 tonight'],
    ['video 0:00 / 0:00'],
    ['running 7:30 min/mile pace'],
    ['some 20 seconds later'],
    ['between 3:30 and'],
  ])('%s', (text) => {
    expect(times(text).map((t) => t.raw)).toEqual([]);
  });
});

describe('plausibleSeconds and chooseReading', () => {
  it.each<[number, string | null, boolean]>([
    [9.58, '100m', true],
    [9.4, '100m', false],
    [25.5, '100m', false],
    [209.38, '1500m', true],
    [12578, '1500m', false],
    [7403, 'Marathon', true],
    [3600 * 7.5, 'Marathon', true],
    [209.38, 'Marathon', false],
    [2683, '10km', true],
    [3603, '10km', true],
    [6001, '10km', false],
    [113.4, '600m', true],
    [50, '300m Hurdles', true],
    [95, '300m Hurdles', true], // barriers (the mention's field) make the slowest believable time slower
    [95, '300m', false],
    [1800, '50km', false],
    [12000, '50km', true],
    [900, '5 Miles', false],
    [78.6, '4x200m Relay', true],
    [30.8, '300m', true],
    [59.4, '500m', true],
    [755.36, '5000m', true],
    [630, '3000m Race Walk', true],
    [2100, '5 Miles', true],
    [30, 'Pole Vault', false],
    [3, null, false],
    [209.38, null, true],
  ])('%s s in %s → %s', (s, event, ok) => {
    expect(plausibleSeconds(s, ev(event))).toBe(ok);
  });

  const one = (text: string): TimeMention => times(text)[0]!;
  it('picks the reading the event makes plausible', () => {
    expect(chooseReading(one('in 3:29:38 on'), ev('1500m'))?.display).toBe('3:29.38');
    expect(chooseReading(one('in 8:03:40 on'), ev('2 Miles'))?.display).toBe('8:03.40');
    expect(chooseReading(one('in 2:15:25 on'), ev('Marathon'))?.display).toBe('2:15:25');
    expect(chooseReading(one('ran 1.29.28 in'), ev('Half Marathon'))?.display).toBe('1:29:28');
    expect(chooseReading(one('ran 1.29.28 in'), ev('800m'))).toBeNull();
    expect(chooseReading(one('ran 1.47.34 in'), ev('800m'))?.seconds).toBe(107.34);
    expect(chooseReading(one('ran 16.6 in'), ev('100m'))?.seconds).toBe(16.6);
    expect(chooseReading(one('ran 16.6 in'), ev('Marathon'))).toBeNull();
    expect(chooseReading(one('in 3:29:38 on'), ev(null))?.display).toBe('3:29:38');
  });
});

describe('extractTimes: shapes read since the web gold (invented sentences)', () => {
  const one = (text: string) => {
    const t = times(text);
    if (t.length !== 1) throw new Error(`expected one time in ${text}, got ${t.map((x) => x.raw).join(', ')}`);
    return t[0]!;
  };
  it.each<[string, string, number, boolean]>([
    // a decimal comma after minutes and seconds (European notation)
    ['she won the 1500m in 3:59,10 in Rome', '3:59,10', 239.1, false],
    // a number joined to its unit by a hyphen
    ['she was fourth in 28-minutes, 59.7 seconds', '28-minutes, 59.7 seconds', 1739.7, false],
    ['her 8.01-second run in the semi-final', '8.01-second', 8.01, false],
    // a round number of seconds made precise by "exactly" or a result phrase; alone it stays weak
    ['she completed the race in exactly 50 seconds', '50 seconds', 50, false],
    ['Roe was third in 10 seconds', '10 seconds', 10, false],
    ['she rested for 50 seconds', '50 seconds', 50, true],
    // "est…" after a time is no time zone
    ['the previous lead of 10.71 seconds established a day earlier', '10.71 seconds', 10.71, false],
    // a best improved "from" a time is no time of day
    ['he improved his best all the way from 13:43 to a new mark', '13:43', 823, false],
    // a colon time before "mile" is a mile time
    ['Varga (3:47.48 mile pb) is in the field', '3:47.48', 227.48, false],
  ])('%s', (text, raw, seconds, weak) => {
    const t = one(text);
    expect([t.raw, t.readings[0]!.seconds, t.weak ?? false]).toEqual([raw, seconds, weak]);
  });

  it.each([
    'after a 10-minute drive to the track',
    'a batch of 1 hour, 40-minute finishers',
    'the race starts from 13:30 on Sunday',
    'she went through in a 4:49 mile split',
    'she ran 6:30 miles on her long run',
  ])('reads no time in %s', (text) => {
    expect(times(text).map((t) => t.raw)).toEqual([]);
  });

  it('reads "2:11.40" as 2:11:40 only for a race run in hours, where the minutes reading is no time for it', () => {
    const t = one('he won in 2:11.40 on Sunday');
    expect(t.readings.map((r) => r.seconds)).toEqual([131.4]);
    expect(chooseReading(t, ev('Marathon'))?.display).toBe('2:11:40');
    expect(chooseReading(t, ev('800m'))?.seconds).toBe(131.4);
    expect(chooseReading(t, ev(null))?.seconds).toBe(131.4);
    expect(chooseReading(one('he won in 1:01.40 on Sunday'), ev('Half Marathon'))?.display).toBe('1:01:40');
  });
});

describe('extractTimes: order, spans, hostile input', () => {
  it('returns every time in text order with exact spans', () => {
    const text = 'Kerr ran 3:29.38, Nuguse 3:29.65 and Hocker 14 minutes 1.5 seconds.';
    expect(times(text).map((t) => [t.start, t.end, t.raw])).toEqual([
      [9, 16, '3:29.38'],
      [25, 32, '3:29.65'],
      [44, 66, '14 minutes 1.5 seconds'],
    ]);
  });

  it('stays linear on hostile input', () => {
    const hostile = ['9'.repeat(1_000_000), '1:'.repeat(200_000), '1.'.repeat(200_000), '"'.repeat(100_000), 'Word '.repeat(10_000), '1 seconds '.repeat(50_000), '3:29.38 '.repeat(50_000)];
    for (const text of hostile) {
      const t0 = performance.now();
      times(text);
      expect(performance.now() - t0).toBeLessThan(3000);
    }
  });
});
