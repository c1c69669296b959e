/** Times in lists and shared times: bare decimals a list or a name makes results, one time several runners share, marks of field events. */
import { describe, expect, it } from 'vitest';
import { performances } from './performances.js';

describe('times in lists and shared times', () => {
  it.each([
    [
      'names listed before "respectively" pair with the times after a pronoun',
      'Tamsin Roe won the 400m hurdles in 52.10. Behind her, Ines Varga and NCAA champion Rhea Okafor ran 52.64 and 52.77 respectively.',
      ['Ines Varga | 400m Hurdles | 52.64 | - | 2 | -', 'Rhea Okafor | 400m Hurdles | 52.77 | - | 3 | -', 'Tamsin Roe | 400m Hurdles | 52.10 | - | 1 | -'],
    ],
    [
      'a bare decimal after a name and its bracketed country',
      'Tamsin Roe won the 400m hurdles in 47.12. The second was Ines Varga (France) in 48.56.',
      ['Ines Varga | 400m Hurdles | 48.56 | - | 2 | -', 'Tamsin Roe | 400m Hurdles | 47.12 | - | 1 | -'],
    ],
    [
      'two runners "both of" one time',
      'Tamsin Roe won the 400m hurdles in 48.10, with Ines Varga and Rhea Okafor both of 48.79.',
      ['Ines Varga | 400m Hurdles | 48.79 | - | - | -', 'Rhea Okafor | 400m Hurdles | 48.79 | - | - | -', 'Tamsin Roe | 400m Hurdles | 48.10 | - | 1 | -'],
    ],
    [
      '"the same time as" another runner, who shares no stated place',
      'Tamsin Roe was fifth in the 100m in 11.06 seconds, the same time as Ines Varga.',
      ['Ines Varga | 100m | 11.06 | - | - | -', 'Tamsin Roe | 100m | 11.06 | - | 5 | -'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(performances(text)).toEqual(expected);
  });

  it('bare decimals after a year in a list of wins are times', () => {
    const text = 'Ines Varga has won the Valbruna Games 400m hurdles three times, in 2020 in 53.10, in 2021 in 53.08 and in 2023 in 52.51.';
    expect(performances(text).map((p) => p.split(' | ').slice(0, 3).join(' | '))).toEqual(['Ines Varga | 400m Hurdles | 52.51', 'Ines Varga | 400m Hurdles | 53.08', 'Ines Varga | 400m Hurdles | 53.10']);
  });

  it('a bare decimal in a sentence about a field event is a mark, not a time', () => {
    expect(performances('Tamsin Roe won the 400m hurdles in 47.12.\nThere was a surprise in the discus when Ines Varga threw 68.28 but was beaten by Rhea Okafor with 69.78.')).toEqual(['Tamsin Roe | 400m Hurdles | 47.12 | - | 1 | -']);
  });
});

describe('who ran a time: objects, holders and marks', () => {
  it.each([
    ['a rival after "stole the show from" and a title is an object', 'Kenya’s Ines Varga stole the show from two-time defending champion Tamsin Roe at the Valbruna Marathon to win in a course record of 2:19:16.', 'Ines Varga | Marathon | 2:19:16'],
    ['a rival after "head-to-head record with" is an object', 'Ines Varga, the world 10,000m bronze medallist, equalised her head-to-head record with Tamsin Roe, holding off the world champion to win the 10,000m in 31:25.00.', 'Ines Varga | 10000m | 31:25.00'],
    ['a record "held until then by" someone', 'Ines Varga bettered the previous 100m world record of 10.71 seconds held until then by Tamsin Roe of the US.', 'Tamsin Roe | 100m | 10.71'],
  ])('%s', (_name, text, expected) => {
    expect(performances(text).map((p) => p.split(' | ').slice(0, 3).join(' | '))).toContain(expected);
  });

  it('a record mark named after the subject\'s own time has no runner: it is left out', () => {
    expect(performances('Ines Varga ran 4:25.13 to win the NCAA mile title and smash a nine-year-old championship record of 4:27.18.').map((p) => p.split(' | ')[2])).toEqual(['4:25.13']);
  });

  it('"in a meeting record of" after another time is the runner\'s own time', () => {
    expect(performances('Ines Varga won the 400m hurdles at the Valbruna Games three times, in 2020 in 53.10 and 2023 in a meeting record of 52.51.').map((p) => p.split(' | ')[2]).sort()).toEqual(['52.51', '53.10']);
  });

  it('a title in apposition gives no place', () => {
    expect(performances('Ines Varga, the world 10,000m bronze medallist, won the 10,000m at the Valbruna Games in 31:25.00.')[0]?.split(' | ')[4]).toBe('1');
  });
});
