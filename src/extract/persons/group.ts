/**
 * From candidates to persons: full names seen in the article's own sentences become persons when some
 * evidence says they are people; surnames, given names and name tails ("El Guerrouj") resolve to them;
 * a surname the article never completes stays a `full: false` person when the text shows it is a person.
 * Headline, caption and related-link blocks only add mentions to persons named in the body.
 */
import type { Doc, Person, PersonMention, PersonRole } from '../../types.js';
import { fold, identityKey } from '../../util/text.js';
import type { PersonLexicon } from './lexicon.js';
import type { Candidate } from './candidates.js';
import type { Evidence } from './context.js';
import type { Gender } from './model/name-data.js';
import { MODIFIERS, PARTICLE_FIRST, SENTENCE_OPENERS } from './model/context-words.js';
import { spanIndexAt } from '../../util/spans.js';
import { capsName } from './caps-names.js';
import { RULES } from './rules.js';

const BODY_KINDS = new Set(['paragraph', 'list', 'heading', 'dateline']);

export interface Built {
  persons: Person[];
  gender: (Gender | null)[];
  ages: (number | null)[];
  /** Every mention, in text order, with its person. */
  anchors: { start: number; end: number; person: number; sentence: number }[];
}

interface Draft {
  name: string;
  full: boolean;
  rule: string;
  mentions: PersonMention[];
  evidence: Evidence[];
  surfaces: string[];
  gender: Gender | null;
  first: number;
  tokens: string[];
  /** Index among the persons kept, or -1. */
  kept: number;
  /** A nickname written in quotation marks inside the name (folded), or null. */
  nick: string | null;
}

/** The name as written, without a bracketed surname's brackets or a quoted nickname. */
export function candidateName(doc: Doc, c: Candidate): string {
  if (c.bracketed) {
    let name = '';
    for (let i = 0; i < c.tokens.length; i++) name += (i > 0 ? ' ' : '') + doc.text.slice(c.tokens[i]!.start, c.tokens[i]!.end);
    return name;
  }
  const written = doc.text.slice(c.start, c.end);
  return isPlainlySpaced(written) ? written : written.replace(/\s["“‘'][^"“”‘’]{1,22}["”’']\s/u, ' ').replace(/\s+/g, ' ');
}

/**
 * No quotation mark and no white space but single plain spaces: the two replacements of `candidateName` would
 * change nothing (checked by char code: most names are like this).
 */
function isPlainlySpaced(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (s.charCodeAt(i - 1) === 32) return false;
    } else if (!((c > 32 && c < 127 && c !== 34 && c !== 39) || (c >= 0xc0 && c < 0x2000 && c !== 0x1680))) return false;
  }
  return true;
}

/** Why a full-name candidate is a person, or null when nothing says so. */
function acceptRule(lex: PersonLexicon, c: Candidate, ev: Evidence, surnames: ReadonlySet<string>): string | null {
  if (c.title) return c.title.rule;
  // "in Puerto Rico", "at Crystal Palace", "the Kymin Dash": a place or an event unless a given name or a
  // role word says otherwise
  const unknownFirst = !lex.given.has(c.tokens[0]!.key);
  if (ev.placeBefore && unknownFirst && !ev.roles.length && !ev.pre.verbs.length) return null;
  if (ev.theBefore && unknownFirst && !c.country && !c.role && !ev.roles.length) return null;
  // "Holly Field", "Ryan Hall": a surname that mostly names a place or a meeting needs more than a given name
  // ("at Victoria Park", "the Albert Hall" never)
  if (c.weakSurname && (ev.placeBefore || ev.theBefore || !(ev.roles.length || ev.verbs.length || ev.timed || ev.age !== null || ev.speaker || c.title || c.country))) return null;
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
  if (ev.country && c.tokens.length >= 2 && c.tokens.length <= 3 && !c.tokens.some((t) => lex.names.common.has(t.key) || lex.names.places.has(t.key))) return RULES.nationalityName.id;
  return null;
}

