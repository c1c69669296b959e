/**
 * Speaker shapes met on unseen articles (issue 11): the name before an aside, not the name inside it; a verb of
 * saying with a particle; roles joined by "and" before the name. Invented sentences of the same shape as real ones.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes, loadQuoteLexicon } from '../../../src/extract/quotes/index.js';
import { doc, persons, type PersonSpec } from './helpers.js';

const lex = loadQuoteLexicon();

function speakers(body: string, specs: PersonSpec[]) {
  const p = persons(body, specs);
  return extractQuotes(doc(body), p, lex).map((q) => (q.speaker === null ? (q.speakerName ? `name:${q.speakerName}` : null) : p.persons[q.speaker]!.name));
}

describe('speakers on unseen articles', () => {
  it('the name before an aside speaks, not the name inside it', () => {
    const body = 'Tom Holt won in 3:31.20 ahead of Ed Ruiz. Ruiz, fourth behind Holt last year, told reporters: "I wanted this one badly."';
    expect(speakers(body, [{ name: 'Tom Holt', forms: ['Tom Holt', 'Holt'] }, { name: 'Ed Ruiz', forms: ['Ed Ruiz', 'Ruiz'] }])).toEqual(['Ed Ruiz']);
  });

  it('an aside that is an introductory phrase is not a subject', () => {
    const body = 'In Paris, Holt said: "I wanted this one badly."';
    expect(speakers(body, [{ name: 'Tom Holt', forms: ['Holt'] }])).toEqual(['Tom Holt']);
  });

  it('a phrasal verb of saying and roles joined by "and"', () => {
    const body = '"I am delighted," points out former Olympian and TV pundit Ed Hale.';
    expect(speakers(body, [{ name: 'Ed Hale', role: 'journalist' }])).toEqual(['Ed Hale']);
  });
});
