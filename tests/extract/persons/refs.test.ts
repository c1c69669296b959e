/**
 * Table tests for references: pronouns and descriptors with their spans, resolved to the person the
 * quotes and the linker need (subject of the sentence before, gender, nationality, age, the latter).
 */
import { describe, expect, test } from 'vitest';
import { run } from './helpers.js';

/** "text@person" for every reference, in text order. */
function refs(body: string): string[] {
  const r = run(body);
  return r.refs.map((x) => `${x.text}@${r.persons[x.person]!.name}`);
}

describe('references', () => {
  test.each([
    ['he: the subject of the sentence before',
      'Josh Kerr won the 3000m in Glasgow. He said it was hard.', ['He@Josh Kerr']],
    ['she: gender shown by an earlier pronoun',
      'Kenya has lifted the ban on marathon runner Susan Chepkemei after she apologised. Kiplagat said: "We accept." Later she trained.',
      ['she@Susan Chepkemei', 'she@Susan Chepkemei']],
    ['him: the object, not the subject',
      'Kerr made his mark as a rival of Norwegian champion Jakob Ingebrigtsen, thus defeating him in the 1500m.',
      ['his@Kerr', 'him@Jakob Ingebrigtsen']],
    ['the Norwegian: by nationality; the latter: the last person named',
      'Josh Kerr and Norwegian champion Jakob Ingebrigtsen met in Budapest. Kerr clocked 3:29:38 to beat the Norwegian as the latter narrowly missed out.',
      ['the Norwegian@Jakob Ingebrigtsen', 'the latter@Jakob Ingebrigtsen']],
    ['the 29-year-old: the subject of the sentence before',
      'The coaches will decide whether Susan Chepkemei can be included. The 29-year-old would be a strong contender.',
      ['The 29-year-old@Susan Chepkemei']],
    ['an age descriptor continues the subject (a pronoun there), not a possessive',
      "Kenya's Faith Kipyegon won again.\n\nKipyegon won the 1500m in Paris. A month earlier, she broke Sifan Hassan's mile world record in Monaco. The 31-year-old clocked 4:07.64 to beat the Dutch star's time.",
      ['she@Faith Kipyegon', 'The 31-year-old@Faith Kipyegon']],
    ['a descriptor after a sentence about X is X, not a person of a relative clause',
      "Britain's Jason Gardener won the 60m.\n\nJason Gardener clocked 6.56 seconds to finish well ahead of Germany's Marc Blume, who crossed the line in 6.67 secs. The world indoor champion said: \"I felt a little better this morning.\"",
      ['The world indoor champion@Jason Gardener']],
    ['an age given after the name',
      'Isinbayeva, 22, has set 10 world records. Feofanova, 24, was second. The 22-year-old won again.',
      ['The 22-year-old@Isinbayeva']],
    ['a descriptor in apposition is the name before it',
      'Kenteris, the 2000 Olympic 200m champion, and Thanou, the 100m silver medallist, quit the Games.',
      ['the 2000 Olympic 200m champion@Kenteris', 'the 100m silver medallist@Thanou']],
    ['a descriptor after "said"',
      "Britain's Paula Radcliffe has not ruled out competing. \"It is special to me,\" said the two-time champion.",
      ['the two-time champion@Paula Radcliffe']],
    ['"he told" after a quotation: the person the passage is about',
      'Josh Kerr spoke to the press. "There is a rivalry between myself and Ingebrigtsen, everybody. It is good," he told reporters.',
      ['he@Josh Kerr']],
  ])('%s', (_, body, expected) => {
    expect(refs(body)).toEqual(expected);
  });

  test.each([
    ['"the Kenyan coaching team" is an adjective, not a reference', 'Susan Chepkemei was banned. The Kenyan coaching team will now decide.', 'The Kenyan'],
    ['"the athletes" is a group', 'Kostas Kenteris was banned. The tribunal ruled on the athletes and their coach.', 'the athletes'],
    ["a descriptor before a name is that name's title", 'The 3000m world champion Josh Kerr has set his sights on the 1500m.', 'The 3000m world champion'],
    ['pronouns inside a quotation are left to the quotes stage', 'Josh Kerr spoke. "He is very dedicated and he is amazing."', 'He'],
  ])('no reference: %s', (_, body, text) => {
    expect(run(body).refs.map((x) => x.text)).not.toContain(text);
  });

  test('reference spans point at the written words', () => {
    const r = run('Josh Kerr won. The 26-year-old then said he was happy.');
    for (const x of r.refs) expect(r.doc.text.slice(x.start, x.end)).toBe(x.text);
    expect(r.refs.map((x) => x.rule)).toEqual(['ref/age', 'ref/pronoun']);
  });
});
