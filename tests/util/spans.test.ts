import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstAtOrAfter, firstStartingAtOrAfter, spanIndexAt } from '../../src/util/spans.js';

describe('span searches', () => {
  it('firstAtOrAfter and firstStartingAtOrAfter agree with a linear scan', () => {
    const sorted = fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 20 }).map((xs) => xs.sort((a, b) => a - b));
    fc.assert(
      fc.property(sorted, fc.integer({ min: -1, max: 52 }), (xs, pos) => {
        const linear = xs.findIndex((x) => x >= pos);
        const want = linear < 0 ? xs.length : linear;
        return firstAtOrAfter(xs, pos) === want && firstAtOrAfter(Float64Array.from(xs), pos) === want && firstStartingAtOrAfter(xs.map((x) => ({ start: x, end: x + 1 })), pos) === want;
      }),
      { numRuns: 2000 },
    );
  });

  it('spanIndexAt finds the span holding an offset, or -1', () => {
    const spans = [{ start: 0, end: 5 }, { start: 7, end: 9 }];
    expect([0, 4, 5, 6, 7, 8, 9].map((p) => spanIndexAt(spans, p))).toEqual([0, 0, -1, -1, 1, 1, -1]);
  });
});