/** Role by votes: a role word right before a name counts twice, one after it (apposition) once. */
/** A lone capitalised word that could be a surname: not an acronym, an -ly adverb, "Recently-crowned" or a plural. */
function looksLikeSurname(surface: string, k: string, lex: PersonLexicon): boolean {
  if (!/\p{Ll}/u.test(surface) || /^\p{Lu}{2,}s$/u.test(surface)) return false;
  if (/ly$/.test(k) || /-\p{Ll}/u.test(surface)) return false;
  if (k.endsWith('s') && (lex.notName.has(k.slice(0, -1)) || lex.names.common.has(k.slice(0, -1)))) return false;
  return true;
}

function roleOf(evs: readonly Evidence[]): PersonRole {
  const votes = new Map<PersonRole, number>();
  let verbs = 0;
  let family = 0;
  let otherSport = 0;
  let raced = 0;
  for (const ev of evs) {
    for (const r of ev.pre.roles) votes.set(r.value, (votes.get(r.value) ?? 0) + 2);
    for (const r of ev.post.roles) votes.set(r.value, (votes.get(r.value) ?? 0) + 1);
    for (const r of ev.pre.roles) if (r.rule === RULES.family.id) family += 2;
    else if (r.rule === RULES.otherSport.id) otherSport += 2;
    for (const r of ev.post.roles) if (r.rule === RULES.family.id) family += 1;
    else if (r.rule === RULES.otherSport.id) otherSport += 1;
    verbs += ev.verbs.length + (ev.timed ? 1 : 0) + (ev.bold ? 1 : 0);
    for (const v of ev.verbs) if (v === RULES.raceVerb.id) raced++;
    if (ev.timed) raced++;
  }
  const athlete = (votes.get('athlete') ?? 0) + verbs;
  let best: PersonRole | null = null;
  let bestN = 0;
  for (const [role, n] of votes) if (role !== 'athlete' && n > bestN) [best, bestN] = [role, n];
  // "his brother Henrik Ingebrigtsen was fourth", "former NFL star Devon Allen ran 13.05": a relative or a player
  // of another sport whom the text shows racing is an athlete
  // (a relative: any sign of competing; another sport's player: a race verb or a time)
  if (best === 'other' && family + otherSport === bestN && (family === bestN ? verbs > 0 : raced > 0)) return 'athlete';
  if (best && bestN >= athlete) return best;
  // nothing says what they do: in athletics news, a named person is far more often a competitor
  return athlete > 0 || !best ? 'athlete' : 'other';
}

/** The working state of one article's grouping: candidates' names and keys, and the person each one went to. */
interface Grouping {
  doc: Doc;
  lex: PersonLexicon;
  cands: readonly Candidate[];
  evs: readonly Evidence[];
  drafts: Draft[];
  /** Full-name key → draft. */
  byKey: Map<string, number>;
  /** Draft of each candidate, or -1. */
  assigned: Int32Array;
  ruleOf: string[];
  names: string[];
  keys: string[];
  /** Token keys in given-name-then-surname order, where the text wrote the surname first in capitals; else null. */
  orders: (string[] | null)[];
}

const inBody = (doc: Doc, c: Candidate) => BODY_KINDS.has(doc.blocks[c.block]?.kind ?? 'noise');

function tokenKeys(c: Candidate, order: string[] | null = null): string[] {
  if (order) return order;
  const toks: string[] = [];
  for (const t of c.tokens) toks.push(t.key);
  return toks;
}

function newDraft(name: string, full: boolean, rule: string, gender: Gender | null, first: number, tokens: string[]): Draft {
  return { name, full, rule, mentions: [], evidence: [], surfaces: [], gender, first, tokens, kept: -1, nick: null };
}

