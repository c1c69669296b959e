/**
 * The quote lexicon: the built-in word lists (data.ts) merged with `lexicons.quotes` from the config by id
 * (src/rules/overrides.ts), validated with zod and turned into lookup maps from a folded word to its rule id.
 */
import { z } from 'zod';
import { QUOTE_LEXICON_DATA } from './data.js';
import { mergeLexicon, type LexiconOverride, type LexiconSpec } from '../../../rules/overrides.js';

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

/** A quote lexicon entry as the config writes it: a word rule and the list it belongs to. */
export const QuoteEntrySchema = QuoteWordRuleSchema.extend({ kind: z.enum(KINDS) });
export type QuoteEntry = z.infer<typeof QuoteEntrySchema>;

/** The built-in entries (one list per kind, flattened) and their schema, for the merge with `lexicons.quotes`. */
export const QUOTE_LEXICON: LexiconSpec<typeof QuoteEntrySchema> = {
  key: 'quotes',
  schema: QuoteEntrySchema,
  builtin: KINDS.flatMap((kind) => QUOTE_LEXICON_DATA[kind].map((r) => ({ ...r, kind }))),
  fixed: ['kind'],
};

/** Word lists as maps: lower-cased word → id of the rule that lists it. Frozen once built. */
export type QuoteLexicon = Readonly<Record<QuoteWordKind, ReadonlyMap<string, string>>>;

/** Extra rules per kind (the earlier form of the argument): entries with that kind. */
const asEntries = (extra: Partial<Record<QuoteWordKind, QuoteWordRule[]>>): LexiconOverride[] =>
  KINDS.flatMap((kind) => (extra[kind] ?? []).map((r) => ({ ...r, kind })));

/**
 * The built-in data merged with config entries by id (a list of entries, or extra rules per kind) and built into
 * the lookup maps; a word two entries of one kind list takes the later one's id (config after built-in). Throws on
 * a bad entry, naming its key path (bad configuration).
 */
export function loadQuoteLexicon(extra: readonly LexiconOverride[] | Partial<Record<QuoteWordKind, QuoteWordRule[]>> = []): QuoteLexicon {
  const entries = mergeLexicon(QUOTE_LEXICON, Array.isArray(extra) ? extra : asEntries(extra as Partial<Record<QuoteWordKind, QuoteWordRule[]>>));
  const out = {} as Record<QuoteWordKind, Map<string, string>>;
  for (const k of KINDS) out[k] = new Map();
  for (const rule of entries) for (const w of rule.words) out[rule.kind].set(w.toLowerCase(), rule.id);
  return Object.freeze(out);
}
