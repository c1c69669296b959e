import { describe, expect, it } from 'vitest';
import { isOwnText, ownTextAt, segmentArticle } from '../../src/segment/index.js';
import type { BlockKind } from '../../src/types.js';

const body = [
  'Kerr wins in Glasgow', // headline (hint)
  'Josh Kerr won the 3000m in 7:42.98 on Sunday.',
  'World Athletics Indoor Championships Glasgow 2024 - Day Two', // a photo caption
  'ALSO READ: Noah Lyles opens season with 6.48 in the 60m', // a related-story line
  'This video can not be played',
  '"I felt strong," Kerr said.',
].join('\n\n');
const doc = segmentArticle({ source: 't.txt', sha256: '', title: null, publishedAt: null, body, blocks: [{ start: 0, end: 20, kind: 'headline' }] }, 'a_t');
const at = (s: string) => body.indexOf(s);

describe('own text (segment)', () => {
  it('tells the article\'s own paragraphs from its headline, captions, related-link lines and noise', () => {
    expect(doc.blocks.map((b) => [b.kind, isOwnText(b)])).toEqual([
      ['headline', false], ['paragraph', true], ['caption', false], ['related', false], ['noise', false], ['paragraph', true],
    ]);
  });

  it('answers for an offset, by the block that holds it (none outside every block)', () => {
    expect(ownTextAt(doc, at('7:42.98'))).toBe(true);
    expect(ownTextAt(doc, at('Glasgow 2024'))).toBe(false);
    expect(ownTextAt(doc, at('6.48'))).toBe(false);
    expect(ownTextAt(doc, at('Kerr said'))).toBe(true);
    expect(ownTextAt(doc, at('\n\n'))).toBe(false); // between blocks
    expect(isOwnText(undefined)).toBe(false);
  });

  it.each<[BlockKind, boolean]>([
    ['paragraph', true], ['list', true], ['heading', true], ['dateline', true],
    ['headline', false], ['caption', false], ['related', false], ['noise', false],
  ])('a %s block is own text: %s', (kind, own) => {
    expect(isOwnText({ start: 0, end: 1, kind, index: 0 })).toBe(own);
  });
});
