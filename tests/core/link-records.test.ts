/** Records read beyond a time's own clause: a bare "record" named before, a road race's course record, a record broken whose mark follows. */
import { describe, expect, it } from 'vitest';
import { performances } from './performances.js';

describe('records beyond the clause', () => {
  it.each([
    [
      'a bare "record" is the kind named last before it (the sentence before, in its paragraph)',
      'Ines Varga missed the world record in the 3000m steeplechase by a whisker. She ran 8:44.39, just shy of the record of 8:44.32 set by Tamsin Roe in 2018.',
      ['Ines Varga | 3000m Steeplechase | 8:44.39 | - | - | -', 'Tamsin Roe | 3000m Steeplechase | 8:44.32 | - | - | WR'],
    ],
    [
      'a bare record in a road race with no kind named is its course record',
      'Ines Varga won the Valbruna Marathon on Sunday, in a record of 2:19:55.',
      ['Ines Varga | Marathon | 2:19:55 | Valbruna Marathon | 1 | CR'],
    ],
    [
      'a time that surpasses a record whose mark follows holds that record too',
      'Ines Varga won the Valbruna Marathon in 2:19:55, surpassing Tamsin Roe\'s 2011 record of 2:20:06.',
      ['Ines Varga | Marathon | 2:19:55 | Valbruna Marathon | 1 | CR', 'Tamsin Roe | Marathon | 2:20:06 | Valbruna Marathon | - | CR'],
    ],
    [
      'a record holder is a title of a person, not a record of a time',
      'Ines Varga won the 1500m at the Valbruna Games in 4:01.20 ahead of world record holder Tamsin Roe.',
      ['Ines Varga | 1500m | 4:01.20 | Valbruna Games | 1 | -'],
    ],
    [
      'a code written onto a time in a results table is read',
      'Women\'s 3000m steeplechase at the Valbruna Games:\n\n| 1 | Ines Varga | 9:04.93NR PB |',
      ['Ines Varga | 3000m Steeplechase | 9:04.93 | Valbruna Games | 1 | NR,PB'],
    ],
    [
      'a "personal record" is a personal best, a "debut record" no national record',
      'Ines Varga ran a personal record of 4:01.20 in the 1500m. Tamsin Roe ran the marathon in 2:25:10, a US debut record.',
      ['Ines Varga | 1500m | 4:01.20 | - | - | PB', 'Tamsin Roe | Marathon | 2:25:10 | - | - | -'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(performances(text)).toEqual(expected);
  });

  it.each([
    ['a club\'s record is no course record', 'Ines Varga ran the Valbruna Marathon in 2:59:10 and broke the club\'s record for the distance.'],
    ['a bare record on the track with no kind named', 'Ines Varga won the 1500m at the Valbruna Games, breaking the record with 4:01.20.'],
  ])('no official record: %s', (_name, text) => {
    expect(performances(text).every((p) => !/\b(?:WR|AR|ER|NR|CR|MR)\b/.test(p.split(' | ')[5]!))).toBe(true);
  });
});

describe('records stated apart from the time', () => {
  it.each([
    ['"It was a … record for X" in the next paragraph', 'Tamsin Roe won the 60m at the Valbruna Indoor meeting. She clocked 7.10 to go third on the all-time list.\n\nIt was a Welsh record for Roe and also a European leading mark.', 'NR'],
    ['"X set a world seasonal lead, a meeting record"', 'Tamsin Roe won the 800m at the Valbruna Games in 1:57.11.\n\nRoe set a world seasonal lead, a league record, a meeting record.', 'MR,WL'],
    ['a record said of another year is not this time\'s', 'Tamsin Roe won the 800m at the Valbruna Games in 1:57.11.\n\nRoe set a meeting record in 2019.', '-'],
  ])('%s', (_name, text, records) => {
    expect(performances(text)[0]?.split(' | ')[5]).toBe(records);
  });
});

describe('records of lists and clauses', () => {
  it('a plural record phrase before a list of times is each one\'s', () => {
    expect(performances('Behind her, Ines Varga and Rhea Okafor ran PBs of 52.64 and 52.77 respectively in the 400m hurdles.')).toEqual(['Ines Varga | 400m Hurdles | 52.64 | - | - | PB', 'Rhea Okafor | 400m Hurdles | 52.77 | - | - | PB']);
  });
  it('"the official record of" is the record named before it', () => {
    expect(performances('Ines Varga broke the world indoor record in the 400m with 50.49, faster than the official record of 50.57 run by Tamsin Roe.')).toContain('Tamsin Roe | 400m | 50.57 | - | - | WR');
  });
  it('"and he was followed by athletes achieving national records" is another clause', () => {
    expect(performances('Tom Lind clocked a PB of 3:28.36 in the 1500m for third place and he was followed by a host of athletes achieving national records.')).toEqual(['Tom Lind | 1500m | 3:28.36 | - | 3 | PB']);
  });
});

describe('a best bettered from one mark to another', () => {
  it('both marks were bests; the old one is from a race the article does not name', () => {
    expect(performances('Ines Varga won the Valbruna 5km in a course record and improved her best all the way from 15:42 to 15:18.')).toEqual(['Ines Varga | 5km | 15:18 | Valbruna 5km | 1 | PB', 'Ines Varga | 5km | 15:42 | - | - | PB']);
  });
  it('a place in a race of another year is no place', () => {
    expect(performances('In the field at the Valbruna Games is Ines Varga (3:30.20 1500 pb, 4th at 2022 Worlds).').map((p) => p.split(' | ')[4])).toEqual(['-']);
  });
});
