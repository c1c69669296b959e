/**
 * Hostile inputs: every rule must stay linear. Each input is ~0.5-1 MB; the stage must finish well inside
 * the pipeline's per-article timeout and return sane results. Bounds are generous for slow CI machines.
 */
import { describe, expect, test } from 'vitest';
import { extractPersons } from '../../../src/extract/persons/index.js';
import { docOf, lex } from './helpers.js';

const letters = (i: number) => String.fromCharCode(97 + (i % 26)) + String.fromCharCode(97 + (Math.floor(i / 26) % 26));

const INPUTS: [string, () => string][] = [
  ['1 MB without a space', () => 'A'.repeat(1_000_000)],
  ['1 MB of mixed case without a space', () => 'Ab'.repeat(500_000)],
  ['1:1:1 x 200,000', () => '1:'.repeat(200_000)],
  ['100,000 quote marks', () => '"'.repeat(100_000)],
  ['10,000 capitalised words in a row', () => Array.from({ length: 10_000 }, (_, i) => `Word${letters(i)}`).join(' ')],
  ['20,000 short sentences with names', () => Array.from({ length: 20_000 }, (_, i) => `John Smith${letters(i)} won.`).join(' ')],
  ['60,000 pronouns', () => 'John Smith won. ' + 'He said he ran. '.repeat(30_000)],
  ['30,000 bracketed names in one sentence', () => 'Yared (Nuguse) '.repeat(30_000)],
  ['30,000 descriptors', () => 'the world champion '.repeat(30_000)],
  ['50,000 possessives', () => "Kerr's ".repeat(50_000)],
  ['20,000 tags around names', () => Array.from({ length: 20_000 }, (_, i) => `<b alt="Anna Bekele${letters(i)}">Anna Bekele${letters(i)}</b>`).join(' ')],
  ['a list of 20,000 names', () => Array.from({ length: 20_000 }, (_, i) => `Anna Bekele${letters(i)}`).join(', ')],
];

describe('hostile inputs', () => {
  test.each(INPUTS)('%s', (_, make) => {
    const doc = docOf(make());
    const t0 = performance.now();
    const r = extractPersons(doc, lex());
    expect(performance.now() - t0).toBeLessThan(8_000);
    for (const p of r.persons) for (const m of p.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  });
});
