/**
 * Drops of the times stage that no context rule of model.ts names: the decision log (issue 12) gives them ids.
 * (The catalogue declares every id; these are the ones the times stage added for its log.)
 */
import type { DropRule } from '../../rules/reject.js';

export const NOT_A_NOTATION: DropRule = { id: 'time/not-a-notation', reason: 'digit groups that no time notation reads (a group too long or too large for minutes or seconds)' };
export const ZERO_TIME: DropRule = { id: 'time/zero', reason: 'the reading is no time at all (0:00, 0.0 seconds)' };
