import { describe, expect, it } from 'vitest';
import { createProgress, formatProgress } from '../../src/runner/progress.js';

function sink(isTTY: boolean) {
  const out: string[] = [];
  return { out, stream: { isTTY, write: (s: string) => out.push(s) } };
}

describe('progress', () => {
  it('formats done/total, articles/s and ETA', () => {
    expect(formatProgress(50, 200, 60, 2000)).toBe('trackfacts: 50/200 files, 60 articles, 30 articles/s, ETA 6s');
    expect(formatProgress(4, 8, 4, 8000)).toBe('trackfacts: 4/8 files, 4 articles, 0.5 articles/s, ETA 8s');
    expect(formatProgress(200, 200, 200, 1000)).toMatch(/ETA 0s$/);
    expect(formatProgress(0, 10, 0, 0)).toMatch(/ETA \?$/);
  });

  it('not a TTY: one plain line every interval, and a last line', () => {
    let t = 0;
    const { out, stream } = sink(false);
    const p = createProgress({ total: 100, stream, now: () => t, intervalMs: 5000 });
    for (let i = 0; i < 100; i++) {
      t += 100;
      p.tick(1, 1);
    }
    p.done();
    expect(out).toHaveLength(3); // at 5 s, at 10 s, and done
    expect(out.every((l) => l.endsWith('\n') && !l.includes('\r'))).toBe(true);
    expect(out[2]).toMatch(/100\/100 files/);
  });

  it('a TTY: the line is redrawn in place', () => {
    let t = 0;
    const { out, stream } = sink(true);
    const p = createProgress({ total: 10, stream, now: () => t });
    for (let i = 0; i < 10; i++) {
      t += 150;
      p.tick(1, 1);
    }
    p.done();
    expect(out.length).toBe(11);
    expect(out.every((l) => l.startsWith('\r\x1b[K'))).toBe(true);
  });

  it('no stream (--quiet): nothing', () => {
    const p = createProgress({ total: 1, stream: null, now: () => 0 });
    p.tick(1, 1);
    p.done();
  });
});
