/**
 * explain.jsonl (docs/explain-format.md): the decision log of a run, one line per article sorted by article id,
 * written when the run explains itself (output.explain, `--explain`, or output.debug). Each line holds the rules
 * behind every fact of the article (the debug trace, keyed by fact id as in facts.json) and every decision the
 * stages logged: verdict, stage, rule id, [start, end) in the article's body, the covered text and the reason.
 */
import type { ExplainedDecision } from '../rules/explain.js';
import { stableId } from '../util/hash.js';
import { jsonLine } from '../write/json-line.js';

export const EXPLAIN_FILE = 'explain.jsonl';

/** Fact id prefixes of the trace's kinds (src/merge ids: `stableId(prefix, identity key)`). */
const PREFIX: Record<string, string> = { athlete: 'ath_', event: 'evt_', competition: 'cmp_', performance: 'prf_', quote: 'q_' };

/** One line of explain.jsonl. */
export interface ExplainLine {
  /** The article's id in facts.json (`a_…`, from its source). */
  article: string;
  source: string;
  /** Fact id → the rule ids behind it in this article, in the order they fired, each once. */
  facts: Record<string, string[]>;
  decisions: ExplainedDecision[];
}

/** A trace (`kind:identity key` → rule ids) keyed by fact id instead. */
export function factRules(trace: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, rules] of Object.entries(trace)) {
    const colon = k.indexOf(':');
    const prefix = colon < 0 ? undefined : PREFIX[k.slice(0, colon)];
    if (prefix) out[stableId(prefix, k.slice(colon + 1))] = [...new Set(rules)];
  }
  return out;
}

/** The file's lines: every article with a trace or decisions, sorted by article id (the same bytes at any concurrency). */
export function* explainChunks(traces: ReadonlyMap<string, Record<string, string[]>>, decisions: ReadonlyMap<string, readonly ExplainedDecision[]>): Iterable<string> {
  const sources = new Set([...traces.keys(), ...decisions.keys()]);
  const rows = [...sources].map((source) => ({ source, article: stableId('a_', source) })); // the pipeline's articleId
  rows.sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.source < b.source ? -1 : 1));
  for (const { source, article } of rows) {
    const line: ExplainLine = { article, source, facts: factRules(traces.get(source) ?? {}), decisions: [...(decisions.get(source) ?? [])] };
    yield `${jsonLine(line)}\n`;
  }
}
