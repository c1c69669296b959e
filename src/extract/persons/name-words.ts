/**
 * Word tests of the candidate cutter: whether a capitalised word can be inside a person's name, starts one, or
 * ends one ("Eugene Amo-Dadzie", "Holly Field", "Park Min-seo", "Sydney McLaughlin").
 */
import { fold } from '../../util/text.js';
import type { PersonLexicon } from './lexicon.js';
import type { Token } from './runs.js';
import { PARTICLES, SURNAME_WORDS } from './model/context-words.js';
import { RULES } from './rules.js';

/** A role word, nationality, country or title peeled off just before ("Winner Kelvin Kimutai", "Kenyan Lily Amanya"). */
export function afterLabel(lex: PersonLexicon, t: Token): boolean {
  return !t.poss && (lex.roles.has(t.key) || lex.demonyms.has(t.key) || lex.countries.has(t.key) || lex.titles.has(t.key));
}

/** A word written as a name: one capital, then lower-case letters, hyphenated parts alike ("Amo-Dadzie"; not "NCAA", not "In-form"). */
export function isNameShaped(text: string, t: Token): boolean {
  return /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(text.slice(t.start, t.end));
}

/** The first part of a hyphenated word ("In-form" → "in"). */
export const head = (k: string) => {
  const dash = k.indexOf('-');
  return dash < 0 ? k : k.slice(0, dash);
};

export function isGiven(lex: PersonLexicon, k: string): boolean {
  return lex.given.has(k);
}

/** A word that can never be inside a name (memoised on the token: it is asked several times). */
export function blocks(lex: PersonLexicon, t: Token): boolean {
  if (t.blocks >= 0) return t.blocks === 1;
  const k = t.key;
  const b = !PARTICLES.words.has(k) && (lex.notName.has(k) || lex.names.closed.has(k) || lex.demonyms.has(k) || lex.countries.has(k) || lex.titles.has(k));
  t.blocks = b ? 1 : 0;
  return b;
}

/** Month abbreviations that are also names ("Zhang Jun", "Jan Zelezny"): a date only next to a number ("Jun 5", "5 Jun"). */
const MONTH_ABBREVIATIONS = new Set(['jan', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']);

export function undatedMonth(text: string, t: Token): boolean {
  if (!MONTH_ABBREVIATIONS.has(t.key) || t.poss) return false;
  return !/^\.?\s{0,2}\d/.test(text.slice(t.end, t.end + 4)) && !/\d\s{0,2}$/.test(text.slice(Math.max(0, t.start - 3), t.start));
}

/**
 * A given name that is also a city or meeting word, first in a name and followed by a name word: "Eugene
 * Amo-Dadzie" (not "Eugene Diamond League", whose next word blocks).
 */
export function givenBeforeName(lex: PersonLexicon, run: readonly Token[], j: number, i: number, text: string): boolean {
  const t = run[j]!;
  const next = run[j + 1];
  return j === i && next !== undefined && !t.poss && isGiven(lex, t.key) && lex.notName.get(t.key) === RULES.competitionWord.id && !blocks(lex, next) && !lex.names.common.has(next.key) && isNameShaped(text, next);
}

/**
 * A place, venue or meeting word right after a given name (or a word no dictionary knows: "Abdeslam Hill of Morocco"),
 * ending the run: a surname ("Holly Field finished third", "Ryan Hall's record"). Never a country, a nationality, a title or a month; the candidate says so (`weakSurname`).
 */
export function surnameAfterGiven(lex: PersonLexicon, run: readonly Token[], j: number, i: number, text: string): boolean {
  const t = run[j]!;
  if (j !== i + 1 || (j < run.length - 1 && !t.poss) || run[i]!.poss || !(isGiven(lex, run[i]!.key) || unknownWord(lex, run[i]!, text)) || !isNameShaped(text, t)) return false;
  const k = t.key;
  return SURNAME_WORDS.words.has(k) && lex.notName.has(k) && !lex.names.closed.has(k) && !lex.demonyms.has(k) && !lex.countries.has(k) && !lex.titles.has(k) && !lex.codes.has(t.key.toUpperCase());
}

/** A name-shaped word that no dictionary knows (not a given name, an English word, a place or a word of a thing's name): "Abdeslam". */
export function unknownWord(lex: PersonLexicon, t: Token, text: string): boolean {
  const k = t.key;
  return !lex.given.has(k) && !lex.names.common.has(k) && !lex.names.places.has(k) && !lex.notName.has(k) && !lex.names.closed.has(k) && !lex.demonyms.has(k) && !lex.countries.has(k) && !lex.roles.has(k) && isNameShaped(text, t);
}

/** A Korean given name: two syllables joined by a hyphen, the second in lower case ("Min-seo", "Sang-hyeok"). */
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}$/u;

/** A Korean given name as one word (a possessive allowed): its lower-case syllable is no English word ("Kenya-based"). */
export function koreanGivenWord(lex: PersonLexicon, word: string): boolean {
  const w = word.replace(/['’]s?$/, '');
  return KOREAN_GIVEN.test(w) && !lex.names.common.has(fold(w.slice(w.indexOf('-') + 1)));
}

/** "Park Min-seo": a surname that is also a place word, written before a Korean given name. */
export function koreanSurname(lex: PersonLexicon, run: readonly Token[], j: number, i: number, text: string): boolean {
  const next = run[j + 1];
  // (set look-ups first: this is asked of every word peeled off a name's front)
  return j === i && next !== undefined && !run[j]!.poss && lex.notName.has(run[j]!.key) && next.key.includes('-') && isNameShaped(text, run[j]!) && KOREAN_GIVEN.test(text.slice(next.start, next.end));
}

/** A place word ends a name unless a name word follows it ("Sydney McLaughlin"). */
export function isPlace(lex: PersonLexicon, t: Token, next: Token | undefined): boolean {
  if (!lex.names.places.has(t.key)) return false;
  return !next || t.poss || blocks(lex, next) || !isGiven(lex, t.key);
}

/**
 * "Marcus St. Clair", "Shaunae St Fort": "St" after a given name (or a word no dictionary knows) and before a name
 * word starts a surname (not "London St Pancras", whose first word is a place, nor "St Helens" at a name's front).
 */
export function saintInSurname(lex: PersonLexicon, run: readonly Token[], j: number, i: number, text: string): boolean {
  const t = run[j]!;
  const next = run[j + 1];
  if (t.key !== 'st' || j !== i + 1 || t.poss || !next || run[i]!.poss || blocks(lex, next) || !isNameShaped(text, next) || !isNameShaped(text, run[i]!)) return false;
  const k = run[i]!.key;
  return isGiven(lex, k) || !(lex.names.common.has(k) || lex.names.places.has(k) || lex.notName.has(k));
}

/** A word that can be inside a name at `j` of a name that starts at `i`. */
export function inName(text: string, lex: PersonLexicon, run: readonly Token[], j: number, i: number): boolean {
  return !blocks(lex, run[j]!) || undatedMonth(text, run[j]!) || givenBeforeName(lex, run, j, i, text) || surnameAfterGiven(lex, run, j, i, text) || koreanSurname(lex, run, j, i, text) || saintInSurname(lex, run, j, i, text);
}