/** Full names, longest first so that a tail ("El Guerrouj") finds its whole ("Hicham El Guerrouj"). */
function acceptFullNames(g: Grouping, multi: readonly number[], singles: ReadonlySet<string>): void {
  const { lex, cands, drafts, byKey, assigned, ruleOf } = g;
  /** Tails of 3- and 4-word names ("el guerrouj") → their person. */
  const tails = new Map<string, number>();
  for (const i of multi) {
    const c = cands[i]!;
    const key = g.keys[i]!;
    let d = byKey.get(key);
    if (d === undefined) {
      const toks = tokenKeys(c, g.orders[i]!);
      const whole = tails.get(toks.join(' '));
      if (whole !== undefined) {
        assigned[i] = whole;
        ruleOf[i] = RULES.nameTail.id;
        continue;
      }
      // "Mo Farah" after "Mohamed Farah": a short form of the given name with the same surname is the same person
      const short = shortFormOf(drafts, tokenKeys(c, g.orders[i]!));
      if (short >= 0) {
        byKey.set(key, short);
        assigned[i] = short;
        ruleOf[i] = RULES.shortForm.id;
        continue;
      }
      const rule = acceptRule(lex, c, g.evs[i]!, singles);
      if (!rule) continue;
      d = drafts.length;
      // "El Guerrouj" alone is a surname with its particle, not a full name
      const full = !PARTICLE_FIRST.words.has(toks[0]!);
      drafts.push(newDraft(g.names[i]!, full, rule, c.title?.value ?? lex.given.get(toks[0]!) ?? null, c.start, toks));
      byKey.set(key, d);
      for (let n = 1; n < toks.length - 1; n++) if (!tails.has(toks.slice(n).join(' '))) tails.set(toks.slice(n).join(' '), d);
    }
    assigned[i] = d;
    ruleOf[i] = RULES.fullName.id;
  }
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

/** A nickname in quotation marks between the given name and the surname: "Mondo" of Armand "Mondo" Duplantis. */
const NICKNAME = /^\s["“‘']([\p{Lu}][\p{L}.'’-]{0,20})["”’']\s$/u;

/**
 * Armand "Mondo" Duplantis and Mondo Duplantis are one person: the nickname with the surname is another name of the
 * person (one record, not two), and the nickname alone resolves to them as a given name would.
 */
function mergeNicknames(g: Grouping, multi: readonly number[]): void {
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

/** "Sha'Carri Richardson and Julien Alfred": a name listed with a person is a person. */
function acceptListed(g: Grouping, lists: readonly number[][]): void {
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

/** A lone word: the surname or given name of a person, else a person of its own on evidence next to it. */
function resolveSingle(g: Grouping, i: number, bySurname: Map<string, number[]>, byGiven: Map<string, number[]>, surnameOnly: Map<string, number>): void {
  const { doc, lex, drafts, assigned, ruleOf } = g;
  const c = g.cands[i]!;
  const k = c.tokens[0]!.key;
  const s = pick(drafts, bySurname.get(k), c.start);
  if (s >= 0) return void ([assigned[i], ruleOf[i]] = [s, RULES.surname.id]);
  const gv = pick(drafts, byGiven.get(k), c.start);
  if (gv >= 0) return void ([assigned[i], ruleOf[i]] = [gv, RULES.givenNameOnly.id]);
  if (!inBody(doc, c)) return;
  const ev = g.evs[i]!;
  // a lone word is a person only on evidence next to it
  const strong = ev.roles.length > 0 || ev.verbs.length > 0 || ev.age !== null || ev.speaker || ev.timed || ev.bold || !!c.title;
  // "Leg 2", "Race 1", "Heat 3": a word before a number; "Clocking 2:30:20": a verb
  const numbered = /^\s\d/.test(doc.text.slice(c.outer, c.outer + 2));
  if (!strong || ev.placeBefore || numbered || lex.verbs.has(k) || !looksLikeSurname(doc.text.slice(c.start, c.end), k, lex) || lex.given.has(k) || lex.names.common.has(k) || lex.names.places.has(k)) return;
  const opened = openingGivenName(g, c);
  if (opened) {
    const key = identityKey(`${opened} ${g.names[i]!}`);
    let d = g.byKey.get(key);
    if (d === undefined) {
      d = drafts.length;
      drafts.push(newDraft(`${opened} ${g.names[i]!}`, true, RULES.openingGivenName.id, lex.given.get(fold(opened)) ?? null, c.runStart, [fold(opened), k]));
      g.byKey.set(key, d);
    }
    [assigned[i], ruleOf[i]] = [d, RULES.openingGivenName.id];
    return;
  }
  let d = surnameOnly.get(k);
  if (d === undefined) {
    d = drafts.length;
    drafts.push(newDraft(g.names[i]!, false, RULES.surnameOnly.id, c.title?.value ?? null, c.start, [k]));
    surnameOnly.set(k, d);
  }
  assigned[i] = d;
  ruleOf[i] = RULES.surnameOnly.id;
}

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

/** Every candidate not yet assigned: a full name seen before, a surname, a given name, a name at the front of a run. */
function resolveRest(g: Grouping): void {
  const { cands, drafts, byKey, assigned, ruleOf } = g;
  const bySurname = new Map<string, number[]>();
  const byGiven = new Map<string, number[]>();
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n]!;
    addTo(bySurname, d.tokens[d.tokens.length - 1]!, n);
    addTo(byGiven, d.tokens[0]!, n);
    if (d.nick) addTo(byGiven, d.nick, n);
  }
  const surnameOnly = new Map<string, number>();
  for (let i = 0; i < cands.length; i++) {
    if (assigned[i]! >= 0) continue;
    const exact = byKey.get(g.keys[i]!);
    if (exact !== undefined) {
      [assigned[i], ruleOf[i]] = [exact, RULES.fullName.id];
      continue;
    }
    const c = cands[i]!;
    if (c.tokens.length === 1) {
      resolveSingle(g, i, bySurname, byGiven, surnameOnly);
      continue;
    }
    // outside the body: a known full name at the front of a title-case run ("Josh Kerr Calls Rivalry")
    const toks = tokenKeys(c, g.orders[i]!);
    for (let len = Math.min(3, toks.length - 1); len >= 2; len--) {
      const d = byKey.get(toks.slice(0, len).join(' '));
      if (d !== undefined) {
        [assigned[i], ruleOf[i]] = [d, RULES.fullNamePrefix.id];
        break;
      }
    }
  }
}

/** Each assigned candidate becomes a mention of its person, with its evidence and the surface it was written as. */
function collectMentions(g: Grouping): void {
  const { doc, cands, drafts, assigned, ruleOf } = g;
  for (let i = 0; i < cands.length; i++) {
    if (assigned[i]! < 0) continue;
    const c = cands[i]!;
    const d = drafts[assigned[i]!]!;
    const prefix = ruleOf[i] === RULES.fullNamePrefix.id;
    const end = prefix ? c.tokens[1]!.end : c.end;
    // (the given name taken back from the words peeled off the front: the mention starts with it)
    const start = ruleOf[i] === RULES.openingGivenName.id ? c.runStart : c.start;
    d.mentions.push({ start, end, text: doc.text.slice(start, end), rule: ruleOf[i]! });
    d.evidence.push(g.evs[i]!);
    d.surfaces.push(prefix ? doc.text.slice(c.start, end) : g.names[i]!);
  }
}

function toPerson(d: Draft): Person {
  const aliases = new Set<string>();
  for (const s of d.surfaces) if (s !== d.name) aliases.add(s);
  let country: string | null = null;
  for (const e of d.evidence) if (e.country) {
    country = e.country.value;
    break;
  }
  return { name: d.name, full: d.full, role: roleOf(d.evidence), aliases: [...aliases], country, mentions: d.mentions.sort(byStart), rule: d.rule };
}

const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;

/** "Kelly Holmes, Carolina Kluft and X": a person listed with athletes, and said to be nothing else, is one. */
function listedWithAthletes(g: Grouping, lists: readonly number[][], persons: Person[]): void {
  for (const list of lists) {
    const members: number[] = [];
    for (const i of list) {
      const d = g.drafts[g.assigned[i]!];
      if (d && d.kept >= 0) members.push(d.kept);
    }
    if (!members.some((n) => persons[n]!.role === 'athlete')) continue;
    for (const n of members) if (persons[n]!.role === 'other') [persons[n]!.role, persons[n]!.rule] = ['athlete', `${persons[n]!.rule}+${RULES.listedWithAthletes.id}`];
  }
}

export function buildPersons(doc: Doc, lex: PersonLexicon, cands: readonly Candidate[], evs: readonly Evidence[], lists: readonly number[][] = []): Built {
  const n = cands.length;
  const g: Grouping = { doc, lex, cands, evs, drafts: [], byKey: new Map(), assigned: new Int32Array(n).fill(-1), ruleOf: new Array<string>(n).fill(''), names: [], keys: [], orders: [] };
  const multi: number[] = [];
  const singles = new Set<string>();
  const caps = readCapsNames(doc, lex, cands);
  for (let i = 0; i < n; i++) {
    const c = cands[i]!;
    const cap = caps?.get(i);
    const name = cap ? cap.name : candidateName(doc, c);
    g.names.push(name);
    g.keys.push(identityKey(name));
    g.orders.push(cap ? cap.order : null);
    if (!inBody(doc, c)) continue;
    if (c.tokens.length > 1) multi.push(i);
    else singles.add(c.tokens[0]!.key);
  }
  multi.sort((a, b) => cands[b]!.tokens.length - cands[a]!.tokens.length || a - b);
  acceptFullNames(g, multi, singles);
  acceptListed(g, lists);
  // a full name first seen without evidence but later with it: take the rejected ones again
  for (const i of multi) {
    if (g.assigned[i]! >= 0) continue;
    const d = g.byKey.get(g.keys[i]!);
    if (d !== undefined) [g.assigned[i], g.ruleOf[i]] = [d, RULES.fullName.id];
  }
  mergeNicknames(g, multi);
  resolveRest(g);
  collectMentions(g);

  const kept = g.drafts.filter((d) => d.mentions.length > 0).sort((a, b) => a.first - b.first);
  const persons: Person[] = [];
  const gender: (Gender | null)[] = [];
  const ages: (number | null)[] = [];
  const anchors: Built['anchors'] = [];
  for (let person = 0; person < kept.length; person++) {
    const d = kept[person]!;
    d.kept = person;
    persons.push(toPerson(d));
    gender.push(d.gender);
    let age: number | null = null;
    for (const e of d.evidence) if (e.age !== null) {
      age = e.age;
      break;
    }
    ages.push(age);
  }
  listedWithAthletes(g, lists, persons);
  for (let person = 0; person < kept.length; person++) {
    for (const m of kept[person]!.mentions) anchors.push({ start: m.start, end: m.end, person, sentence: sentenceOf(doc, m.start) });
  }
  anchors.sort(byStart);
  return { persons, gender, ages, anchors };
}

/**
 * Candidates with the surname in capitals (results tables): their name in given-then-surname order and title case,
 * unless the article writes the same words in that order elsewhere ("WANG Kaihua" and "Wang Kaihua"). Null when
 * the article has no word in capitals beside a name word (most articles: one regex test).
 */
function readCapsNames(doc: Doc, lex: PersonLexicon, cands: readonly Candidate[]): Map<number, { name: string; order: string[] }> | null {
  let out: Map<number, { name: string; order: string[] }> | null = null;
  let written: Set<string> | null = null;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.tokens.length < 2 || !c.tokens.some((t) => t.end - t.start > 1 && isUpperAt(doc.text, t.start + 1))) continue;
    const cap = capsName(doc, lex, c);
    if (!cap) continue;
    if (cap.surnameFirst) {
      written ??= new Set(cands.filter((x) => x.tokens.length > 1 && !/\p{Lu}{2}/u.test(doc.text.slice(x.start, x.end))).map((x) => identityKey(candidateName(doc, x))));
      if (written.has(identityKey(cap.written)) && !written.has(identityKey(cap.name))) {
        (out ??= new Map()).set(i, { name: cap.written, order: c.tokens.map((t) => t.key) });
        continue;
      }
    }
    (out ??= new Map()).set(i, { name: cap.name, order: cap.order.map((k) => c.tokens[k]!.key) });
  }
  return out;
}

/** An upper-case letter at `at` (ASCII by char code; else the Unicode class). */
function isUpperAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? c >= 65 && c <= 90 : /\p{Lu}/u.test(text[at]!);
}

function sentenceOf(doc: Doc, pos: number): number {
  return spanIndexAt(doc.sentences, pos);
}

