/**
 * The decision log as the outputs carry it (issue 12 item 4): each decision with the text it covers, per article.
 * The log itself (./log.ts) lives on the Doc while the article is extracted; this is what leaves the pipeline in
 * `ArticleResult.decisions`, travels through the cache and the state beside the rule traces, and is written to
 * explain.jsonl (src/runner/explain-output.ts; format in docs/explain-format.md).
 */
import type { Decision, DecisionLog } from './log.js';

export interface ExplainedDecision extends Decision {
  /** `text.slice(start, end)` of the article's body: what the decision was about. */
  text: string;
}

/** Whether a run records its decisions: `--explain` (output.explain) or output.debug, which also writes debug.json. */
export const explains = (output: { debug: boolean; explain?: boolean }): boolean => output.debug || !!output.explain;

/** The log's decisions in the order they were made, each with its covered text; empty when the log is off. */
export function explainDecisions(text: string, log: DecisionLog): ExplainedDecision[] {
  return log.decisions.map((d) => ({ verdict: d.verdict, stage: d.stage, rule: d.rule, start: d.start, end: d.end, text: text.slice(d.start, d.end), reason: d.reason }));
}
