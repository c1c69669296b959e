/** The fast paths of foldWord and nameKey must give what the shared fold and identityKey give. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldWord, nameKey } from '../../../src/extract/persons/fold-word.js';
import { fold, identityKey } from '../../../src/util/text.js';

const PIECES = ['a', 'Z', 'Kerr', '9', ' ', '  ', "'", "'s", '’s', '-', '.', '`', 'é', 'Ø', '\t', '\u00a0', '"', '“', 'x'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((ps) => ps.join(''));

describe('fold-word', () => {
  test.each([['Josh Kerr', 'josh kerr'], ["Kerr's", 'kerr'], [' Mo  Farah ', 'mo farah'], ['Ødegaard', 'odegaard'], ['J.J. Watt', 'j j watt']])('nameKey(%j)', (s, key) => {
    expect(nameKey(s)).toBe(key);
  });

  test('agree with fold and identityKey on random text', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(foldWord(s)).toBe(fold(s));
        expect(nameKey(s)).toBe(identityKey(s));
      }),
      { numRuns: 3000 },
    );
  });
});
