/**
 * Built-in quote lexicon: general knowledge of how news text attributes speech. The word classes are declared
 * once, with their ids, reasons and words, in the stage's rule catalogue (`../rules.ts`); this is the shape
 * `loadQuoteLexicon` validates. No names of people.
 */
import type { RuleSpec } from '../../../rules/catalogue.js';
import { RULES } from '../rules.js';

const words = (r: RuleSpec) => [{ id: r.id, reason: r.reason, words: [...(r.words ?? [])] }];

export const QUOTE_LEXICON_DATA = {
  speechVerbs: words(RULES.verbSay),
  pronouns: words(RULES.pronoun),
  auxiliaries: words(RULES.aux),
  anonymous: words(RULES.anonymousRole),
  clauseBreaks: words(RULES.clauseBreak),
  outletMedia: words(RULES.outletMedium),
  outletHeads: words(RULES.outletPublication),
  speechWords: words(RULES.firstPerson),
  notNames: words(RULES.notAName),
  titleSmallWords: words(RULES.titleSmallWord),
};
