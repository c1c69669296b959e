import { describe, expect, it } from 'vitest';
import { mayStart, startMask, tokenize } from '../../../src/extract/competitions/tokens.js';

describe('startMask / mayStart (the prefilter before a word-table lookup)', () => {
  const mask = startMask(['olympic', 'world', 'games']);
  const slack = startMask(['millrose'], 1);
  it.each([
    [mask, 'olympic', true],
    [mask, 'world', true],
    [mask, 'worlds', false], // same first letter, no word of that length
    [mask, 'final', false],
    [mask, 'éire', true], // non-ASCII first letter: always looked up
    [slack, 'milrose', true], // one letter shorter: may be a misspelling
    [slack, 'millroose', true],
    [slack, 'milrse', false],
  ])('%#: %s', (m, w, expected) => {
    expect(mayStart(m, w)).toBe(expected);
  });
});

describe('tokenize', () => {
  it('a lower-case ASCII word is its own lower case; others are lower-cased', () => {
    const t = tokenize('the Olympic Zürich élan 10k', [{ start: 0, end: 27 }]);
    expect(t.map((x) => [x.text, x.lower, x.cap])).toEqual([
      ['the', 'the', false],
      ['Olympic', 'olympic', true],
      ['Zürich', 'zürich', true],
      ['élan', 'élan', false],
      ['10k', '10k', false],
    ]);
  });
});
