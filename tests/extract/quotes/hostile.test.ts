import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/extract/quotes/index.js';
import { doc, persons } from './helpers.js';

/** Milliseconds to extract the quotes of `body` (persons built by hand, none). */
function time(body: string): { ms: number; n: number } {
  const d = doc(body);
  const t0 = performance.now();
  const n = extractQuotes(d, { persons: [], refs: [] }).length;
  return { ms: performance.now() - t0, n };
}

describe('extractQuotes: hostile inputs stay linear', () => {
  const cases: [string, string][] = [
    ['100,000 straight quote marks', '"'.repeat(100_000)],
    ['100,000 curly opening marks', '“'.repeat(100_000)],
    ['100,000 single marks', "'".repeat(100_000)],
    ['100,000 spaced marks', '" '.repeat(100_000)],
    ['quote, word, quote ×50,000', '"a '.repeat(50_000)],
    ['1 MB without a space', 'x'.repeat(1_000_000)],
    ['1:1:1 ×200,000', '1:'.repeat(200_000)],
    ['10,000 capitalised words in quotes', `"${'Word '.repeat(10_000)}" said Someone.`],
    ['20,000 short attributed quotes', '"a b c," he said. '.repeat(20_000)],
    ['an unclosed tag', '<img alt="'.repeat(20_000)],
    ['tag openers without a close ×300,000', '<a'.repeat(300_000)],
    ['link openers without a close ×300,000', '](x'.repeat(300_000)],
    ['attribute openers ×200,000', '="a '.repeat(200_000)],
  ];
  it.each(cases)('%s', (_n, body) => {
    const { ms } = time(body);
    expect(ms).toBeLessThan(3_000);
  });

  it('many short quotes: time grows about linearly', () => {
    const small = time('"We will win this," he said. '.repeat(2_000));
    const big = time('"We will win this," he said. '.repeat(20_000));
    expect(small.n).toBe(2_000);
    expect(big.n).toBe(20_000);
    expect(big.ms).toBeLessThan(small.ms * 40 + 50);
  });

  it('returns nothing without quote marks', () => {
    const body = 'Kerr won the 1500m in 3:29.38.';
    expect(extractQuotes(doc(body), persons(body, [{ name: 'Josh Kerr', forms: ['Kerr'] }]))).toEqual([]);
  });
});
