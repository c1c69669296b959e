/** The article's race: named only in the headline, and other editions of it named as "the 2023 race". */
import { describe, expect, it } from 'vitest';
import { performances } from './performances.js';

describe("the article's race", () => {
  it('a race named only in the headline is the race the body reports', () => {
    expect(performances('Valbruna Marathon: Varga wins\n\nInes Varga won the marathon test in Leeds on Sunday in 2:21:10, ahead of Tamsin Roe.')).toEqual(['Ines Varga | Marathon | 2:21:10 | Valbruna Marathon | 1 | -']);
  });

  it('a race named only in a caption is not', () => {
    const text = 'Varga wins in Leeds\n\nPhoto: Valbruna Marathon\n\nInes Varga won the marathon test in Leeds on Sunday in 2:21:10, ahead of Tamsin Roe.';
    expect(performances(text).every((p) => p.split(' | ')[3] === '-')).toBe(true);
  });

  it('"the 2023 race" is another edition: the article still names one race', () => {
    expect(performances('Tamsin Roe ran a fast 10km on Sunday.\n\nThe Valbruna 10K was quick this year. She had been second in the 2023 race.\n\nRhea Okafor of Kenya was second in 30:40.')).toEqual(['Rhea Okafor | 10km | 30:40 | Valbruna 10K | 2 | -']);
  });
});

describe('times compared with the all-time lists', () => {
  it('"only X has gone quicker": those times are not from the race reported', () => {
    const text = 'Ines Varga won the 400m at the Valbruna Invitational meeting in 50.93.\n\nOnly Tamsin Roe has gone quicker, setting the world record of 50.63 in 1995.';
    expect(performances(text)).toEqual(['Ines Varga | 400m | 50.93 | Valbruna Invitational | 1 | -', 'Tamsin Roe | 400m | 50.63 | - | - | WR']);
  });
});
