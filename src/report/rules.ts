/**
 * The one place the report reads "the rules behind a fact": today the `output.debug` traces (debug.json:
 * source → "kind:identity key" → rule ids), turned into source → fact id → rule ids. A decision log (another
 * issue) can replace this adapter without touching the page.
 */
import { stableId } from '../util/hash.js';

/** Rule ids behind one fact in one article, or null when the run kept no trace. */
export type RuleLookup = (source: string, factId: string) => readonly string[] | null;

const PREFIX: Record<string, string> = { athlete: 'ath_', event: 'evt_', competition: 'cmp_', performance: 'prf_', quote: 'q_' };

/** debug.json's shape: per article source, per "kind:key", the rule ids (repeated as they fired). */
export type DebugTraces = Record<string, Record<string, string[]>>;

export function rulesFromDebugTraces(traces: DebugTraces | ReadonlyMap<string, Record<string, string[]>>): RuleLookup {
  const entries = traces instanceof Map ? [...traces.entries()] : Object.entries(traces as DebugTraces);
  const bySource = new Map<string, Map<string, string[]>>();
  for (const [source, facts] of entries) {
    const byId = new Map<string, string[]>();
    for (const [k, rules] of Object.entries(facts)) {
      const colon = k.indexOf(':');
      const prefix = PREFIX[k.slice(0, colon)];
      if (colon < 0 || !prefix || !Array.isArray(rules)) continue;
      byId.set(stableId(prefix, k.slice(colon + 1)), [...new Set(rules.map(String))]);
    }
    bySource.set(source, byId);
  }
  return (source, factId) => bySource.get(source)?.get(factId) ?? null;
}
