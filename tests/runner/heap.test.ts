import { describe, expect, it } from 'vitest';
import v8 from 'node:v8';
import { createHeapGuard } from '../../src/runner/heap.js';

const used = () => v8.getHeapStatistics().used_heap_size;

describe('heap guard', () => {
  it('collects when the heap has grown well past its live size', () => {
    const guard = createHeapGuard(1, 0);
    let garbage: { i: number; s: string }[] | null = Array.from({ length: 1_000_000 }, (_, i) => ({ i, s: `x${i}` }));
    expect(garbage.length).toBe(1_000_000);
    garbage = null;
    const before = used();
    guard.tick();
    expect(used()).toBeLessThan(before - 20 * 1024 * 1024);
  });

  it('does nothing between checks', () => {
    const guard = createHeapGuard(1_000_000, 0);
    let garbage: number[][] | null = Array.from({ length: 200_000 }, (_, i) => [i]);
    garbage = null;
    expect(garbage).toBeNull();
    const before = used();
    guard.tick();
    expect(used()).toBeGreaterThan(before - 1024 * 1024);
  });
});
