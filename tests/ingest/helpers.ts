/** Test helpers for ingest: reading fixtures of this repo, UTF-8 bytes of a string. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixture = (rel: string): Uint8Array => new Uint8Array(readFileSync(path.join(ROOT, 'fixtures', rel)));
export const fixtureText = (rel: string): string => readFileSync(path.join(ROOT, 'fixtures', rel), 'utf8');
export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Words of a text as the html-ingest score reads them (NFKC, lower case, letters and digits). */
export const words = (s: string): string[] => s.normalize('NFKC').toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];

/** Bag-of-words F1 of two word lists. */
export function bagF1(a: string[], b: string[]): number {
  const bag = new Map<string, number>();
  for (const w of b) bag.set(w, (bag.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of a) {
    const n = bag.get(w) ?? 0;
    if (n) {
      common++;
      bag.set(w, n - 1);
    }
  }
  if (!common) return 0;
  const p = common / a.length;
  const r = common / b.length;
  return (2 * p * r) / (p + r);
}
