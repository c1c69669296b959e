/**
 * The one place the report reads the run's explanations: "the rules behind a fact" and the candidates the
 * stages dropped. From the decision log (explain.jsonl, written with --explain or output.debug: per article the
 * rules behind each fact by fact id, and every decision) when the run has one; otherwise from the older
 * `output.debug` traces (debug.json: source → "kind:identity key" → rule ids), which have no dropped candidates.
 * The page reads only what these lookups give.
 */
import { factRules } from '../runner/explain-output.js';
import type { ExplainLine } from '../runner/explain-output.js';

/** Rule ids behind one fact in one article, or null when the run kept no trace. */
export type RuleLookup = (source: string, factId: string) => readonly string[] | null;

/** A dropped candidate as the page draws it: [start, end, stage, rule id, reason]. */
export type DropRow = [number, number, string, string, string];

/** The candidates dropped in one article, in text order (empty when none were). */
export type DropLookup = (source: string) => readonly DropRow[];

/** debug.json's shape: per article source, per "kind:key", the rule ids (repeated as they fired). */
export type DebugTraces = Record<string, Record<string, string[]>>;

export function rulesFromDebugTraces(traces: DebugTraces | ReadonlyMap<string, Record<string, string[]>>): RuleLookup {
  const entries = traces instanceof Map ? [...traces.entries()] : Object.entries(traces as DebugTraces);
  const bySource = new Map<string, Map<string, string[]>>();
  for (const [source, facts] of entries) {
    const valid = Object.fromEntries(Object.entries(facts).filter(([, rules]) => Array.isArray(rules)).map(([k, rules]) => [k, (rules as unknown[]).map(String)]));
    bySource.set(source, new Map(Object.entries(factRules(valid))));
  }
  return (source, factId) => bySource.get(source)?.get(factId) ?? null;
}

/** The rules behind each fact and the dropped candidates (rejected decisions), from explain.jsonl's lines. */
export function explanationsFromLog(lines: Iterable<ExplainLine>): { rules: RuleLookup; drops: DropLookup } {
  const rules = new Map<string, ReadonlyMap<string, string[]>>();
  const drops = new Map<string, DropRow[]>();
  for (const l of lines) {
    rules.set(l.source, new Map(Object.entries(l.facts)));
    const rows: DropRow[] = l.decisions.filter((d) => d.verdict === 'reject').map((d) => [d.start, d.end, d.stage, d.rule, d.reason]);
    drops.set(l.source, rows.sort((x, y) => x[0] - y[0] || y[1] - x[1]));
  }
  return { rules: (source, factId) => rules.get(source)?.get(factId) ?? null, drops: (source) => drops.get(source) ?? [] };
}
