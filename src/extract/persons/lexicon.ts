/**
 * The person lexicon: the built-in rules (model/*.ts) and the configured extra rules, validated with
 * zod when loaded and compiled into lookup tables keyed by folded words. Built once per pipeline.
 */
import { fold } from '../../util/text.js';
import type { PersonRole } from '../../types.js';
import { PersonRuleSchema, type PersonRule } from './schema.js';
import { COUNTRY_RULES } from './model/countries.js';
import { ROLE_RULES, TITLE_RULES } from './model/roles.js';
import { DESCRIPTOR_RULES, GIVEN_NAME_RULES, NOT_NAME_RULES, VERB_RULES } from './model/words.js';
import { readNameData, type Gender, type NameData } from './model/name-data.js';
import { mergeLexicon, type LexiconOverride, type LexiconSpec } from '../../rules/overrides.js';

export interface Tagged<T> {
  value: T;
  rule: string;
}

export interface PersonLexicon {
  readonly rules: readonly PersonRule[];
  /** Role phrases (folded, one to three words) → role. */
  readonly roles: ReadonlyMap<string, Tagged<PersonRole>>;
  /** Nationality words (folded) → IOC code. */
  readonly demonyms: ReadonlyMap<string, Tagged<string>>;
  /** Country names (folded) → IOC code. */
  readonly countries: ReadonlyMap<string, Tagged<string>>;
  readonly titles: ReadonlyMap<string, Tagged<Gender | null>>;
  /** Verb phrases (folded) that show a person competed. */
  readonly verbs: ReadonlyMap<string, string>;
  readonly notName: ReadonlyMap<string, string>;
  readonly given: ReadonlyMap<string, Gender | null>;
  readonly descriptors: ReadonlyMap<string, Tagged<'recent' | 'latter' | 'former'>>;
  readonly names: NameData;
  /** Every word of a multi-word phrase: only these need multi-word look-ups. */
  readonly phraseWords: ReadonlySet<string>;
  /** Singular athlete nouns (folded), the heads of descriptors: "the two-time champion". */
  readonly athleteNouns: ReadonlySet<string>;
  /** First words of two-word athlete nouns ("record" of "record holder"). */
  readonly nounHeads: ReadonlySet<string>;
  /** Every IOC code the country rules know. */
  readonly codes: ReadonlySet<string>;
  /** First words of the two-word nationality, country and role phrases ("new" of "new zealand"). */
  readonly pairHeads: ReadonlySet<string>;
  /** Longest phrase (in words) of any multi-word table, to bound look-ups. */
  readonly maxPhrase: number;
}

/** The built-in entries and their schema, for the merge with `lexicons.persons`; an override cannot change an entry's kind. */
export const PERSON_LEXICON: LexiconSpec<typeof PersonRuleSchema> = {
  key: 'persons',
  schema: PersonRuleSchema,
  builtin: [...COUNTRY_RULES, ...ROLE_RULES, ...TITLE_RULES, ...VERB_RULES, ...NOT_NAME_RULES, ...GIVEN_NAME_RULES, ...DESCRIPTOR_RULES],
  fixed: ['kind'],
};

const key = (w: string) => fold(w).replace(/\s+/g, ' ').trim();

/**
 * Built-in data merged with `lexicons.persons` by id (src/rules/overrides.ts); a word two entries list takes the
 * later one's reading (config entries come after built-in ones). Throws on a bad entry, naming its key path.
 */
export function loadPersonLexicon(extra: readonly LexiconOverride[] = []): PersonLexicon {
  const rules: readonly PersonRule[] = mergeLexicon(PERSON_LEXICON, extra);
  const names = readNameData();
  const roles = new Map<string, Tagged<PersonRole>>();
  const demonyms = new Map<string, Tagged<string>>();
  const countries = new Map<string, Tagged<string>>();
  const titles = new Map<string, Tagged<Gender | null>>();
  const verbs = new Map<string, string>();
  const notName = new Map<string, string>();
  const given = new Map<string, Gender | null>(names.given);
  const descriptors = new Map<string, Tagged<'recent' | 'latter' | 'former'>>();
  let maxPhrase = 1;
  const phraseWords = new Set<string>();
  for (const r of rules) {
    for (const w of r.words) {
      const k = key(w);
      const parts = k.split(' ');
      maxPhrase = Math.max(maxPhrase, parts.length);
      if (parts.length > 1) for (const p of parts) phraseWords.add(p);
      switch (r.kind) {
        case 'role': roles.set(k, { value: r.role, rule: r.id }); break;
        case 'country': demonyms.set(k, { value: r.country, rule: r.id }); break;
        case 'title': titles.set(k, { value: r.gender, rule: r.id }); break;
        case 'athlete-verb': verbs.set(k, r.id); break;
        case 'not-name': notName.set(k, r.id); break;
        case 'given-name': given.set(k, r.gender); break;
        case 'descriptor': descriptors.set(k, { value: r.pick, rule: r.id }); break;
      }
    }
    if (r.kind === 'country') for (const n of r.names) countries.set(key(n), { value: r.country, rule: r.id });
  }
  // weak nouns ("the hope", "the rival") say too little alone to point back to an athlete
  const weak = new Set(['hope', 'prospect', 'holder', 'rival', 'compatriot', 'junior', 'veteran', 'stalwart', 'star', 'pair', 'duo', 'trio', 'quartet', 'team member']);
  const athleteNouns = new Set([...roles].filter(([k, r]) => r.value === 'athlete' && !k.endsWith('s') && !weak.has(k)).map(([k]) => k));
  const nounHeads = new Set([...athleteNouns].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));
  const codes = new Set([...demonyms.values()].map((d) => d.value));
  const pairHeads = new Set<string>();
  for (const table of [demonyms, countries, roles]) {
    for (const k of table.keys()) {
      const parts = k.split(' ');
      if (parts.length === 2) pairHeads.add(parts[0]!);
    }
  }
  return Object.freeze({ rules, roles, demonyms, countries, titles, verbs, notName, given, descriptors, names, codes, phraseWords, athleteNouns, nounHeads, pairHeads, maxPhrase });
}
