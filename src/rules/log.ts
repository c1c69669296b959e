/**
 * The decision log (issue 12), in the spirit of vfile messages: each article's stages record what they accepted
 * and what they dropped, with the rule, the stage, the span [start, end) in the article text and a reason.
 *
 * The log rides on the Doc (`doc.log`), so every stage can write to it without a new parameter. When the run does
 * not ask for it (`--explain`, `output.debug`), `doc.log` is `NO_LOG`, whose methods do nothing: stages call it
 * unconditionally, and must not build costly reasons eagerly (pass a function for those).
 */
import type { Stage } from './catalogue.js';

export type Verdict = 'accept' | 'reject';

export interface Decision {
  rule: string;
  stage: Stage;
  verdict: Verdict;
  start: number;
  end: number;
  reason: string;
}

export interface DecisionLog {
  readonly enabled: boolean;
  accept(stage: Stage, rule: string, start: number, end: number, reason: string | (() => string)): void;
  reject(stage: Stage, rule: string, start: number, end: number, reason: string | (() => string)): void;
  /** The decisions in the order they were made. */
  readonly decisions: readonly Decision[];
}

export const NO_LOG: DecisionLog = Object.freeze({
  enabled: false,
  accept() {},
  reject() {},
  decisions: Object.freeze([]) as readonly Decision[],
});

export function createDecisionLog(): DecisionLog {
  const decisions: Decision[] = [];
  const add = (verdict: Verdict) => (stage: Stage, rule: string, start: number, end: number, reason: string | (() => string)) => {
    decisions.push({ rule, stage, verdict, start, end, reason: typeof reason === 'function' ? reason() : reason });
  };
  return { enabled: true, accept: add('accept'), reject: add('reject'), decisions };
}
