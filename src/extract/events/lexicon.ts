/**
 * The event lexicon: the built-in entries (model.ts) merged with `lexicons.events` from the config by id
 * (src/rules/overrides.ts), validated with zod and compiled into one alternation of every form. Built once.
 */
import { z } from 'zod';
import { EVENT_RULES } from './model.js';
import { mergeLexicon, type LexiconOverride, type LexiconSpec } from '../../rules/overrides.js';

const DisciplineSchema = z.enum(['track', 'road', 'field', 'combined', 'cross-country', 'walk', 'relay']);

/** One lexicon entry: a canonical event and the words that name it. */
export const EventRuleSchema = z.strictObject({
  id: z.string().min(1),
  reason: z.string().min(1),
  /** Canonical contract name ("Pole Vault", "Half Marathon"). */
  name: z.string().min(1),
  discipline: DisciplineSchema,
  distanceMeters: z.number().positive().nullable(),
  /** Written forms, matched case-insensitively on word boundaries; a space or hyphen matches either or none. */
  forms: z.array(z.string().min(2).max(60)).min(1),
  /** The form is also a plain length ("won by a mile", "a mile from home"): check the context. */
  measure: z.boolean().optional(),
});
export type EventRule = z.infer<typeof EventRuleSchema>;

/** The built-in entries and their schema, for the merge with `lexicons.events`. */
export const EVENT_LEXICON: LexiconSpec<typeof EventRuleSchema> = {
  key: 'events',
  schema: EventRuleSchema,
  builtin: EVENT_RULES.map((r) => ({ ...r, measure: r.id === 'event/mile' || r.name.endsWith('Miles') })),
};

export interface EventLexicon {
  readonly rules: readonly EventRule[];
  /** Alternation of every form, longest first. Use with `matchAll` (which copies it), never `exec`. */
  readonly formsRe: RegExp;
  /** Form key (lower case, spaces and hyphens removed) → rule. */
  readonly byForm: ReadonlyMap<string, EventRule>;
}

export const formKey = (s: string) => s.toLowerCase().replace(/[\s-]+/g, '');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Built-in data merged with config entries by id; a form two entries list belongs to the later one (config after built-in). */
export function loadEventLexicon(extra: readonly LexiconOverride[] = []): EventLexicon {
  const rules = mergeLexicon(EVENT_LEXICON, extra);
  const byForm = new Map<string, EventRule>();
  for (const r of rules) for (const f of r.forms) byForm.set(formKey(f), r);
  const forms = [...new Set(rules.flatMap((r) => r.forms.map((f) => f.toLowerCase().trim())))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const alternation = forms.map((f) => f.split(/[\s-]+/).map(escapeRe).join('[\\s-]?')).join('|');
  const formsRe = new RegExp(`(?<![\\w])(?:${alternation})(?![\\w])`, 'gi');
  return Object.freeze({ rules: Object.freeze(rules), formsRe, byForm });
}
