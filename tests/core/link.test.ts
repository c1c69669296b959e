import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { performances } from './performances.js';


describe('linkPerformances', () => {
  it.each([
    [
      'a time with its athlete, event and competition in one sentence',
      'Josh Kerr won the 3000m at the World Athletics Indoor Championships in Glasgow in 7:42.98.',
      ['Josh Kerr | 3000m | 7:42.98 | World Athletics Indoor Championships | 1 | -'],
    ],
    [
      'the event decides the reading of a typo time',
      'Josh Kerr clocked 3:29:38 to win the 1500m final.',
      ['Josh Kerr | 1500m | 3:29.38 | - | 1 | -'],
    ],
    [
      'a name in parentheses before its time',
      'In the 600m, Jane Holloway (1.53.4) and Mary Pickford (1.54.7) both ran well.',
      ['Jane Holloway | 600m | 1:53.4 | - | - | -', 'Mary Pickford | 600m | 1:54.7 | - | - | -'],
    ],
    [
      'respectively pairs names and times in order',
      'Jane Holloway and Mary Pickford ran in the 100m, clocking 16.6 and 18.8 respectively.',
      ['Jane Holloway | 100m | 16.6 | - | - | -', 'Mary Pickford | 100m | 18.8 | - | - | -'],
    ],
    [
      'an object of "followed" did not run the time',
      'The 1500m was the main race. Rachel Vines followed Paul Lockyer home, running a PB time of 4.59.9.',
      ['Rachel Vines | 1500m | 4:59.9 | - | - | PB'],
    ],
    [
      'the event of another race named in the sentence is not this time\'s event',
      'Ferguson flies again.\n\nOn Sunday the annual Bourton 10k drew a big field and Will Ferguson won in 32:17.8. Will Pearce came home in 38:14.4, a week after the Wokingham Half Marathon.',
      ['Will Ferguson | 10km | 32:17.8 | Bourton 10k | 1 | -', 'Will Pearce | 10km | 38:14.4 | Bourton 10k | - | -'],
    ],
    [
      'a record phrase gives the record code and an indoor world record the venue',
      'Josh Kerr broke the indoor world record in the two-mile, clocking 8:00.67 at the Millrose Games.',
      ['Josh Kerr | 2 Miles | 8:00.67 | Millrose Games | - | WR'],
    ],
    [
      'a race still to come is not where an earlier time was run',
      'Grant Holloway won the 60m hurdles at the USATF Indoor Championships in 7.27 seconds.\n\nHe will now head to the World Indoor Championships next month.\n\nEarlier in the evening, Yared Nuguse ran the mile in 3:46.63.',
      ['Grant Holloway | 60m Hurdles | 7.27 | USATF Indoor Championships | 1 | -', 'Yared Nuguse | Mile | 3:46.63 | USATF Indoor Championships | - | -'],
    ],
    [
      'a competition named inside a quote is a wish, not the race',
      'Justin Gatlin won the 100m final in 9.87 seconds. "My goal - I\'m going to win the worlds," said Maurice Greene.\n\nGatlin also ran 9.89 in the 100m heats.',
      ['Justin Gatlin | 100m | 9.87 | - | 1 | -', 'Justin Gatlin | 100m | 9.89 | - | - | -'],
    ],
    [
      'a possessive owner takes the time even in object position ("to beat the great Brit\'s 8:03.40")',
      'Mo Farah set the mark in 2015. Josh Kerr clocked 8:00.67 in the two-mile to beat the great Brit\'s 8:03.40.',
      ['Josh Kerr | 2 Miles | 8:00.67 | - | - | -', 'Mo Farah | 2 Miles | 8:03.40 | - | - | -'],
    ],
    [
      'a place with an adjective between the verb and the ordinal',
      'Lilian Rengeruk finished a distant second in the 10,000m in 29:26.89.',
      ['Lilian Rengeruk | 10000m | 29:26.89 | - | 2 | -'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(performances(text)).toEqual(expected);
  });

  it.each([
    ['a time implausible for every event named', 'Josh Kerr ran the 100m in 3:29.38.'],
    ['a relay time is not one runner\'s', 'Mark Lewis-Francis anchored the 4x100m relay team home in 38.07 seconds.'],
    ['a clock time', 'Kelly Holmes will start the 800m at 7.30pm on Saturday.'],
    ['a bare number without a race', 'Kelly Holmes is 34.5 and lives in Kent.'],
    ['a time only in a related-story line', 'Noah Lyles won the 100m in Paris.\n\nALSO READ: Noah Lyles opens his season with 6.48 in the 60m'],
  ])('no performance: %s', (_name, text) => {
    expect(performances(text)).toEqual([]);
  });

  it('venue indoor from the record phrase', () => {
    const { facts } = extractText('Josh Kerr broke the indoor world record in the two-mile, clocking 8:00.67 at the Millrose Games.');
    expect(facts.performances[0]?.venue).toBe('indoor');
  });
});
