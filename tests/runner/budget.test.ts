import { describe, expect, it } from 'vitest';
import { createTaskBudget } from '../../src/runner/budget.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('task budget', () => {
  it('aborts a task that started longer ago than the budget; a queued task (not started) is never aborted', async () => {
    const b = createTaskBudget(2, 50);
    const running = b.acquire();
    const queued = b.acquire();
    new Float64Array(running.clock)[running.slot] = Date.now(); // what the worker does when it starts
    await sleep(150);
    expect(running.signal.aborted).toBe(true);
    expect(queued.signal.aborted).toBe(false);
    running.release();
    queued.release();
    b.stop();
  });

  it('a task that finishes within its budget is not aborted; slots are reused', async () => {
    const b = createTaskBudget(1, 200);
    const t = b.acquire();
    new Float64Array(t.clock)[t.slot] = Date.now();
    await sleep(20);
    t.release();
    expect(t.signal.aborted).toBe(false);
    const again = b.acquire();
    expect(again.slot).toBe(t.slot);
    expect(() => b.acquire()).toThrow(/more tasks than slots/);
    again.release();
    b.stop();
  });
});
