/**
 * A run that must not write its outputs: bad usage found on the file system (an input that does not
 * exist), an output folder that cannot be written, locked by another run or on a special file system, or
 * a result the guard refuses (no article, or the facts shrank past `output.maxShrink`). The CLI exits 2
 * with the message; the previous outputs are untouched. `report` is the run report when the run got that far.
 */
import type { RunReport } from './report.js';

export type RunErrorReason = 'input-missing' | 'output-unwritable' | 'output-special-fs' | 'output-locked' | 'no-articles' | 'shrink';

export class RunError extends Error {
  override name = 'RunError';
  constructor(
    message: string,
    readonly reason: RunErrorReason,
    readonly report: RunReport | null = null,
  ) {
    super(message);
  }
}
