/**
 * V8 tuning for the CLI's batch runs. A worker thread runs the same few hundred functions over thousands of
 * short articles. With V8's default tier-up threshold (a function is optimised once ~66 KB of its bytecode
 * has run) a 2,000-article run compiles 300+ functions in every worker, several of them more than once, and
 * on a 2-core machine that background compiling took about a quarter of the run's CPU (measured: 8.2 → 5.8 s
 * of CPU for the same run with a threshold 12x higher). A higher threshold optimises only the functions
 * that stay hot; on a 20,000-article run the CPU is the same either way.
 *
 * V8 flags are process-wide and read when a worker's isolate starts, so this runs once, before the workers
 * exist, and only in the CLI, which owns its process (a library caller's process is left alone). A flag
 * given on the node command line wins.
 */
import v8 from 'node:v8';

const FLAG = '--interrupt-budget';
export const INTERRUPT_BUDGET = 800_000;

/** Sets the tier-up threshold unless the node command line set it; returns whether it did. */
export function tuneV8ForBatches(execArgv: readonly string[] = process.execArgv): boolean {
  if (execArgv.some((a) => a.startsWith(FLAG))) return false;
  v8.setFlagsFromString(`${FLAG}=${INTERRUPT_BUDGET}`);
  return true;
}
