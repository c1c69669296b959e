/**
 * The shape of ingest's rule tables: every rule has an id and a reason, and is validated with zod
 * when its module loads (a malformed table is a programming error and throws at start-up).
 */
import { z } from 'zod';

export const IngestRuleSchema = z.strictObject({
  id: z.string().regex(/^(?:decode|txt|md|html|meta)\/[a-z0-9-]+$/),
  reason: z.string().min(10),
  pattern: z.instanceof(RegExp).optional(),
  values: z.array(z.string().min(1)).min(1).optional(),
  keys: z.array(z.string().min(1)).min(1).optional(),
  bytes: z.array(z.number().int().min(0).max(255)).min(2).optional(),
  max: z.number().int().positive().optional(),
});
/** A rule as the tables write it (readonly, `as const`). */
export interface IngestRule {
  readonly id: string;
  readonly reason: string;
  readonly pattern?: RegExp;
  readonly values?: readonly string[];
  readonly keys?: readonly string[];
  readonly bytes?: readonly number[];
  readonly max?: number;
}

/** Validates a rule table; the ids must be unique. */
export function defineRules<const T extends readonly IngestRule[]>(table: T): T {
  z.array(IngestRuleSchema).parse(table);
  const ids = new Set<string>();
  for (const r of table) {
    if (ids.has(r.id)) throw new Error(`duplicate ingest rule id ${r.id}`);
    ids.add(r.id);
  }
  return table;
}

/** The rule of `table` with `id` (a missing id is a programming error). */
export function ruleOf<T extends readonly IngestRule[], I extends T[number]['id']>(table: T, id: I): Extract<T[number], { id: I }> {
  const r = table.find((x) => x.id === id);
  if (!r) throw new Error(`no ingest rule ${id}`);
  return r as Extract<T[number], { id: I }>;
}
