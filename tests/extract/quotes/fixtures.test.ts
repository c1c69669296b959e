/**
 * Whole articles from fixtures/articles (see fixtures/ATTRIBUTION.md) with persons built by hand, as the
 * persons stage would give them: every quote, its speaker and outlet, pinned.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/extract/quotes/index.js';
import { doc, persons, type PersonSpec } from './helpers.js';

const article = (rel: string) => readFileSync(fileURLToPath(new URL(`../../../fixtures/articles/${rel}`, import.meta.url)), 'utf8');

function summary(rel: string, specs: PersonSpec[]) {
  const body = article(rel);
  const p = persons(body, specs);
  return extractQuotes(doc(body), p).map((q) => [q.text.slice(0, 40), q.speaker === null ? q.speakerName : p.persons[q.speaker]!.name, q.outlet]);
}

describe('quotes of fixture articles', () => {
  it('bbcsport-athletics/013 (said X, X said, collapsed break, added X)', () => {
    expect(summary('bbcsport-athletics/013.txt', [{ name: 'Susan Chepkemei', forms: ['Susan Chepkemei', 'Chepkemei'] }, { name: 'Isaiah Kiplagat', forms: ['Isaiah Kiplagat', 'Kiplagat'], role: 'official' }, { name: 'Edith Masai', forms: ['Edith Masai', 'Masai'] }])).toEqual([
      ['We have withdrawn the ban. Chepkemei has', 'Isaiah Kiplagat', null],
      ['She explained she had a contract with th', 'Isaiah Kiplagat', null],
      ['I am satisfied that the whole saga has b', 'Susan Chepkemei', null],
      ['I am ready and prepared to represent my ', 'Susan Chepkemei', null],
      ["Subject to our doctor's confirmation, we", 'Isaiah Kiplagat', null],
    ]);
  });

  it('bbcsport-athletics/004 (an unnamed spokesman, a scare quote)', () => {
    expect(summary('bbcsport-athletics/004.txt', [{ name: 'Lamine Diack', forms: ['Lamine Diack', 'Diack'], role: 'official' }, { name: 'Frankie Fredericks' }])).toEqual([
      ['Nothing was decided to change things - i', null, null],
      ['Getting everyone together gave us a lot ', null, null],
      ['I am very happy to see you all, members ', 'Lamine Diack', null],
      ['We are the leading Federation in this fi', 'Lamine Diack', null],
    ]);
  });

  it('seeds/001 (mismatched marks, a paragraph-level unattributed quote, outlet carried)', () => {
    expect(summary('seeds/001_3f011b3967878edc.txt', [{ name: 'Josh Kerr', forms: ['Josh Kerr', 'Kerr'] }, { name: 'Jakob Ingebrigtsen', forms: ['Jakob Ingebrigtsen', 'Ingebrigtsen'] }, { name: 'Mo Farah' }, { name: 'Yared Nuguse', forms: ['Yared'] }])).toEqual([
      ['It’s going to be a fantastic season of 1', 'Josh Kerr', 'World Athletics'],
      ['I’m not worried about how many times I g', 'Josh Kerr', 'World Athletics'],
      ['What’s great is there is a rivalry. Ther', 'Josh Kerr', 'World Athletics'],
    ]);
  });
});
