/**
 * Requests from the lead engineer (integration over the corpus): cases the persons stage gets wrong today
 * that generalise beyond one article. Each names the rule it asks for. Delete a case once it passes and is
 * covered by a test of your own.
 */
import { describe, expect, test } from 'vitest';
import { segmentArticle } from '../../../src/segment/index.js';
import { extractPersons } from '../../../src/extract/persons/index.js';
import { lex } from './helpers.js';

function run(body: string) {
  const doc = segmentArticle({ source: 't.txt', sha256: '', title: null, publishedAt: null, body }, 'a_t');
  const r = extractPersons(doc, lex());
  const refTo = (text: string, nth = 0) => {
    const ref = r.refs.filter((x) => x.text === text)[nth];
    return ref ? r.persons[ref.person]!.name : null;
  };
  const mentionsOf = (name: string) => r.persons.find((p) => p.name === name)?.mentions.map((m) => body.slice(m.start, m.end)) ?? [];
  return { r, refTo, mentionsOf };
}

describe('lead requests', () => {
  test('a surname that is also a common noun is a mention once the full name is known (Gardener, Baker, Smith, Cook)', () => {
    const { mentionsOf } = run("Britain's Jason Gardener won the 60m in Leipzig.\n\nGardener clocked 6.56 seconds to beat Germany's Marc Blume. Gardener, part of the relay team, was happy.");
    expect(mentionsOf('Jason Gardener')).toEqual(['Jason Gardener', 'Gardener', 'Gardener']);
  });

  test('a descriptor after a sentence about X resolves to X, the subject, not to a person in a relative clause', () => {
    const { refTo } = run("Britain's Jason Gardener won the 60m.\n\nJason Gardener clocked 6.56 seconds to finish well ahead of Germany's Marc Blume, who crossed the line in 6.67 secs. The world indoor champion said: \"I felt a little better this morning.\"");
    expect(refTo('The world indoor champion')).toBe('Jason Gardener');
  });

  test('an age descriptor continues the subject of the previous sentence (a pronoun there), not a possessive in it', () => {
    const { refTo } = run("Kenya's Faith Kipyegon won again.\n\nKipyegon won the 1500m in Paris. A month earlier, she broke Sifan Hassan's mile world record in Monaco. The 31-year-old clocked 4:07.64 to beat the Dutch star's time.");
    expect(refTo('The 31-year-old')).toBe('Faith Kipyegon');
  });

  test('"beat the Norwegian as the latter …": an object descriptor is the other person, and "the latter" the later-named of two', () => {
    const { refTo } = run('The rivalry between Josh Kerr and Jakob Ingebrigtsen grew.\n\nKerr clocked 3:29.38 to beat the Norwegian as the latter narrowly missed out after clocking 3:29.65.');
    expect(refTo('the Norwegian')).toBe('Jakob Ingebrigtsen');
    expect(refTo('the latter')).toBe('Jakob Ingebrigtsen');
  });
});
