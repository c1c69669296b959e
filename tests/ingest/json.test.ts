/** JSON and JSON Lines exports: field mapping, ids, bad objects and lines as problems, no prototype pollution. */
import { describe, expect, it } from 'vitest';
import { IngestOptionsSchema, defaultIngestOptions, ingestFile } from '../../src/ingest/index.js';
import { utf8 } from './helpers.js';

const json = (v: unknown, source = 'export.json', options = defaultIngestOptions) => ingestFile(utf8(typeof v === 'string' ? v : JSON.stringify(v)), source, options);

describe('.json', () => {
  it('one object with the default fields', () => {
    const r = json({ id: 'k1', headline: 'Kerr wins', datePublished: '2024-05-16T10:00:00Z', url: 'https://x/y', articleBody: 'Josh Kerr won.', author: 'A Writer' });
    expect(r.problems).toEqual([]);
    expect(r.articles).toEqual([
      expect.objectContaining({ source: 'export.json#k1', title: 'Kerr wins', publishedAt: '2024-05-16', byline: 'A Writer', body: 'Kerr wins\n\nJosh Kerr won.' }),
    ]);
  });

  const fieldCases: [string, Record<string, unknown>, string][] = [
    ['text', { text: 'T1.' }, 'T1.'],
    ['body', { body: 'B1.' }, 'B1.'],
    ['content', { content: 'C1.' }, 'C1.'],
    ['articleBody', { articleBody: 'A1.' }, 'A1.'],
    ['an array of paragraphs', { text: ['P1.', 'P2.'] }, 'P1.\n\nP2.'],
    ['HTML goes through the HTML reducer', { body: '<p>One &amp; two.</p><p>Three.</p><script>x</script>' }, 'One & two.\n\nThree.'],
    ['CRLF in a text field', { text: 'a\r\nb' }, 'a\nb'],
  ];
  it.each(fieldCases)('text from %s', (_n, o, body) => {
    expect(json(o).articles[0]?.body).toBe(body);
  });

  it('an array: sources by id or index; a bad item is a problem and skipped', () => {
    const r = json([{ id: 'a', text: 'One.' }, 42, { title: 'no text' }, { text: 'Four.' }, { id: 7, text: 17 }, { id: 'a', text: 'Dup.' }]);
    expect(r.articles.map((a) => a.source)).toEqual(['export.json#a', 'export.json#3', 'export.json#5']);
    expect(r.problems.map((p) => [p.rule, p.reason.split(':')[0]])).toEqual([
      ['ingest/json-shape', 'item 1'],
      ['ingest/json-shape', 'item 2'],
      ['ingest/json-field-type', 'item 4'],
      ['ingest/json-duplicate-id', 'item 5'],
    ]);
  });

  it('an object holding an article list', () => {
    expect(json({ articles: [{ text: 'One.' }, { text: 'Two.' }] }).articles.map((a) => a.body)).toEqual(['One.', 'Two.']);
  });

  it('wrong types of optional fields are problems and ignored', () => {
    const r = json({ text: 'Body.', title: 5, date: 'not a date' });
    expect(r.articles[0]).toEqual(expect.objectContaining({ title: null, publishedAt: null, body: 'Body.' }));
    expect(r.problems.map((p) => p.rule)).toEqual(['ingest/json-field-type', 'ingest/json-field-type']);
  });

  it('invalid JSON is a fatal problem', () => {
    const r = json('{"text": "unterminated');
    expect(r.articles).toEqual([]);
    expect(r.problems).toEqual([expect.objectContaining({ rule: 'ingest/json-parse', severity: 'fatal', source: 'export.json' })]);
  });

  it('a .json file that is JSON Lines is read as such', () => {
    expect(json('{"text": "One."}\n{"text": "Two."}\n').articles.map((a) => a.body)).toEqual(['One.', 'Two.']);
  });

  it('__proto__ and constructor keys never reach prototypes', () => {
    const r = json('[{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "text": "Safe."}, {"text": {"__proto__": "x"}}]');
    expect(r.articles.map((a) => a.body)).toEqual(['Safe.']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('fields come from own keys only', () => {
    expect(json({ toString: 'x' }).articles).toEqual([]);
    expect(json({ toString: 'x' }).problems.at(-1)?.rule).toBe('ingest/empty');
  });
});

describe('.jsonl / .ndjson', () => {
  it('bad lines are problems with their line number; the rest is read', () => {
    const text = ['{"id": "a", "text": "One."}', '', '{"text": "Two."', '[1, 2]', '{"text": "Four."}'].join('\n');
    for (const ext of ['jsonl', 'ndjson']) {
      const r = ingestFile(utf8(text), `feed.${ext}`, defaultIngestOptions);
      expect(r.articles.map((a) => a.source)).toEqual([`feed.${ext}#a`, `feed.${ext}#3`]);
      expect(r.problems.map((p) => [p.rule, p.severity, p.reason.split(':')[0]])).toEqual([
        ['ingest/json-parse', 'warning', 'line 3'],
        ['ingest/json-shape', 'warning', 'line 4'],
      ]);
    }
  });

  it('every article carries the sha256 of the whole file', () => {
    const r = ingestFile(utf8('{"text": "One."}\n{"text": "Two."}\n'), 'f.jsonl', defaultIngestOptions);
    expect(r.articles[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.articles[0]!.sha256).toBe(r.articles[1]!.sha256);
  });

  it('a file with no readable line is a fatal problem', () => {
    const r = ingestFile(utf8('nope\n{"a": 1\n'), 'f.jsonl', defaultIngestOptions);
    expect(r.articles).toEqual([]);
    // one problem per unreadable file (the first reason, and a count), not one per bad line
    expect(r.problems).toEqual([expect.objectContaining({ rule: 'ingest/json-parse', severity: 'fatal', reason: expect.stringMatching(/line 1.*and 1 more/) })]);
  });

  it('a JSON file with nothing readable gives one fatal problem', () => {
    for (const text of ['null', '{"title": "Wrong type", "text": 42}', '[[[]]]']) {
      const r = ingestFile(utf8(text), 'x.json', defaultIngestOptions);
      expect(r.articles).toEqual([]);
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]!.severity).toBe('fatal');
    }
  });
});

describe('IngestOptions', () => {
  it('defaults fill every field list', () => {
    expect(IngestOptionsSchema.parse({})).toEqual(defaultIngestOptions);
    expect(defaultIngestOptions.json.fields.text).toEqual(['text', 'body', 'content', 'articleBody']);
  });

  it('unknown keys and empty lists are rejected', () => {
    expect(IngestOptionsSchema.safeParse({ jsonn: {} }).success).toBe(false);
    expect(IngestOptionsSchema.safeParse({ json: { fields: { text: [] } } }).success).toBe(false);
    expect(IngestOptionsSchema.safeParse({ json: { fields: { summary: ['x'] } } }).success).toBe(false);
  });

  it('a custom mapping is used', () => {
    const options = IngestOptionsSchema.parse({ json: { fields: { text: ['story'], title: ['hed'], id: ['slug'] } } });
    expect(options.json.fields.date).toEqual(defaultIngestOptions.json.fields.date);
    const r = json({ slug: 'k', hed: 'Kerr wins', story: 'He won.', text: 'ignored' }, 'x.json', options);
    expect(r.articles[0]).toEqual(expect.objectContaining({ source: 'x.json#k', title: 'Kerr wins', body: 'Kerr wins\n\nHe won.' }));
  });
});
