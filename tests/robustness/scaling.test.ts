/**
 * Super-linear stages (issue 7: "never a hang"). The whole pipeline on hostile text at two sizes, 4x apart:
 * a linear pipeline takes ~4x longer, a quadratic one ~16x. Each size is timed as the best of three runs so
 * a busy machine does not fail the test; the bound (8x) sits between the two. The stage that grew most is
 * named in the message (from the pipeline's own per-stage timings).
 */
import { describe, expect, it } from 'vitest';
import { createPipeline, defaultConfig } from '../../src/index.js';
import type { RawArticle } from '../../src/types.js';
import { loadBadInput } from './helpers.js';

const { GOOD_TEXT } = await loadBadInput();
const SMALL = 32_000;
const LARGE = 128_000;
const MAX_GROWTH = 8;
/** Below this the large run is too short to time reliably (and too cheap to matter). */
const MIN_MS = 150;

const raw = (body: string): RawArticle => ({ source: 'scale.txt', sha256: '0'.repeat(64), title: null, publishedAt: null, body });
const fill = (head: string, unit: (i: number) => string, n: number) => {
  let s = head;
  for (let i = 0; s.length < n; i++) s += unit(i);
  return s.slice(0, n);
};
const CAPS = ['Kerr', 'London', 'Diamond', 'League', 'World', 'Smith', 'Games', 'Harriers', 'Olympic', 'Championships'];
const NOSPACE = 'AbcdeKLMxyz0123456789:.,"\u201c\u201d\'-()';

const GENERATORS: Record<string, (n: number) => string> = {
  'one long paragraph (an article repeated)': (n) => fill('Heading\n\n', () => GOOD_TEXT.replace(/\n/g, ' '), n),
  'many paragraphs (an article repeated)': (n) => fill('Heading\n\n', () => `${GOOD_TEXT}\n`, n),
  'capitalised words': (n) => fill('Caps\n\n', (i) => `${CAPS[(i * 7) % CAPS.length]} `, n),
  'no spaces': (n) => fill('NoSpace', (i) => NOSPACE[(i * 7919) % NOSPACE.length]!, n),
  'quote marks and said': (n) => fill('Quotes\n\n', (i) => (i % 5 === 0 ? '" said Smith. ' : i % 2 ? '\u201c' : '\u201d'), n),
  'times and colons': (n) => fill('Results\n\n', (i) => (i % 3 ? '1:' : '3:29.38 '), n),
  'Mr. Mr.': (n) => fill('Titles\n\n', () => 'Mr. ', n),
  'names and times list': (n) => fill('Results\n\n', (i) => `${CAPS[i % CAPS.length]} ${CAPS[(i + 3) % CAPS.length]} 4:0${i % 10}.1${i % 7}\n`, n),
};

const pipeline = createPipeline(defaultConfig, { now: () => performance.now() });

function best(body: string): { ms: number; stages: Record<string, number> } {
  let out = { ms: Infinity, stages: {} as Record<string, number> };
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const r = pipeline.extract(raw(body));
    const ms = performance.now() - t0;
    if (ms < out.ms) out = { ms, stages: r.timings };
  }
  return out;
}

describe('pipeline time grows linearly with hostile text', () => {
  it.each(Object.keys(GENERATORS))('%s', (name) => {
    const gen = GENERATORS[name]!;
    best(gen(4_000)); // warm up
    const small = best(gen(SMALL));
    const large = best(gen(LARGE));
    const growth = large.ms < MIN_MS ? 1 : large.ms / Math.max(small.ms, 1);
    const stages = Object.keys(large.stages)
      .map((k) => `${k} ${Math.round(small.stages[k] ?? 0)}→${Math.round(large.stages[k] ?? 0)} ms`)
      .join(', ');
    expect(growth, `${name}: ${Math.round(small.ms)} ms at ${SMALL / 1000} KB, ${Math.round(large.ms)} ms at ${LARGE / 1000} KB (${stages})`).toBeLessThan(MAX_GROWTH);
  }, 300_000);
});
