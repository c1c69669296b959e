/**
 * Who a noun phrase of an attribution names: a person of `PersonsResult` (by a mention or a ref in the phrase,
 * or by name), a name that is not one of the persons, an unnamed speaker ("an IAAF spokesman": null), or,
 * for a pronoun or a descriptor without a ref, the most recent person mentioned before it.
 */
import type { PersonsResult, Span } from '../../types.js';
import { isLetterCode } from '../../util/chars.js';
import { identityKey } from '../../util/text.js';
import { firstStartingAtOrAfter } from '../../util/spans.js';
import type { QuoteLexicon } from './model/lexicon.js';
import { isNameWord, isPossessive, type Token } from './tokens.js';
import { RULES } from './rules.js';

export interface Speaker {
  speaker: number | null;
  speakerName: string | null;
  rule: string;
}

interface Marked extends Span {
  person: number;
  possessive: boolean;
  ref: boolean;
  /** A pronoun or a possessive determiner ("he", "his"). */
  pronoun: boolean;
}

export interface SpeakerIndex {
  /** Person mentions and refs outside quotes, sorted by start. */
  marks: Marked[];
  /** Person mentions (names, not refs) inside quotes, sorted by start. */
  quoted: Marked[];
  /** Name or alias key → person index; surname key → person index when unambiguous. */
  byKey: Map<string, number>;
  /** Gender by person index when the pronoun refs show one clearly ('m' / 'f'). */
  gender: ('m' | 'f' | null)[];
  /** Surnames already looked up in the text for a full name (per article; bounded). */
  fullNames: Map<string, string | null>;
}

/** At most this many surnames are looked up in the text per article, each at most this many times. */
const MAX_LOOKUPS = 20;
const MAX_OCCURRENCES = 50;

