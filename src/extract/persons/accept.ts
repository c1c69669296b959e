/**
 * Full names: a full-name candidate seen in the article's own sentences becomes a person when some evidence says
 * it is one (`personRule`, the first rule that holds), unless the words before it make it a place or a thing
 * (`dropRule`); a tail ("El Guerrouj") or a short form ("Mo Farah") goes to the whole name seen before.
 */
import type { PersonLexicon } from './lexicon.js';
import type { Candidate } from './candidates.js';
import type { Evidence } from './context.js';
import { PARTICLE_FIRST, SURNAME_WORDS } from './model/context-words.js';
import { fold } from '../../util/text.js';
import { assign, drop, inBody, newDraft, tokenKeys, type Draft, type Grouping } from './grouping.js';
import { RULES } from './rules.js';

/** Why a full-name candidate that looks like a name is a place or a thing, or null. */
export function dropRule(lex: PersonLexicon, c: Candidate, ev: Evidence): string | null {
  // "in Puerto Rico", "at Crystal Palace", "the Kymin Dash": a place or an event unless a given name or a
  // role word says otherwise
  const unknownFirst = !lex.given.has(c.tokens[0]!.key);
  // ("through Ajay Kumar Saroj, who clocked 3:41.51": a relative clause with "who" is about a person)
  if (ev.placeBefore && unknownFirst && !ev.roles.length && !ev.pre.verbs.length && !(ev.who && ev.post.verbs.length)) return RULES.placeBefore.id;
  if (ev.theBefore && unknownFirst && !c.country && !c.role && !ev.roles.length) return RULES.theBefore.id;
  // "Holly Field", "Ryan Hall": a surname that mostly names a place or a meeting needs more than a given name
  // ("at Victoria Park", "the Albert Hall" never)
  if (c.weakSurname && (ev.placeBefore || ev.theBefore || !(ev.roles.length || ev.verbs.length || ev.timed || ev.age !== null || ev.speaker || c.title || c.country))) return RULES.weakSurname.id;
  // (before it a word no dictionary knows, not a given name — "Notting Hill", "Abdeslam Hill": a stated nationality too)
  if (c.weakSurname && unknownFirst && !ev.country && SURNAME_WORDS.words.has(c.tokens[c.tokens.length - 1]!.key)) return RULES.weakSurname.id;
  return null;
}

/** Why a full-name candidate is a person, or null when nothing says so. */
function personRule(lex: PersonLexicon, c: Candidate, ev: Evidence, surnames: ReadonlySet<string>): string | null {
  if (ev.roles.length) return ev.roles[0]!.rule;
  if (ev.verbs.length) return ev.verbs[0]!;
  if (ev.timed) return RULES.nameTime.id;
  if (ev.bold) return RULES.bold.id;
  if (ev.age !== null) return RULES.age.id;
  if (ev.speaker) return RULES.speaker.id;
  if (c.bracketed) return RULES.bracketedSurname.id;
  if (lex.given.has(c.tokens[0]!.key) && c.tokens.length <= 3) return RULES.givenName.id;
  if (ev.country && (c.country || ev.countryBefore)) return RULES.nationalityBefore.id;
  if (surnames.has(c.tokens[c.tokens.length - 1]!.key)) return RULES.surnameRepeated.id;
  // "set by Ethiopia's Letesenbet Gidey", "X of Kenya": a stated nationality and two or three name-like words that no
  // dictionary knows as ordinary words or places
  // (nor as a whole: "Addis Ababa (Ethiopia)")
  if (ev.country && c.tokens.length >= 2 && c.tokens.length <= 3 && !c.tokens.some((t) => lex.names.common.has(t.key) || lex.names.places.has(t.key)) && !lex.names.places.has(tokenKeys(c).join(' '))) return RULES.nationalityName.id;
  return null;
}

/** Why a full-name candidate is a person (a title first), or null. */
export function acceptRule(lex: PersonLexicon, c: Candidate, ev: Evidence, surnames: ReadonlySet<string>): string | null {
  if (c.title) return c.title.rule;
  return dropRule(lex, c, ev) ? null : personRule(lex, c, ev, surnames);
}

/** Full names, longest first so that a tail ("El Guerrouj") finds its whole ("Hicham El Guerrouj"). */
export function acceptFullNames(g: Grouping, multi: readonly number[], singles: ReadonlySet<string>): void {
  /** Tails of 3- and 4-word names ("el guerrouj") → their person. */
  const tails = new Map<string, number>();
  for (const i of multi) {
    const d = g.byKey.get(g.keys[i]!) ?? partOfKnown(g, i, tails) ?? newFullName(g, i, singles, tails);
    if (d >= 0 && g.assigned[i]! < 0) assign(g, i, d, RULES.fullName.id);
  }
}

/** The person a tail or a short form of candidate `i` names (assigned here), or undefined. */
function partOfKnown(g: Grouping, i: number, tails: ReadonlyMap<string, number>): number | undefined {
  const toks = tokenKeys(g.cands[i]!, g.orders[i]!);
  const whole = tails.get(toks.join(' '));
  if (whole !== undefined) {
    assign(g, i, whole, RULES.nameTail.id);
    return whole;
  }
  // "Mo Farah" after "Mohamed Farah": a short form of the given name with the same surname is the same person;
  // "Raj Benjamin" after "Rai Benjamin": a given name one letter off is a misspelling of it
  let d = shortFormOf(g.drafts, toks);
  let rule: string = RULES.shortForm.id;
  if (d < 0) [d, rule] = [misspeltOf(g.drafts, toks), RULES.spellingVariant.id];
  if (d < 0) return undefined;
  g.byKey.set(g.keys[i]!, d);
  assign(g, i, d, rule);
  return d;
}

