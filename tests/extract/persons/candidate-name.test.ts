/** candidateName's fast path (a plainly spaced name is its own name) must agree with the two replacements. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { candidateName } from '../../../src/extract/persons/group.js';
import type { Candidate } from '../../../src/extract/persons/candidates.js';
import type { Doc } from '../../../src/types.js';

const slow = (s: string) => s.replace(/\s["“‘'][^"“”‘’]{1,22}["”’']\s/u, ' ').replace(/\s+/g, ' ');
const PIECES = ['Armand', 'Mondo', 'É', 'ø', ' ', '  ', '\u00a0', '\t', '\u1680', '\u2009', '"', '“', '”', '‘', '’', "'", '.', '-', 'J.'];

function nameOf(text: string): string {
  const c = { start: 0, end: text.length, bracketed: false, tokens: [] } as unknown as Candidate;
  return candidateName({ text } as Doc, c);
}

describe('candidateName', () => {
  test.each([['Josh Kerr', 'Josh Kerr'], ['Armand "Mondo" Duplantis', 'Armand Duplantis'], ['Mo\u00a0Farah', 'Mo Farah']])('%j', (text, name) => {
    expect(nameOf(text)).toBe(name);
  });

  test('agrees with the replacements on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }), (ps) => {
        const text = ps.join('');
        expect(nameOf(text)).toBe(slow(text));
      }),
      { numRuns: 3000 },
    );
  });
});
