/**
 * Well-formed Unicode everywhere (issue 16, item 2). Over arbitrary strings — every code point, plus lone
 * surrogates and the characters that end a line somewhere (U+2028, U+2029, U+0085, VT, FF, FS…) — every
 * output format (format-writers.ts) is valid UTF-8, parses back to the same records with lone surrogates
 * as U+FFFD, and has as many lines for every line splitter as for a plain split on "\n". Ingest replaces
 * lone surrogates at the source, with a warning naming the file.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FactsFile } from '../../src/schema/facts.js';
import { FACT_KINDS } from '../../src/schema/facts.js';
import { ingestFile } from '../../src/ingest/index.js';
import { lineSafeJson } from '../../src/write/json-line.js';
import { FORMAT_WRITERS } from './format-writers.js';

const RUNS = 300;
const SEED = 20261204;

const lone = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const breaker = fc.constantFrom('\n', '\r', '\r\n', '\u000b', '\u000c', '\u001c', '\u001d', '\u001e', '\u0085', '\u2028', '\u2029', '\\', '\\ud800', '"');
/** Any string: full Unicode (unit 'binary'), with lone surrogates and line breakers mixed in. */
const anyString = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), lone, breaker), { maxLength: 12 }).map((parts) => parts.join(''));

const isWellFormed = (s: string) => !/[\ud800-\udfff]/u.test(s);
const wellFormed = (s: string) => s.replace(/[\ud800-\udfff]/gu, '\ufffd');
const deepWellFormed = (v: unknown): unknown =>
  typeof v === 'string' ? wellFormed(v) : Array.isArray(v) ? v.map(deepWellFormed) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [wellFormed(k), deepWellFormed(x)])) : v;

/** Python's str.splitlines and JavaScript's line terminators together. */
const ANY_LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029]/;

const factsOf = (strings: string[]): FactsFile => {
  const f: Record<string, unknown> = { schemaVersion: 1 };
  FACT_KINDS.forEach((k, i) => {
    f[k] = strings.map((s, j) => ({ id: `${k}_${i}_${j}`, name: s, [s]: s.length, mentions: [{ start: 0, end: s.length, text: s }], alt: [s, null] }));
  });
  return f as unknown as FactsFile;
};

describe('every output format over arbitrary strings', () => {
  for (const w of FORMAT_WRITERS) {
    it(`${w.name}: valid UTF-8, parses back (lone surrogates as U+FFFD), one record per line for every line splitter`, () => {
      fc.assert(
        fc.property(fc.array(anyString, { minLength: 1, maxLength: 4 }), (strings) => {
          const facts = factsOf(strings);
          const files = w.write(facts);
          const back = w.read(files);
          for (const k of FACT_KINDS) expect(back[k]).toEqual(deepWellFormed(facts[k]));
          if (w.lineOriented)
            for (const [name, bytes] of files) {
              const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
              expect(text.split(ANY_LINE_BREAK), name).toEqual(text.split('\n'));
              expect(text, `${name} holds a lone-surrogate escape`).not.toMatch(/(?<!\\)(?:\\\\)*\\ud[89a-f][0-9a-f]{2}/i);
            }
        }),
        { numRuns: RUNS, seed: SEED },
      );
    });
  }

  it('lineSafeJson leaves an escaped backslash before "ud800" as text', () => {
    const json = JSON.stringify({ a: '\\ud800', b: '\ud800', c: '\u2028' });
    expect(JSON.parse(lineSafeJson(json))).toEqual({ a: '\\ud800', b: '\ufffd', c: '\u2028' });
  });
});

describe('ingest makes every string well-formed', () => {
  it('JSON articles with lone surrogates in any field: replaced, a warning naming the file', () => {
    fc.assert(
      fc.property(anyString, anyString, (title, extra) => {
        const obj = { id: `x${extra}`, title, text: `Josh Kerr won the 1500m in 3:29.38. ${extra} ${title}` };
        const bytes = new TextEncoder().encode(JSON.stringify(obj)); // lone surrogates as \udXXX escapes
        const r = ingestFile(bytes, 'feed/export.json');
        for (const a of r.articles) for (const s of [a.source, a.title, a.body, a.publishedAt, a.byline]) if (typeof s === 'string') expect(isWellFormed(s)).toBe(true);
        const hadLone = !isWellFormed(`${title}${extra}`);
        const warned = r.problems.some((p) => p.rule === 'ingest/ill-formed-unicode' && p.source === 'feed/export.json');
        if (r.articles.length) expect(warned).toBe(hadLone);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('an odd UTF-16 file (a lone high surrogate) reads with U+FFFD and a warning', () => {
    const text = 'Josh Kerr won the 1500m in 3:29.38 \ud83c at the Millrose Games.';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const r = ingestFile(bytes, 'odd.txt');
    expect(r.articles[0]!.body).toContain('3:29.38 \ufffd at');
    expect(r.problems).toContainEqual(expect.objectContaining({ source: 'odd.txt', rule: 'ingest/ill-formed-unicode', severity: 'warning' }));
  });
});
