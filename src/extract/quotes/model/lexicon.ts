/** The quote lexicon: validated data (zod) turned into lookup maps from a folded word to its rule id. */
import { z } from 'zod';
import { QUOTE_LEXICON_DATA } from './data.js';

export const QuoteWordRuleSchema = z.strictObject({
  id: z.string().regex(/^quote\/[a-z0-9-]+$/),
  reason: z.string().min(1),
  words: z.array(z.string().min(1)).min(1),
});
export type QuoteWordRule = z.infer<typeof QuoteWordRuleSchema>;

const KINDS = ['speechVerbs', 'pronouns', 'auxiliaries', 'anonymous', 'clauseBreaks', 'outletMedia', 'outletHeads', 'speechWords', 'notNames', 'titleSmallWords'] as const;
export type QuoteWordKind = (typeof KINDS)[number];

export const QuoteLexiconDataSchema = z.strictObject(
  Object.fromEntries(KINDS.map((k) => [k, z.array(QuoteWordRuleSchema)])) as Record<QuoteWordKind, z.ZodArray<typeof QuoteWordRuleSchema>>,
);
export type QuoteLexiconData = z.infer<typeof QuoteLexiconDataSchema>;

/** Word lists as maps: lower-cased word → id of the rule that lists it. Frozen once built. */
export type QuoteLexicon = Readonly<Record<QuoteWordKind, ReadonlyMap<string, string>>>;

/**
 * Validates the built-in data plus `extra` rules (appended per kind) and builds the lookup maps.
 * Throws on invalid data, with the zod issue path in the message (bad configuration).
 */
export function loadQuoteLexicon(extra: Partial<Record<QuoteWordKind, QuoteWordRule[]>> = {}): QuoteLexicon {
  const merged: Record<string, unknown[]> = {};
  for (const k of KINDS) merged[k] = [...QUOTE_LEXICON_DATA[k], ...(extra[k] ?? [])];
  const parsed = QuoteLexiconDataSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`invalid quote lexicon at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'unknown'}`);
  }
  const out = {} as Record<QuoteWordKind, ReadonlyMap<string, string>>;
  for (const k of KINDS) {
    const m = new Map<string, string>();
    for (const rule of parsed.data[k]) for (const w of rule.words) if (!m.has(w.toLowerCase())) m.set(w.toLowerCase(), rule.id);
    out[k] = m;
  }
  return Object.freeze(out);
}
