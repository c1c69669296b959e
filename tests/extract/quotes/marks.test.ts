import { describe, expect, it } from 'vitest';
import { scanQuotes } from '../../../src/extract/quotes/index.js';
import { doc } from './helpers.js';

const texts = (body: string) => {
  const d = doc(body);
  return scanQuotes(d).map((q) => ({ rule: q.rule, parts: q.parts.map((p) => body.slice(p.start, p.end)), whole: body.slice(q.start, q.end) }));
};

describe('scanQuotes: pairing marks', () => {
  const cases: [string, string, { rule: string; parts: string[] }[]][] = [
    ['straight marks', 'He said. "I am quite confident," said Claxton.', [{ rule: 'double', parts: ['I am quite confident,'] }]],
    ['curly marks', 'Then “I am quite confident,” said Claxton.', [{ rule: 'double', parts: ['I am quite confident,'] }]],
    ['mismatched curly open, straight close', '“Josh Kerr gets crowned as the champion," he said.', [{ rule: 'double', parts: ['Josh Kerr gets crowned as the champion,'] }]],
    ['mismatched straight open, curly close', '"He is very dedicated” but “wants to win," Kerr said.', [
      { rule: 'double', parts: ['He is very dedicated'] },
      { rule: 'double', parts: ['wants to win,'] },
    ]],
    ['split by said: two quotes', '"We are ready," said Diack. "We will win."', [
      { rule: 'double', parts: ['We are ready,'] },
      { rule: 'double', parts: ['We will win.'] },
    ]],
    ['collapsed paragraph break: one quote of two parts', 'She said. "I am ready to go. "I will be disappointed if not."', [
      { rule: 'collapsed', parts: ['I am ready to go.', 'I will be disappointed if not.'] },
    ]],
    ['nested quote is not separate', '"I told him "go away" and left," he said.', [{ rule: 'double', parts: ['I told him "go away" and left,'] }]],
    ['continued across paragraphs', 'He said:\n\n"First part of it.\n\n"Second part of it."\n\nThen more.', [
      { rule: 'continued', parts: ['First part of it.', 'Second part of it.'] },
    ]],
    ['unclosed at paragraph end', 'He said: "This never closes\n\nNext paragraph here.', [{ rule: 'unclosed', parts: ['This never closes'] }]],
    ['single marks at word boundaries', "He said 'I will win the race.' Then.", [{ rule: 'single', parts: ['I will win the race.'] }]],
    ['apostrophes are not marks', "Kenteris' lawyer said it's fine and the athletes' bus left.", []],
    ['no marks inside an HTML attribute', '<img alt="Will Ferguson at the Bourton race" src="/a.jpg" /> He ran.', []],
    ['no marks inside a Markdown link title', 'By [Will Pearce](/a.jpg "Will Pearce in action") in 1:25:06.', []],
    ['a stray closing mark is ignored', 'He is 6ft 2" tall and fast.', []],
  ];
  it.each(cases)('%s', (_name, body, expected) => {
    expect(texts(body).map(({ rule, parts }) => ({ rule, parts }))).toEqual(expected);
  });

  it('the span covers both marks', () => {
    expect(texts('Then "a b c" end.')[0]!.whole).toBe('"a b c"');
  });

  it('skips caption blocks (short lines without a sentence end)', () => {
    expect(texts("Kerr calls 'really great stuff' his rivalry\n\nHe won.")).toEqual([]);
  });
});

describe('scanQuotes: guillemets', () => {
  it('spaced French guillemets pair by glyph', () => {
    expect(texts('de « la prévention du terrorisme », mais également des « intérêts majeurs ».').map((q) => q.parts)).toEqual([
      ['la prévention du terrorisme'],
      ['intérêts majeurs'],
    ]);
  });
});
