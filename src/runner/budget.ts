/**
 * Per-task time budgets for the pool. A task's clock starts when a worker begins it (the worker writes
 * Date.now() into a shared slot), not when it is queued, so neither the queue nor a worker's start-up
 * counts. One interval timer checks the running tasks and aborts those past their budget.
 */
export interface TaskBudget {
  /** A free slot and an AbortSignal for a task; call `release` when it settles. */
  acquire(): { clock: SharedArrayBuffer; slot: number; signal: AbortSignal; release: () => void };
  stop(): void;
}

export function createTaskBudget(slots: number, budgetMs: number): TaskBudget {
  const clock = new SharedArrayBuffer(8 * slots);
  const starts = new Float64Array(clock);
  const free = Array.from({ length: slots }, (_, i) => slots - 1 - i);
  const running = new Map<number, AbortController>();
  const every = Math.min(250, Math.max(5, Math.floor(budgetMs / 10)));
  let timer: ReturnType<typeof setInterval> | null = null;

  const check = () => {
    const t = Date.now();
    for (const [slot, ac] of running) {
      const s = starts[slot]!;
      if (s > 0 && t - s > budgetMs) ac.abort();
    }
  };

  return {
    acquire() {
      const slot = free.pop();
      if (slot === undefined) throw new Error('task budget: more tasks than slots');
      starts[slot] = 0;
      const ac = new AbortController();
      running.set(slot, ac);
      if (!timer) {
        timer = setInterval(check, every);
        timer.unref();
      }
      return {
        clock,
        slot,
        signal: ac.signal,
        release: () => {
          running.delete(slot);
          starts[slot] = 0;
          free.push(slot);
          if (!running.size && timer) {
            clearInterval(timer);
            timer = null;
          }
        },
      };
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
