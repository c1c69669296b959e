/**
 * Every candidate the full names left: a full name seen before, a surname, a given name, a lone surname the
 * article never completes (a person of its own on strong evidence next to it), a known name at the front of a
 * title-case run outside the body.
 */
import type { Candidate } from './candidates.js';
import type { PersonLexicon } from './lexicon.js';
import { fold, identityKey } from '../../util/text.js';
import { MODIFIERS, SENTENCE_OPENERS } from './model/context-words.js';
import { assign, drop, inBody, newDraft, tokenKeys, type Draft, type Grouping } from './grouping.js';
import { RULES } from './rules.js';

/** Persons by surname and by given name (or nickname), and the lone surnames made persons so far. */
interface Index {
  bySurname: Map<string, number[]>;
  byGiven: Map<string, number[]>;
  surnameOnly: Map<string, number>;
}

function addTo(map: Map<string, number[]>, k: string, n: number): void {
  const list = map.get(k) ?? [];
  if (list.length < 8) list.push(n); // a bound: a few people of one article share a surname
  map.set(k, list);
}

/** The person of `list` named last before `at` (else the first of the list), or -1. */
function pick(drafts: readonly Draft[], list: readonly number[] | undefined, at: number): number {
  if (!list?.length) return -1;
  let best = list[0]!;
  for (const n of list) if (drafts[n]!.first <= at && drafts[n]!.first >= drafts[best]!.first) best = n;
  return best;
}

/** Every candidate not yet assigned: a full name seen before, a surname, a given name, a name at the front of a run. */
export function resolveRest(g: Grouping): void {
  const { cands, drafts, byKey, assigned } = g;
  const ix: Index = { bySurname: new Map(), byGiven: new Map(), surnameOnly: new Map() };
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n]!;
    addTo(ix.bySurname, d.tokens[d.tokens.length - 1]!, n);
    addTo(ix.byGiven, d.tokens[0]!, n);
    if (d.nick) addTo(ix.byGiven, d.nick, n);
  }
  for (let i = 0; i < cands.length; i++) {
    if (assigned[i]! >= 0) continue;
    const exact = byKey.get(g.keys[i]!);
    if (exact !== undefined) assign(g, i, exact, RULES.fullName.id);
    else if (cands[i]!.tokens.length === 1) resolveSingle(g, i, ix);
    else resolvePrefix(g, i);
  }
}

/** Outside the body: a known full name at the front of a title-case run ("Josh Kerr Calls Rivalry"). */
function resolvePrefix(g: Grouping, i: number): void {
  const toks = tokenKeys(g.cands[i]!, g.orders[i]!);
  for (let len = Math.min(3, toks.length - 1); len >= 2; len--) {
    const d = g.byKey.get(toks.slice(0, len).join(' '));
    if (d !== undefined) return assign(g, i, d, RULES.fullNamePrefix.id);
  }
  if (g.doc.log.enabled && !g.dropped[i]) drop(g, i, inBody(g.doc, g.cands[i]!) ? RULES.noEvidence.id : RULES.outsideBody.id);
}

/** A lone word: the surname or given name of a person, else a person of its own on evidence next to it. */
function resolveSingle(g: Grouping, i: number, ix: Index): void {
  const { doc, lex, drafts } = g;
  const c = g.cands[i]!;
  const k = c.tokens[0]!.key;
  const s = pick(drafts, ix.bySurname.get(k), c.start);
  if (s >= 0) return assign(g, i, s, RULES.surname.id);
  const gv = pick(drafts, ix.byGiven.get(k), c.start);
  if (gv >= 0) return assign(g, i, gv, RULES.givenNameOnly.id);
  if (!inBody(doc, c)) return drop(g, i, RULES.outsideBody.id);
  const ev = g.evs[i]!;
  // a lone word is a person only on evidence next to it
  const strong = ev.roles.length > 0 || ev.verbs.length > 0 || ev.age !== null || ev.speaker || ev.timed || ev.bold || !!c.title;
  if (!strong) return drop(g, i, RULES.loneWord.id);
  // "Leg 2", "Race 1", "Heat 3": a word before a number; "Clocking 2:30:20": a verb
  const numbered = /^\s\d/.test(doc.text.slice(c.outer, c.outer + 2));
  // ("Numerous world records have fallen", "Wheelchair racer X won": an adjective, by its suffix, or a word that
  // opens sentences before names)
  if (ev.placeBefore || numbered || (c.initial && (ADJECTIVE_SUFFIX.test(k) || SENTENCE_OPENERS.words.has(k))) || lex.verbs.has(k) || !looksLikeSurname(doc.text.slice(c.start, c.end), k, lex) || lex.given.has(k) || lex.names.common.has(k) || lex.names.places.has(k)) return drop(g, i, RULES.notSurname.id);
  const opened = openingGivenName(g, c);
  if (opened) return openedName(g, i, opened);
  let d = ix.surnameOnly.get(k);
  if (d === undefined) {
    d = drafts.length;
    drafts.push(newDraft(g.names[i]!, false, RULES.surnameOnly.id, c.title?.value ?? null, c.start, [k]));
    ix.surnameOnly.set(k, d);
  }
  assign(g, i, d, RULES.surnameOnly.id);
}

