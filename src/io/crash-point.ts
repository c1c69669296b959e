/**
 * Crash points for the kill tests: with `TRACKFACTS_CRASH_AT=<n>` in the environment the process kills
 * itself (SIGKILL, no clean-up) at the n-th crash point it passes, so a test can stop a run at every step of
 * the write phase in turn instead of hoping a timer falls into a window of a few microseconds. Without the
 * variable a crash point costs one comparison.
 */
const at = Number(process.env['TRACKFACTS_CRASH_AT'] ?? 0);
let passed = 0;

/** One step of the write phase done (the label is for reading the code; the count is what the test uses). */
export function crashPoint(_label: string): void {
  if (at > 0 && ++passed >= at) process.kill(process.pid, 'SIGKILL');
}
