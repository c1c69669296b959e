import { describe, expect, it } from 'vitest';
import { segmentBlocks, segmentSentences } from '../../src/segment/index.js';

const kinds = (text: string) => segmentBlocks(text).map((b) => [b.kind, text.slice(b.start, b.end)]);

describe('segmentBlocks', () => {
  it.each([
    ['a sentence paragraph', 'Kerr won the race in 3:29.38 and then went home.', 'paragraph'],
    ['a related-link headline', 'Josh Kerr on why he considers Jakob Ingebrigtsen as his biggest rival', 'caption'],
    ['a photo caption', 'World Athletics Indoor Championships Glasgow 2024 - Day Two', 'caption'],
    ['a results line is data', 'Will Ferguson 32:17.8', 'paragraph'],
    ['a video placeholder', 'This video can not be played', 'noise'],
    ['a related-story line, even with a time in it', 'ALSO READ: Noah Lyles opens season with 6.48 in the 60m', 'related'],
    ['a watch line is a video placeholder', 'WATCH: Holloway\'s record-equalling run', 'noise'],
    ['a link alone', '[full results](https://example.org/results?id=1)', 'noise'],
    ['an entity alone', '&nbsp;', 'noise'],
    ['a quote paragraph ending in a mark', '"I am ready," she said', 'paragraph'],
  ])('%s', (_name, text, kind) => {
    expect(kinds(text)).toEqual([[kind, text]]);
  });

  it('splits at blank lines, trims, and keeps hints', () => {
    const text = 'Headline here\n\nFirst paragraph.\n \nSecond one.\n';
    const blocks = segmentBlocks(text, [{ start: 0, end: 13, kind: 'headline' }]);
    expect(blocks.map((b) => [b.kind, text.slice(b.start, b.end), b.index])).toEqual([
      ['headline', 'Headline here', 0],
      ['paragraph', 'First paragraph.', 1],
      ['paragraph', 'Second one.', 2],
    ]);
  });

  it('joins a paragraph broken in the middle of a sentence (the next one opens in lower case)', () => {
    const text = 'Chris Thomas ran Leg 10\n\nin 25:07 for a 31st team placing.\n\nNext paragraph.';
    expect(kinds(text)).toEqual([
      ['paragraph', 'Chris Thomas ran Leg 10\n\nin 25:07 for a 31st team placing.'],
      ['paragraph', 'Next paragraph.'],
    ]);
  });

  it('reads one paragraph per line when the copy has no blank lines between paragraphs; short lines between stay together', () => {
    const p1 = 'Ana Ruiz won the women\'s 1500m in 4:01.22 on Saturday, holding off a late charge from the Kenyan pair on the last lap of a tactical final.';
    const p2 = 'Her team-mate Lea Moss was third in 4:03.10, a season best, after a fall in the heats on Thursday had left her with a badly bruised knee.';
    const rows = '1 | ESP | RUIZ Ana | 4:01.22\n2 | KEN | CHEBET Mary | 4:02.50';
    const text = `${p1}\n${p2}\n${rows}\nMoss said she was pleased.`;
    expect(kinds(text).map(([, t]) => t)).toEqual([p1, p2, `${rows}\nMoss said she was pleased.`]);
  });

  it('keeps a paragraph wrapped by hand (short lines) as one block', () => {
    const text = 'Ana Ruiz won the women\'s 1500m in 4:01.22 on\nSaturday, holding off a late charge from the\nKenyan pair on the last lap.';
    expect(kinds(text)).toEqual([['paragraph', text]]);
  });

  it('reads the short race line under a headline as the dateline, a photo credit there as a caption', () => {
    const blocks = segmentBlocks('Ruiz storms to course record\n\nMID-COUNTY 10K, Ashby, August 29\n\nAna Ruiz won in 32:10.', [{ start: 0, end: 28, kind: 'headline' }]);
    expect(blocks.map((b) => b.kind)).toEqual(['headline', 'dateline', 'paragraph']);
    const credit = segmentBlocks('Ruiz storms to course record\n\nAna Ruiz in Ashby on Sunday - photo by Mark Hale\n\nAna Ruiz won in 32:10.', [{ start: 0, end: 28, kind: 'headline' }]);
    expect(credit.map((b) => b.kind)).toEqual(['headline', 'caption', 'paragraph']);
  });

  it('ignores hints outside the text', () => {
    expect(segmentBlocks('Short text.', [{ start: 5, end: 500, kind: 'caption' }]).map((b) => b.kind)).toEqual(['paragraph']);
  });
});

describe('segmentSentences', () => {
  const split = (text: string) => {
    const blocks = segmentBlocks(text, [{ start: 0, end: text.length, kind: 'paragraph' }]);
    return segmentSentences(text, blocks).map((s) => text.slice(s.start, s.end));
  };
  it.each([
    ['two sentences', 'He won. She was second.', ['He won.', 'She was second.']],
    ['a decimal is not an end', 'He ran 9.58 seconds. Then he left.', ['He ran 9.58 seconds.', 'Then he left.']],
    ['an abbreviation is not an end', 'Mr. Smith won. Dr. Jones lost.', ['Mr. Smith won.', 'Dr. Jones lost.']],
    ['an initial is not an end', 'J. Smith won it.', ['J. Smith won it.']],
    ['a closing quote stays with its sentence', '"I won," he said. "It was great."', ['"I won," he said.', '"It was great."']],
    ['a full stop glued to the next sentence', 'Kerr said to The Guardian.The 3000m champion smiled.', ['Kerr said to The Guardian.', 'The 3000m champion smiled.']],
    ['a lower-case word does not start a sentence', 'He was 2nd. and happy.', ['He was 2nd. and happy.']],
    ['a line break ends a sentence', 'Results\nJane Doe 32:17', ['Results', 'Jane Doe 32:17']],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('offsets point into the text', () => {
    const text = '  Lead in. Next one!  ';
    const blocks = segmentBlocks(text);
    for (const s of segmentSentences(text, blocks)) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
  });
});
