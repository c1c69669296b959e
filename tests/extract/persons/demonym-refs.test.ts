import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../../src/segment/index.js';
import { extractPersons } from '../../../src/extract/persons/index.js';
import { lex } from './helpers.js';

function refTo(body: string, text: string): string | null {
  const r = extractPersons(segmentArticle({ source: 't.txt', sha256: '', title: null, publishedAt: null, body }, 'a_t'), lex());
  const ref = r.refs.find((x) => x.text === text);
  return ref ? r.persons[ref.person]!.name : null;
}

describe('nationality descriptors with an adjective or a possessive', () => {
  it('"the great Brit\'s" is the other person of the sentence, not its subject', () => {
    expect(refTo("Josh Kerr won the race. He broke Mo Farah's record at the Millrose Games. The 26-year-old clocked 8:00.67 to beat the great Brit's 8:03.40 from 2015.", 'the great Brit')).toBe('Mo Farah');
  });
  it('"the Norwegian" with a verb after it', () => {
    expect(refTo('The rivalry between Josh Kerr and Jakob Ingebrigtsen grew.\n\nKerr clocked 3:29.38 to beat the Norwegian as the latter missed out.', 'the Norwegian')).toBe('Jakob Ingebrigtsen');
  });
});

describe('pronouns after a quote', () => {
  it('"he" goes to the nearer topic of the passage, not to a man named once two sentences before', () => {
    const body =
      'Kim Collins will compete in the 60m in Birmingham. The St Kitts star joins the field. Maurice Greene will also take part. Collins ran in Birmingham in 2003. "I am looking forward to it," he said.';
    expect(refTo(body, 'he')).toBe('Kim Collins');
  });
});
