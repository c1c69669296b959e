/**
 * Same article, any format: .txt, .md, .html, .json, .jsonl, UTF-8 with BOM, UTF-16 LE/BE and
 * Windows-1252 give the same body text, title and date, and the same facts apart from source,
 * offsets and ids.
 */
import { describe, expect, it } from 'vitest';
import { defaultIngestOptions, ingestFile } from '../../src/ingest/index.js';
import { addArticle, createMergeState, createPipeline, defaultConfig, finalizeFacts } from '../../src/index.js';
import type { RawArticle } from '../../src/types.js';
import { fixture } from './helpers.js';

const FILES = [
  'collins.txt',
  'collins-utf8-bom.txt',
  'collins-utf16le.txt',
  'collins-utf16be.txt',
  'collins-cp1252.txt',
  'collins.md',
  'collins.html',
  'collins.json',
  'collins.jsonl',
] as const;

function read(name: string): RawArticle {
  const r = ingestFile(fixture(`formats/${name}`), `formats/${name}`, defaultIngestOptions);
  expect(r.articles).toHaveLength(1);
  expect(r.problems.filter((p) => p.severity === 'fatal')).toEqual([]);
  return r.articles[0]!;
}

const reference = read('collins.txt');

describe('same article, any format', () => {
  it('the reference reads as expected', () => {
    expect(reference.title).toBe('Collins named UK Athletics chief');
    expect(reference.publishedAt).toBeNull();
    expect(reference.body).toContain('more than £40m from the Government');
    expect(reference.blocks?.[0]).toEqual({ start: 0, end: 32, kind: 'headline' });
  });

  it.each(FILES)('%s: same body, title and date', (name) => {
    const a = read(name);
    expect(a.title).toBe(reference.title);
    expect(a.publishedAt).toBe(reference.publishedAt);
    expect(a.body.trimEnd()).toBe(reference.body.trimEnd());
    expect(a.blocks?.[0]?.kind).toBe('headline');
  });

  it('sources name the file, and the object id for JSON exports', () => {
    expect(read('collins.json').source).toBe('formats/collins.json#collins');
    expect(read('collins.jsonl').source).toBe('formats/collins.jsonl#collins');
    expect(read('collins.md').source).toBe('formats/collins.md');
  });

  it('the broken JSONL line is a problem with its line number; the good line is read', () => {
    const r = ingestFile(fixture('formats/collins.jsonl'), 'formats/collins.jsonl', defaultIngestOptions);
    expect(r.problems).toEqual([expect.objectContaining({ rule: 'ingest/json-parse', severity: 'warning', reason: expect.stringContaining('line 1') })]);
  });

  it('sha256 is of the raw bytes, so every container differs', () => {
    const hashes = new Set(FILES.map((f) => read(f).sha256));
    expect(hashes.size).toBe(FILES.length);
  });
});

/** The facts of one article without what may differ between containers: article id, source, hash, offsets. */
function factsOf(raw: RawArticle): unknown {
  const state = createMergeState();
  addArticle(state, createPipeline(defaultConfig).extract(raw).facts);
  const facts = finalizeFacts(state) as unknown as Record<string, unknown>;
  return JSON.parse(
    JSON.stringify(facts, (key, value: unknown) => (['article', 'start', 'end', 'id', 'source', 'sha256'].includes(key) ? undefined : value)),
  );
}

describe('same facts, any format (through the pipeline)', () => {
  const expected = factsOf(reference);
  it('the reference has facts to compare', () => {
    expect(JSON.stringify(expected)).toContain('Steve Backley');
    expect(JSON.stringify(expected)).toContain('David Moorcroft');
  });
  it.each(FILES.filter((f) => f !== 'collins.txt'))('%s gives the facts of the .txt', (name) => {
    expect(factsOf(read(name))).toEqual(expected);
  });
});
