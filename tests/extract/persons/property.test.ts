/**
 * Properties over random text made of name-like words, role words, pronouns, quotes and punctuation:
 * the stage never throws, every mention and reference points at the text it names, references point at
 * existing persons, and the result does not depend on anything but the text.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractPersons } from '../../../src/extract/persons/index.js';
import { docOf, lex } from './helpers.js';

const WORDS = ['Josh', 'Kerr', "Kerr's", 'El', 'Guerrouj', 'the', 'The', 'Kenyan', 'Norwegian', 'champion', 'coach', 'said', 'he', 'she',
  'her', 'him', 'won', 'in', '3:29.38', ',', '.', '"', '“', '”', '(', ')', '**', 'Dr', 'Sir', 'Britain\'s', 'and', '26', '-', 'Will',
  'Ferguson', 'World', 'Championships', 'latter', 'the 29-year-old', '\n\n', 'J.J.', 'Ward-coached', 'Olympic', 'Mo', 'Farah'];

const body = fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((ws) => ws.join(' '));

describe('properties', () => {
  test('spans are exact, references point at persons, the same text gives the same result', () => {
    fc.assert(
      fc.property(body, (text) => {
        const doc = docOf(text);
        const r = extractPersons(doc, lex());
        for (const p of r.persons) {
          expect(p.mentions.length).toBeGreaterThan(0);
          for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(p.full).toBe(p.name.includes(' ') && !/^(?:el|de|van|von|da|di|le|la) /i.test(p.name));
        }
        for (const x of r.refs) {
          expect(text.slice(x.start, x.end)).toBe(x.text);
          expect(r.persons[x.person]).toBeDefined();
        }
        expect(extractPersons(docOf(text), lex())).toEqual(r);
      }),
      { numRuns: 300 },
    );
  });

  test('empty and blank texts give nothing', () => {
    for (const text of ['', ' ', '\n\n', '"', '**']) expect(extractPersons(docOf(text), lex())).toEqual({ persons: [], refs: [] });
  });
});
