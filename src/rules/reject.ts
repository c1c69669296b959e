/**
 * One call at a decision point that drops a candidate: logs the drop when there is a rule behind it and says
 * whether there was, so `if (cond && rejected(doc.log, 'times', RULE, start, end)) continue;` reads as the
 * condition it was and costs nothing more than a call when the log is off (NO_LOG).
 */
import type { Stage } from './catalogue.js';
import type { DecisionLog } from './log.js';

/** A rule that drops: its id and why (a context rule, a block rule, a lexicon entry …). */
export interface DropRule {
  id: string;
  reason: string;
}

/** Logs `rule` dropping [start, end) when `rule` is set; true when it is. `reason` overrides the rule's own. */
export function rejected(log: DecisionLog, stage: Stage, rule: DropRule | null | undefined | false, start: number, end: number, reason?: string | (() => string)): boolean {
  if (!rule) return false;
  if (log.enabled) log.reject(stage, rule.id, start, end, reason ?? rule.reason);
  return true;
}