/** "Pound" → "Dick Pound" when the article writes the surname after a first name somewhere. */
function fullNameOf(idx: SpeakerIndex, text: string, surname: string, lex: QuoteLexicon): string | null {
  const known = idx.fullNames.get(surname);
  if (known !== undefined) return known;
  if (idx.fullNames.size >= MAX_LOOKUPS) return null;
  let found: string | null = null;
  for (let p = text.indexOf(surname), n = 0; p > 1 && n < MAX_OCCURRENCES && !found; p = text.indexOf(surname, p + 1), n++) {
    if (/[\p{L}]/u.test(text[p + surname.length] ?? '') || text[p - 1] !== ' ') continue;
    let s = p - 1;
    while (s > 0 && s > p - 30 && /[\p{L}'’-]/u.test(text[s - 1]!)) s--;
    const prev = text.slice(s, p - 1);
    const low = prev.toLowerCase();
    if (/^\p{Lu}\p{Ll}/u.test(prev) && !/['’]s?$/.test(prev) && !lex.notNames.has(low) && !lex.titleSmallWords.has(low) && !lex.anonymous.has(low)) found = `${prev} ${surname}`;
  }
  idx.fullNames.set(surname, found);
  return found;
}

const PRONOUN_WORDS: ReadonlySet<string> = new Set(RULES.pronounWord.words);

/** 'm' for he/him/his/himself, 'f' for she/her/hers/herself. */
export function pronounGender(word: string): 'm' | 'f' | null {
  const w = word.toLowerCase();
  if (w === 'he' || w === 'him' || w === 'his' || w === 'himself') return 'm';
  if (w === 'she' || w === 'her' || w === 'hers' || w === 'herself') return 'f';
  return null;
}

/**
 * A possessive mark right after a mention ("Kerr's", "Jones'"): what `/^['’]s?\b|^['’](?![\p{L}])/u` says of
 * the two characters at `end`, by char code: an apostrophe not followed by a letter outside ASCII (an ASCII
 * letter or digit makes the `\b`, anything else the lookahead).
 */
function possessiveAt(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c !== 39 && c !== 0x2019) return false;
  const next = end + 1 < text.length ? text.charCodeAt(end + 1) : -1;
  return next < 128 || !isLetterCode(next);
}

/** Builds the lookup tables once per article. `inQuote` tells whether an offset lies inside quoted words. */
export function indexSpeakers(text: string, persons: PersonsResult, inQuote: (pos: number) => boolean): SpeakerIndex {
  const marks: Marked[] = [];
  const quoted: Marked[] = [];
  for (let person = 0; person < persons.persons.length; person++) {
    for (const m of persons.persons[person]!.mentions) (inQuote(m.start) ? quoted : marks).push({ start: m.start, end: m.end, person, possessive: possessiveAt(text, m.end), ref: false, pronoun: false });
  }
  for (const r of persons.refs) {
    if (inQuote(r.start) || r.person < 0 || r.person >= persons.persons.length) continue;
    marks.push({ start: r.start, end: r.end, person: r.person, possessive: possessiveAt(text, r.end), ref: true, pronoun: PRONOUN_WORDS.has(r.text.toLowerCase()) });
  }
  marks.sort((a, b) => a.start - b.start || a.end - b.end);
  // gender from the pronouns the refs resolved to each person (a clear majority only)
  const male = new Array<number>(persons.persons.length).fill(0);
  const female = new Array<number>(persons.persons.length).fill(0);
  for (const r of persons.refs) {
    const g = pronounGender(r.text);
    if (g === 'm' && r.person < male.length) male[r.person]!++;
    if (g === 'f' && r.person < female.length) female[r.person]!++;
  }
  const gender = male.map((m, i) => (m > 2 * female[i]! ? 'm' : female[i]! > 2 * m ? 'f' : null));
  quoted.sort((a, b) => a.start - b.start || a.end - b.end);
  const byKey = new Map<string, number>();
  const surname = new Map<string, number>();
  persons.persons.forEach((p, i) => {
    for (const n of [p.name, ...p.aliases]) {
      const k = identityKey(n);
      if (k && !byKey.has(k)) byKey.set(k, i);
    }
    const last = identityKey(p.name).split(' ').pop();
    if (last) surname.set(last, surname.has(last) && surname.get(last) !== i ? -1 : i);
  });
  for (const [k, i] of surname) if (i >= 0 && !byKey.has(k)) byKey.set(k, i);
  return { marks, quoted, byKey, gender, fullNames: new Map() };
}

/** The most recent person mentioned before `pos` by name or descriptor (pronoun refs are not trusted here). */
export function recentPerson(idx: SpeakerIndex, pos: number, avoid?: ReadonlySet<number>, gender?: 'm' | 'f' | null): number | null {
  for (let i = firstStartingAtOrAfter(idx.marks, pos) - 1; i >= 0; i--) {
    const m = idx.marks[i]!;
    if (m.end <= pos && !m.pronoun && !avoid?.has(m.person) && !(gender && idx.gender[m.person] && idx.gender[m.person] !== gender)) return m.person;
  }
  return null;
}

/** Whether `person` is mentioned or referred to in `[from, to)`. */
export function personMentionedBetween(idx: SpeakerIndex, person: number, from: number, to: number): boolean {
  for (let i = firstStartingAtOrAfter(idx.marks, from); i < idx.marks.length && idx.marks[i]!.start < to; i++) if (idx.marks[i]!.person === person) return true;
  return false;
}

/** Persons named inside `[from, to)` (a quote's own words): a pronoun is unlikely to stand for them. */
export function namedInside(idx: SpeakerIndex, from: number, to: number): Set<number> {
  const out = new Set<number>();
  for (let i = firstStartingAtOrAfter(idx.quoted, from); i < idx.quoted.length && idx.quoted[i]!.start < to; i++) out.add(idx.quoted[i]!.person);
  return out;
}

/** Whether a person is mentioned in `[from, to)`. */
export function mentionedBetween(idx: SpeakerIndex, from: number, to: number): boolean {
  const i = firstStartingAtOrAfter(idx.marks, from);
  return i < idx.marks.length && idx.marks[i]!.start < to;
}

const DETERMINERS: ReadonlySet<string> = new Set(RULES.determiner.words);
const POSS_DET: ReadonlySet<string> = new Set(RULES.possessiveDeterminer.words);

/**
 * Resolves the noun phrase `np` (non-empty tokens, no punctuation). Null when it names nobody at all.
 * The steps, in order: a person marked inside the phrase, a capitalised name, an unnamed speaker, a pronoun or
 * descriptor resolved by its ref or by recency.
 */
export function resolvePhrase(np: readonly Token[], idx: SpeakerIndex, lex: QuoteLexicon, text: string, avoid?: ReadonlySet<number>): Speaker | null {
  if (!np.length) return null;
  const marked = markedIn(np, idx, text, avoid);
  if (marked.speaker) return marked.speaker;
  const run = nameRun(np, lex);
  if (run) return namedSpeaker(np, run, idx, lex, text);
  const words = np.filter((t) => !t.punct);
  if (words.some((t) => lex.anonymous.has(t.lower) || POSS_DET.has(t.lower) || isPossessive(t)) || words.every((t) => DETERMINERS.has(t.lower) || /^\p{Lu}{2,}$/u.test(t.text))) {
    return { speaker: null, speakerName: null, rule: RULES.anonymous.id }; // "an IAAF spokesman", "the IAAF", "his coach"
  }
  return recentSpeaker(words, np[0]!.start, marked.pronounRef, idx, lex);
}

/** 1. A person mention or a ref inside the phrase (not a possessive: "Kenteris' lawyer X" is X); else the
 *  first pronoun ref that can stand for the speaker, kept for step 4. */
function markedIn(np: readonly Token[], idx: SpeakerIndex, text: string, avoid?: ReadonlySet<number>): { speaker: Speaker | null; pronounRef: Marked | null } {
  const from = np[0]!.start;
  const to = np[np.length - 1]!.end;
  let pronounRef: Marked | null = null;
  for (let i = firstStartingAtOrAfter(idx.marks, from); i < idx.marks.length && idx.marks[i]!.start < to; i++) {
    const m = idx.marks[i]!;
    if (m.possessive) continue;
    if (m.pronoun) {
      // "he" resolved to someone the quote itself names by name: not trusted, the recent named person is
      const g = pronounGender(text.slice(m.start, m.end));
      if (!avoid?.has(m.person) && !(g && idx.gender[m.person] && idx.gender[m.person] !== g)) pronounRef ??= m;
      continue;
    }
    return { speaker: { speaker: m.person, speakerName: null, rule: m.ref ? RULES.ref.id : RULES.mention.id }, pronounRef };
  }
  return { speaker: null, pronounRef };
}

/** 2. The longest run of capitalised name words in the phrase (ties: the later one, "race director David Bedford"), as [first, last]. */
function nameRun(np: readonly Token[], lex: QuoteLexicon): [number, number] | null {
  let best: [number, number] | null = null;
  for (let i = 0; i < np.length; i++) {
    if (best && /^(?:of|from|for|at)$/.test(np[i]!.lower)) break; // "Kerr of Great Britain": the name came first
    if (!isNameWord(np[i]!) || lex.titleSmallWords.has(np[i]!.lower) || lex.notNames.has(np[i]!.lower) || PRONOUN_WORDS.has(np[i]!.lower) || DETERMINERS.has(np[i]!.lower)) continue;
    let j = i;
    while (j + 1 < np.length && isNameWord(np[j + 1]!) && !lex.notNames.has(np[j + 1]!.lower)) j++;
    // "the Moroccan", "the European cross-country champion": an adjective or a demonym, not a name
    if (i > 0 && DETERMINERS.has(np[i - 1]!.lower)) {
      i = j;
      continue;
    }
    if (!best || j - i >= best[1] - best[0]) best = [i, j];
    i = j;
  }
  return best;
}

/** The speaker a name run names: one of the persons by name or alias, else a name of its own (an organisation speaks for nobody). */
function namedSpeaker(np: readonly Token[], best: [number, number], idx: SpeakerIndex, lex: QuoteLexicon, text: string): Speaker {
  const name = text.slice(np[best[0]]!.start, np[best[1]]!.end);
  const run = np.slice(best[0], best[1] + 1);
  // "World Athletics", "Athletics Kenya", "the Greek Federation": an organisation speaks, not a person
  if (run.some((t) => lex.anonymous.has(t.lower) || lex.outletHeads.has(t.lower))) return { speaker: null, speakerName: null, rule: RULES.anonymous.id };
  const k = identityKey(name);
  const hit = idx.byKey.get(k) ?? idx.byKey.get(k.split(' ').pop() ?? '');
  if (hit !== undefined) return { speaker: hit, speakerName: null, rule: RULES.nameMatch.id };
  const full = best[0] === best[1] ? fullNameOf(idx, text, name, lex) : null;
  return { speaker: null, speakerName: full ?? name, rule: full ? RULES.nameFull.id : RULES.name.id };
}

/** 4. A pronoun or a descriptor ("the 30-year-old"): its ref, else the most recent person before it. */
function recentSpeaker(words: readonly Token[], from: number, pronounRef: Marked | null, idx: SpeakerIndex, lex: QuoteLexicon): Speaker | null {
  if (pronounRef) return { speaker: pronounRef.person, speakerName: null, rule: RULES.ref.id };
  const head = words.find((t) => !lex.notNames.has(t.lower))?.lower ?? '';
  if (!lex.pronouns.has(head) && !DETERMINERS.has(head)) return null;
  const p = recentPerson(idx, from, undefined, pronounGender(head)) ?? recentPerson(idx, from);
  return { speaker: p, speakerName: null, rule: lex.pronouns.has(head) ? RULES.pronounRecent.id : RULES.descriptorRecent.id };
}