/** The draft of a two-word name with the same surname whose given name differs from the other's in one letter, not the first ("Rai" / "Raj"), or -1. */
function misspeltOf(drafts: readonly Draft[], toks: readonly string[]): number {
  if (toks.length !== 2 || toks[0]!.length < 3) return -1;
  const [given, surname] = toks as [string, string];
  for (let d = 0; d < drafts.length; d++) {
    const t = drafts[d]!.tokens;
    if (t.length !== 2 || t[1] !== surname || !drafts[d]!.full || t[0]!.length !== given.length || t[0]![0] !== given[0]) continue;
    let diff = 0;
    for (let k = 1; k < given.length; k++) if (t[0]![k] !== given[k]) diff++;
    if (diff === 1) return d;
  }
  return -1;
}

/** A new person for full-name candidate `i` when the evidence says so (its index), else -1. */
function newFullName(g: Grouping, i: number, singles: ReadonlySet<string>, tails: Map<string, number>): number {
  const { lex, drafts } = g;
  const c = g.cands[i]!;
  const rule = acceptRule(lex, c, g.evs[i]!, singles);
  if (!rule) {
    // (the drop's rule is looked for only when the log is on)
    if (g.doc.log.enabled) drop(g, i, dropRule(lex, c, g.evs[i]!) ?? RULES.noEvidence.id);
    return -1;
  }
  const toks = tokenKeys(c, g.orders[i]!);
  const d = drafts.length;
  // "El Guerrouj" alone is a surname with its particle, not a full name
  const full = !PARTICLE_FIRST.words.has(toks[0]!);
  drafts.push(newDraft(g.names[i]!, full, rule, c.title?.value ?? lex.given.get(toks[0]!) ?? null, c.start, toks));
  g.byKey.set(g.keys[i]!, d);
  for (let n = 1; n < toks.length - 1; n++) if (!tails.has(toks.slice(n).join(' '))) tails.set(toks.slice(n).join(' '), d);
  return d;
}

/** The draft of a two-word name with the same surname whose given name starts the other's ("Mo" / "Mohamed"), or -1. */
function shortFormOf(drafts: readonly Draft[], toks: readonly string[]): number {
  if (toks.length !== 2) return -1;
  const [given, surname] = toks as [string, string];
  for (let d = 0; d < drafts.length; d++) {
    const t = drafts[d]!.tokens;
    if (t.length !== 2 || t[1] !== surname || t[0] === given || !drafts[d]!.full) continue;
    const [a, b] = t[0]!.length < given.length ? [t[0]!, given] : [given, t[0]!];
    if (a.length >= 2 && b.startsWith(a)) return d;
  }
  return -1;
}

/** "Sha'Carri Richardson and Julien Alfred": a name listed with a person is a person. */
export function acceptListed(g: Grouping, lists: readonly number[][]): void {
  const { doc, lex, cands, drafts, byKey, assigned } = g;
  for (const list of lists) {
    let withPerson = false;
    for (const i of list) if (assigned[i]! >= 0 && drafts[assigned[i]!]!.full) withPerson = true;
    if (!withPerson) continue;
    for (const i of list) {
      const c = cands[i]!;
      if (assigned[i]! >= 0 || c.tokens.length < 2 || !inBody(doc, c) || byKey.has(g.keys[i]!) || g.evs[i]!.placeBefore) continue;
      const toks = tokenKeys(c, g.orders[i]!);
      byKey.set(g.keys[i]!, drafts.length);
      drafts.push(newDraft(g.names[i]!, !PARTICLE_FIRST.words.has(toks[0]!), RULES.listedWithPerson.id, lex.given.get(toks[0]!) ?? null, c.start, toks));
    }
  }
}

/** A full name first seen without evidence but later with it: the rejected ones taken again. */
export function retakeFullNames(g: Grouping, multi: readonly number[]): void {
  for (const i of multi) {
    if (g.assigned[i]! >= 0) continue;
    const d = g.byKey.get(g.keys[i]!);
    if (d !== undefined) assign(g, i, d, RULES.fullName.id);
  }
}

/** A nickname in quotation marks between the given name and the surname: "Mondo" of Armand "Mondo" Duplantis. */
const NICKNAME = /^\s["“‘']([\p{Lu}][\p{L}.'’-]{0,20})["”’']\s$/u;

/**
 * Armand "Mondo" Duplantis and Mondo Duplantis are one person: the nickname with the surname is another name of the
 * person (one record, not two), and the nickname alone resolves to them as a given name would.
 */
export function mergeNicknames(g: Grouping, multi: readonly number[]): void {
  const { doc, cands, drafts, byKey, assigned } = g;
  for (const i of multi) {
    const d = assigned[i]!;
    const c = cands[i]!;
    if (d < 0 || c.tokens.length < 2 || c.bracketed) continue;
    const m = NICKNAME.exec(doc.text.slice(c.tokens[0]!.end, c.tokens[1]!.start));
    if (!m) continue;
    const nick = fold(m[1]!);
    drafts[d]!.nick = nick;
    const key = `${nick} ${drafts[d]!.tokens[drafts[d]!.tokens.length - 1]}`;
    const e = byKey.get(key);
    if (e !== undefined && e !== d) for (let j = 0; j < assigned.length; j++) if (assigned[j] === e) assigned[j] = d;
    byKey.set(key, d);
  }
}
