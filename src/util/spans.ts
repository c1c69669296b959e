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

/** Index of the first of the ascending numbers at or after `pos` (their length when there is none). */
export function firstAtOrAfter(sorted: ArrayLike<number>, pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first of the spans (sorted by start) that starts at or after `pos` (their length when none). */
export function firstStartingAtOrAfter(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
