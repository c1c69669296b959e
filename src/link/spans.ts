/**
 * Sorted spans with bounded range queries, so that linking stays linear in the size of an article: every
 * query scans at most `CAP` items, whatever the article holds (a 2 MB line with 100,000 names and times).
 */
import type { Sentence, Span } from '../types.js';
import { firstAtOrAfter, spanIndexAt } from '../util/spans.js';

/** The most items one query looks at. Real sentences hold a handful; hostile ones are cut short. */
export const CAP = 64;

export interface SpanIndex<T extends Span> {
  items: readonly T[];
  starts: Float64Array;
}

const byStartThenLongest = (a: Span, b: Span) => a.start - b.start || b.end - a.end;

export function indexSpans<T extends Span>(list: readonly T[]): SpanIndex<T> {
  const items = list.slice().sort(byStartThenLongest);
  // a plain loop: Float64Array.from with a map function goes through the iterator protocol
  const starts = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) starts[i] = items[i]!.start;
  return { items, starts };
}

/** Up to `cap` items inside [from, to), in text order, nearest to `to` kept when cut. */
export function lastIn<T extends Span>(idx: SpanIndex<T>, from: number, to: number, cap = CAP): T[] {
  const out: T[] = [];
  for (let i = firstAtOrAfter(idx.starts, to) - 1; i >= 0 && out.length < cap; i--) {
    const x = idx.items[i]!;
    if (x.start < from) break;
    if (x.end <= to) out.push(x);
  }
  return out.reverse();
}

/** Up to `cap` items inside [from, to), in text order, nearest to `from` kept when cut. */
export function firstIn<T extends Span>(idx: SpanIndex<T>, from: number, to: number, cap = CAP): T[] {
  const out: T[] = [];
  for (let i = firstAtOrAfter(idx.starts, from); i < idx.items.length && out.length < cap; i++) {
    const x = idx.items[i]!;
    if (x.start >= to) break;
    if (x.end <= to) out.push(x);
  }
  return out;
}

/** Items of a sentence around a span: up to `cap` before it and `cap` after it. */
export function around<T extends Span>(idx: SpanIndex<T>, s: Span, t: Span, cap = CAP): T[] {
  return [...lastIn(idx, s.start, t.start, cap), ...firstIn(idx, t.end, s.end, cap)];
}

/** Index of the sentence holding `pos` (sentences are sorted and disjoint), or -1. */
export function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  return spanIndexAt(sentences, pos);
}
