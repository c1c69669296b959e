import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/extract/quotes/index.js';
import { doc, persons } from './helpers.js';

const pieces = ['"', '“', '”', "'", '‘', '’', ' ', '\n\n', '.', ',', ':', 'said', 'Kerr', 'he', 'I am ready', 'to go', '<a href="x">', '](y "t")', '«', '»', '-', '—'];

describe('extractQuotes: properties on arbitrary text', () => {
  it('never throws; spans and parts lie in the text; text is the parts joined by one space', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }), (arr) => {
        const body = arr.join('');
        const p = persons(body, [{ name: 'Josh Kerr', forms: ['Kerr'] }], body.includes(' he ') ? [{ text: 'he', person: 0 }] : []);
        for (const q of extractQuotes(doc(body), p)) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(body.length);
          expect(q.parts.length).toBeGreaterThan(0);
          for (const part of q.parts) {
            expect(part.start).toBeGreaterThanOrEqual(q.start);
            expect(part.end).toBeLessThanOrEqual(q.end);
          }
          expect(q.text).toBe(q.parts.map((s) => body.slice(s.start, s.end)).join(' '));
          expect(q.speaker === null || (q.speaker >= 0 && q.speaker < p.persons.length)).toBe(true);
          if (q.speaker !== null) expect(q.speakerName).toBeNull();
        }
      }),
      { numRuns: 500 },
    );
  });
});