/** The person named by a given name taken back from a sentence's start and the lone surname after it. */
function openedName(g: Grouping, i: number, opened: string): void {
  const c = g.cands[i]!;
  const key = identityKey(`${opened} ${g.names[i]!}`);
  let d = g.byKey.get(key);
  if (d === undefined) {
    d = g.drafts.length;
    g.drafts.push(newDraft(`${opened} ${g.names[i]!}`, true, RULES.openingGivenName.id, g.lex.given.get(fold(opened)) ?? null, c.runStart, [fold(opened), c.tokens[0]!.key]));
    g.byKey.set(key, d);
  }
  assign(g, i, d, RULES.openingGivenName.id);
}

/** A lone capitalised word that could be a surname: not an acronym, an -ly adverb, "Recently-crowned" or a plural. */
function looksLikeSurname(surface: string, k: string, lex: PersonLexicon): boolean {
  if (!/\p{Ll}/u.test(surface) || /^\p{Lu}{2,}s$/u.test(surface)) return false;
  if (/ly$/.test(k) || /-\p{Ll}/u.test(surface)) return false;
  if (k.endsWith('s') && (lex.notName.has(k.slice(0, -1)) || lex.names.common.has(k.slice(0, -1)))) return false;
  return true;
}

/** Suffixes of adjectives that no surname of the articles ends with ("Numerous", "Remarkable", "Hopeful"). */
const ADJECTIVE_SUFFIX = /(?:ous|ful|less|able|ible)$/;

/** Suffixes of adjectives, participles and adverbs: "Delighted", "Defending", "Tearful", "Clearly". */
const NOT_GIVEN_SUFFIX = /(?:\w{4}ly|ed|ing|ful|less|ous|ive|able|ible|est|ish)$/;

/**
 * "Newton Barasa won the 5000m in 13:05.22": at the start of a sentence, a given name that is also an English word
 * was peeled off as a capitalised common word. Taken back for a surname the article never completes, when the word
 * is a noun-like word right before it (not "Then", "Delighted", "Veteran", "Olympic").
 */
function openingGivenName(g: Grouping, c: Candidate): string | null {
  if (c.runStart === c.start) return null;
  const { doc, lex } = g;
  const w = doc.text.slice(c.runStart, c.start - 1);
  if (doc.text[c.start - 1] !== ' ' || !/^\p{Lu}\p{Ll}{2,}$/u.test(w)) return null;
  const s = doc.sentences[c.sentence]!;
  if (!/^[\s*#>_"“‘'\-–—•(\[]*(?:\d{1,3}[.)]\s{0,2})?$/.test(doc.text.slice(s.start, c.runStart))) return null;
  const k = fold(w);
  if (!lex.names.common.has(k) || lex.names.closed.has(k) || SENTENCE_OPENERS.words.has(k) || MODIFIERS.words.has(k) || NOT_GIVEN_SUFFIX.test(k)) return null;
  if (lex.roles.has(k) || lex.verbs.has(k) || lex.notName.has(k) || lex.demonyms.has(k) || lex.countries.has(k) || lex.titles.has(k) || lex.names.places.has(k)) return null;
  return w;
}

