/** Plain text: body unchanged (but for line endings and BOM), headline and dateline read off. */
import { describe, expect, it } from 'vitest';
import { defaultIngestOptions, ingestFile } from '../../src/ingest/index.js';
import { fixture, utf8 } from './helpers.js';

const one = (text: string, source = 'a.txt') => {
  const r = ingestFile(utf8(text), source, defaultIngestOptions);
  expect(r.articles).toHaveLength(1);
  return r.articles[0]!;
};
const slice = (body: string, b: { start: number; end: number }) => body.slice(b.start, b.end);

describe('txt: headline and dateline', () => {
  const cases: [string, string, string | null, string | null, [string, string][]][] = [
    // name, text, title, publishedAt, [kind, block text][]
    ['BBC layout: headline, blank, body', 'Holmes wins double gold\n\nKelly Holmes won the 1500m.\n', 'Holmes wins double gold', null, [['headline', 'Holmes wins double gold']]],
    ['club layout: headline, date line', 'Ferguson flies in Bourton 10k\ndate 2018-02-26\n\nWill won.\n', 'Ferguson flies in Bourton 10k', '2018-02-26', [['headline', 'Ferguson flies in Bourton 10k'], ['dateline', 'date 2018-02-26']]],
    ['seed layout: date glued to the first paragraph', ' date 2024-05-16 Josh Kerr was featured in an episode.\n\nMore.', null, '2024-05-16', [['dateline', ' date 2024-05-16']]],
    ['Date: with a written date', 'Big win\nDate: 16 May 2024\n\nBody here.', 'Big win', '2024-05-16', [['headline', 'Big win'], ['dateline', 'Date: 16 May 2024']]],
    ['Published with month first', 'Big win\nPublished: May 16, 2024\n\nBody.', 'Big win', '2024-05-16', [['headline', 'Big win'], ['dateline', 'Published: May 16, 2024']]],
    ['glued date with a time', ' date 2024-05-16T09:30:00Z Kerr won the mile.', null, '2024-05-16', [['dateline', ' date 2024-05-16T09:30:00Z']]],
    ['a bare date line', 'Big win\n2024-05-16\n\nBody.', 'Big win', '2024-05-16', [['headline', 'Big win'], ['dateline', '2024-05-16']]],
    ['headline ending in a question mark', 'Can Kerr win again?\n\nBody.', 'Can Kerr win again?', null, [['headline', 'Can Kerr win again?']]],
  ];
  it.each(cases)('%s', (_n, text, title, date, blocks) => {
    const a = one(text);
    expect(a.title).toBe(title);
    expect(a.publishedAt).toBe(date);
    expect(a.body).toBe(text);
    expect((a.blocks ?? []).map((b) => [b.kind, slice(a.body, b)])).toEqual(blocks);
  });

  const negatives: [string, string][] = [
    ['a first line that is a sentence', 'The 3000m Indoor World Champion Josh Kerr has set his sights on the 1500m.\n\nMore text.'],
    ['a one-line file', 'Holmes wins double gold'],
    ['a long first line', `${'word '.repeat(40)}\n\nBody.`],
    ['an impossible date (30 February)', ' date 2024-02-30 Body text.'],
  ];
  it.each(negatives)('no headline or date: %s', (_n, text) => {
    const a = one(text);
    expect(a.title).toBeNull();
    expect(a.publishedAt).toBeNull();
    expect(a.blocks ?? []).toEqual([]);
  });

  it('keeps the offsets simple: body is the decoded text', () => {
    const a = ingestFile(fixture('articles/seeds/000_f238fb5f4bcf96a4.txt'), 'seeds/000.txt', defaultIngestOptions).articles[0]!;
    expect(a.publishedAt).toBe('2024-05-16');
    expect(a.title).toBeNull();
    expect(a.body.startsWith(' date 2024-05-16 Josh Kerr was featured')).toBe(true);
    expect(a.blocks).toEqual([{ start: 0, end: 16, kind: 'dateline' }]);
  });
});

describe('txt: Markdown bodies (club reports) are reduced', () => {
  it('a real club report: images, bold, entities out; header kept', () => {
    const src = 'articles/modern-athletics/clcstriders-2018-02-26-ferguson-flies-in-bourton-10k.txt';
    const a = ingestFile(fixture(src), src, defaultIngestOptions).articles[0]!;
    expect(a.title).toBe('Ferguson flies in Bourton 10k');
    expect(a.publishedAt).toBe('2018-02-26');
    expect(a.body).toContain('speed merchant Will Ferguson emerged as the victor');
    expect(a.body).not.toMatch(/<img|\*\*|&nbsp;|\]\(/);
  });

  it('an entity in the headline is decoded', () => {
    const a = one('Track &#038; Field champs\ndate 2016-05-15\n\n**Jo Bloggs** won.\n');
    expect(a.title).toBe('Track & Field champs');
    expect(a.body).toBe('Track & Field champs\ndate 2016-05-15\n\nJo Bloggs won.');
  });

  it('plain text without markup is left exactly as it is', () => {
    const text = 'Title here\n\nA * star and a_b and 5 < 6 > 4 & more.\n';
    expect(one(text).body).toBe(text);
  });
});
