/**
 * Big JSON Lines exports streamed line by line (issue 16, item 3): a streamed file gives the same
 * facts.json and the same problems as the file read whole (ids, duplicate ids, bad and blank lines, HTML
 * bodies); the size limit applies per line, not per file; the per-article cache serves a re-run; a file
 * without a single article is still one clear failure. runBatch of the built dist (its workers load dist/).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ARTICLES, tempDir } from './helpers.js';

type Api = typeof import('../../src/index.js');
const { runBatch, parseConfig } = (await import('../../dist/index.js')) as unknown as Api;

let dir = '';
let input = '';
const texts: string[] = [];

beforeAll(() => {
  dir = tempDir('trackfacts-jsonl-');
  const seeds = path.join(ARTICLES, 'seeds');
  for (const f of readdirSync(seeds).sort()) texts.push(readFileSync(path.join(seeds, f), 'utf8'));
  const bbc = path.join(ARTICLES, 'bbcsport-athletics');
  for (const f of readdirSync(bbc).sort().slice(0, 4)) texts.push(readFileSync(path.join(bbc, f), 'utf8'));
  input = path.join(dir, 'in');
  mkdirSync(input);
  const lines: string[] = [];
  for (let i = 0; i < 120; i++) {
    const text = texts[i % texts.length]!;
    const obj: Record<string, unknown> = i % 7 === 3 ? { title: `No id ${i}`, body: text } : { id: `story-${i % 100}`, headline: `Story ${i}`, text: i % 5 === 0 ? `<p>${text.replace(/\n\n/g, '</p><p>')}</p>` : text, date: '2024-05-16' };
    lines.push(JSON.stringify(obj));
    if (i % 40 === 5) lines.push('{"text": broken');
    if (i % 30 === 9) lines.push('', '   ');
    if (i === 11) lines.push('{"id": "empty", "text": "   "}');
  }
  writeFileSync(path.join(input, 'export.jsonl'), `${lines.join('\r\n')}\r\n`);
});

const run = async (name: string, extra: Partial<Parameters<typeof runBatch>[1]> = {}, config = parseConfig({})) => {
  const out = path.join(dir, name);
  const report = await runBatch([input], { config, out, cacheDir: null, maxShrink: 1, concurrency: 2, ...extra });
  return { report, facts: readFileSync(path.join(out, 'facts.json'), 'utf8') };
};

describe('JSON Lines streamed line by line', () => {
  it('gives the same facts.json and problems as the file read whole', async () => {
    const whole = await run('whole', { streamJsonlBytes: 1e12 });
    const streamed = await run('streamed', { streamJsonlBytes: 0 });
    expect(whole.report.articles.processed).toBeGreaterThan(100);
    expect(streamed.facts).toBe(whole.facts);
    expect(streamed.report.problems).toEqual(whole.report.problems);
    expect(streamed.report.problems.some((p) => p.rule === 'ingest/json-duplicate-id')).toBe(true);
    expect(streamed.report.problems.some((p) => /^line \d+: invalid JSON/.test(p.reason))).toBe(true);
    expect(streamed.report.files).toEqual(whole.report.files);
  }, 300_000);

  it('the size limit applies per line: a file far over maxFileBytes is read, an over-long line is named and skipped', async () => {
    const lines = texts.map((t, i) => JSON.stringify({ id: `s${i}`, text: t }));
    lines.splice(2, 0, JSON.stringify({ id: 'huge', text: 'x '.repeat(40_000) }));
    const big = path.join(dir, 'limit');
    mkdirSync(big);
    writeFileSync(path.join(big, 'feed.ndjson'), lines.join('\n'));
    const config = parseConfig({ limits: { maxFileBytes: 20_000 } });
    const out = path.join(dir, 'limit-out');
    const report = await runBatch([big], { config, out, cacheDir: null, streamJsonlBytes: 0, maxShrink: 1 });
    expect(report.problems).toContainEqual(expect.objectContaining({ source: 'feed.ndjson', rule: 'io/too-large', severity: 'fatal', reason: expect.stringMatching(/^line 3 is 800\d\d bytes, over limits\.maxFileBytes; skipped$/) }));
    const facts = JSON.parse(readFileSync(path.join(out, 'facts.json'), 'utf8')) as { articles: { source: string }[] };
    expect(facts.articles.map((a) => a.source).sort()).toEqual(texts.map((_, i) => `feed.ndjson#s${i}`).sort());
  }, 300_000);

  it('a re-run is served by the per-article cache, with the same bytes', async () => {
    const cacheDir = path.join(dir, 'cache');
    const cold = await run('cached', { streamJsonlBytes: 0, cacheDir });
    const warm = await run('cached', { streamJsonlBytes: 0, cacheDir });
    expect(warm.facts).toBe(cold.facts);
    expect(warm.report.cache.run).toBe('hit');
    // one line changed: the other lines come from the per-article cache
    const file = path.join(input, 'export.jsonl');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('Story 1"', 'Story one"'));
    try {
      const changed = await run('cached', { streamJsonlBytes: 0, cacheDir });
      expect(changed.report.cache.misses).toBe(1);
      expect(changed.report.cache.hits).toBeGreaterThan(100);
    } finally {
      writeFileSync(file, original);
    }
  }, 300_000);

  it('a streamed file without one article is one failure', async () => {
    const bad = path.join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(path.join(bad, 'junk.jsonl'), 'not json\n{"x": 1}\n');
    writeFileSync(path.join(bad, 'ok.txt'), texts[0]!);
    const report = await runBatch([bad], { config: parseConfig({}), out: path.join(dir, 'bad-out'), cacheDir: null, streamJsonlBytes: 0, maxShrink: 1 });
    expect(report.problems).toContainEqual(expect.objectContaining({ source: 'junk.jsonl', rule: 'ingest/empty', severity: 'fatal', reason: 'no article in the file' }));
    expect(report.files).toMatchObject({ found: 2, processed: 2, failed: 1 });
  }, 120_000);
});
