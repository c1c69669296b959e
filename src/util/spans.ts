import type { Span } from '../types.js';

/**
 * Index of the span holding offset `pos` in spans sorted by start and disjoint (blocks, sentences, quote
 * parts), or -1: a binary search, so look-ups stay cheap on huge articles.
 */
export function spanIndexAt(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
