/**
 * The char-code word scan must split and fold exactly as the regex it replaces (WORD_PATTERN + fold):
 * random strings over ASCII, accented and astral letters, combining marks, curly quotes and apostrophes.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sentenceWords, startsCapital, WORD_PATTERN } from '../../../src/extract/persons/sentence-words.js';
import { fold } from '../../../src/util/text.js';

function byRegex(text: string, from: number, to: number) {
  const out = { keys: [] as string[], starts: [] as number[], caps: [] as boolean[] };
  const re = new RegExp(WORD_PATTERN.source, WORD_PATTERN.flags);
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    out.keys.push(fold(m[0]));
    out.caps.push(/^\p{Lu}/u.test(m[0]));
    out.starts.push(m.index);
  }
  return out;
}

const PIECES = ['a', 'Z', 'é', 'É', 'ø', 'Ł', '9', '²', "'", '’', '-', '\u0301', '𝐀', '𐐀', '\ud800', ' ', ',', '.', '“', '”', '"', '(', '`', 'ß', 'İ', '\u00a0', '…', 'x'.repeat(29), 'Y'.repeat(31)];

describe('sentenceWords', () => {
  test.each([
    ['Josh Kerr, 26, won.', ['josh', 'kerr', ',', '26', ',', 'won', '.']],
    ["Kerr’s coach O'Neill", ["kerr's", 'coach', "o'neill"]],
    ['“Great,” said Ødegaard', ['“', 'great', ',', '”', 'said', 'odegaard']],
  ])('%s', (text, keys) => {
    expect(sentenceWords(text, 0, text.length).keys).toEqual(keys);
  });

  test('agrees with the regex on random text, from any start to any end', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.nat(), fc.nat(), (ps, a, b) => {
        const text = ps.join('');
        const from = text.length ? a % (text.length + 1) : 0;
        const to = from + (b % (text.length - from + 1));
        // (a start inside a surrogate pair is not a sentence start)
        if (/[\udc00-\udfff]/.test(text[from] ?? '')) return;
        const sw = sentenceWords(text, from, to);
        const caps = sw.starts.map((at) => startsCapital(text, at));
        expect({ ...sw, caps }).toEqual(byRegex(text, from, to));
      }),
      { numRuns: 3000 },
    );
  });
});
