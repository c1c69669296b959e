/**
 * From candidates to persons: full names seen in the article's own sentences become persons when some
 * evidence says they are people; surnames, given names and name tails ("El Guerrouj") resolve to them;
 * a surname the article never completes stays a `full: false` person when the text shows it is a person.
 * Headline, caption and related-link blocks only add mentions to persons named in the body.
 */
import type { Doc, Person, PersonMention, PersonRole } from '../../types.js';
import { nameKey } from './fold-word.js';
import type { PersonLexicon } from './lexicon.js';
import type { Candidate } from './candidates.js';
import type { Evidence } from './context.js';
import type { Gender } from './model/name-data.js';
import { PARTICLE_FIRST } from './model/context-words.js';
import { spanIndexAt } from '../../util/spans.js';

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
}

/** The name as written, without a bracketed surname's brackets or a quoted nickname. */
export const candidateName = (doc: Doc, c: Candidate) => c.bracketed
  ? c.tokens.map((t) => doc.text.slice(t.start, t.end)).join(' ')
  : doc.text.slice(c.start, c.end).replace(/\s["“‘'][^"“”‘’]{1,22}["”’']\s/u, ' ').replace(/\s+/g, ' ');

/** Why a full-name candidate is a person, or null when nothing says so. */
function acceptRule(lex: PersonLexicon, c: Candidate, ev: Evidence, surnames: ReadonlySet<string>): string | null {
  if (c.title) return c.title.rule;
  // "in Puerto Rico", "at Crystal Palace", "the Kymin Dash": a place or an event unless a given name or a
  // role word says otherwise
  const unknownFirst = !lex.given.has(c.tokens[0]!.key);
  if (ev.placeBefore && unknownFirst && !ev.roles.length && !ev.pre.verbs.length) return null;
  if (ev.theBefore && unknownFirst && !c.country && !c.role && !ev.roles.length) return null;
  if (ev.roles.length) return ev.roles[0]!.rule;
  if (ev.verbs.length) return ev.verbs[0]!;
  if (ev.timed) return 'person/name-time';
  if (ev.bold) return 'person/bold';
  if (ev.age !== null) return 'person/age';
  if (ev.speaker) return 'person/speaker';
  if (c.bracketed) return 'person/bracketed-surname';
  if (lex.given.has(c.tokens[0]!.key) && c.tokens.length <= 3) return 'person/given-name';
  if (ev.country && (c.country || ev.countryBefore)) return 'person/nationality-before';
  if (surnames.has(c.tokens[c.tokens.length - 1]!.key)) return 'person/surname-repeated';
  // "set by Ethiopia's Letesenbet Gidey", "X of Kenya": a stated nationality and two or three name-like words that no
  // dictionary knows as ordinary words or places
  if (ev.country && c.tokens.length >= 2 && c.tokens.length <= 3 && !c.tokens.some((t) => lex.names.common.has(t.key) || lex.names.places.has(t.key))) return 'person/nationality-name';
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
  for (const ev of evs) {
    for (const r of ev.pre.roles) votes.set(r.value, (votes.get(r.value) ?? 0) + 2);
    for (const r of ev.post.roles) votes.set(r.value, (votes.get(r.value) ?? 0) + 1);
    verbs += ev.verbs.length + (ev.timed ? 1 : 0) + (ev.bold ? 1 : 0);
  }
  const athlete = (votes.get('athlete') ?? 0) + verbs;
  let best: PersonRole | null = null;
  let bestN = 0;
  for (const [role, n] of votes) if (role !== 'athlete' && n > bestN) [best, bestN] = [role, n];
  if (best && bestN >= athlete) return best;
  // nothing says what they do: in athletics news, a named person is far more often a competitor
  return athlete > 0 || !best ? 'athlete' : 'other';
}

export function buildPersons(doc: Doc, lex: PersonLexicon, cands: readonly Candidate[], evs: readonly Evidence[], lists: readonly number[][] = []): Built {
  const inBody = (c: Candidate) => BODY_KINDS.has(doc.blocks[c.block]?.kind ?? 'noise');
  const body = cands.map((_, i) => i).filter((i) => inBody(cands[i]!));
  const singles = new Set(body.filter((i) => cands[i]!.tokens.length === 1).map((i) => cands[i]!.tokens[0]!.key));
  const drafts: Draft[] = [];
  const byKey = new Map<string, number>();
  /** Tails of 3- and 4-word names ("el guerrouj") → their person. */
  const tails = new Map<string, number>();
  const assigned = new Array<number>(cands.length).fill(-1);
  const names = cands.map((c) => candidateName(doc, c));
  const keys = names.map(nameKey);
  const ruleOf = new Array<string>(cands.length).fill('');

  // full names, longest first so that a tail ("El Guerrouj") finds its whole ("Hicham El Guerrouj")
  const multi = body.filter((i) => cands[i]!.tokens.length > 1).sort((a, b) => cands[b]!.tokens.length - cands[a]!.tokens.length || a - b);
  for (const i of multi) {
    const c = cands[i]!;
    const key = keys[i]!;
    let d = byKey.get(key);
    if (d === undefined) {
      const toks = c.tokens.map((t) => t.key);
      const whole = tails.get(toks.join(' '));
      if (whole !== undefined) {
        assigned[i] = whole;
        ruleOf[i] = 'person/name-tail';
        continue;
      }
      const rule = acceptRule(lex, c, evs[i]!, singles);
      if (!rule) continue;
      d = drafts.length;
      // "El Guerrouj" alone is a surname with its particle, not a full name
      const full = !PARTICLE_FIRST.words.has(toks[0]!);
      drafts.push({ name: names[i]!, full, rule, mentions: [], evidence: [], surfaces: [], gender: c.title?.value ?? lex.given.get(toks[0]!) ?? null, first: c.start, tokens: toks });
      byKey.set(key, d);
      for (let n = 1; n < toks.length - 1; n++) if (!tails.has(toks.slice(n).join(' '))) tails.set(toks.slice(n).join(' '), d);
    }
    assigned[i] = d;
    ruleOf[i] = 'person/full-name';
  }
  // "Sha'Carri Richardson and Julien Alfred": a name listed with a person is a person
  for (const list of lists) {
    if (!list.some((i) => assigned[i]! >= 0 && drafts[assigned[i]!]!.full)) continue;
    for (const i of list) {
      const c = cands[i]!;
      if (assigned[i]! >= 0 || c.tokens.length < 2 || !inBody(c) || byKey.has(keys[i]!) || evs[i]!.placeBefore) continue;
      const toks = c.tokens.map((t) => t.key);
      byKey.set(keys[i]!, drafts.length);
      drafts.push({ name: names[i]!, full: !PARTICLE_FIRST.words.has(toks[0]!), rule: 'person/listed-with-person', mentions: [], evidence: [], surfaces: [], gender: lex.given.get(toks[0]!) ?? null, first: c.start, tokens: toks });
    }
  }
  // a full name first seen without evidence but later with it: take the rejected ones again
  for (const i of multi) {
    if (assigned[i]! >= 0) continue;
    const d = byKey.get(keys[i]!);
    if (d !== undefined) [assigned[i], ruleOf[i]] = [d, 'person/full-name'];
  }

  const bySurname = new Map<string, number[]>();
  const byGiven = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, k: string, n: number) => {
    const list = map.get(k) ?? [];
    if (list.length < 8) list.push(n); // a bound: a few people of one article share a surname
    map.set(k, list);
  };
  drafts.forEach((d, n) => {
    add(bySurname, d.tokens[d.tokens.length - 1]!, n);
    add(byGiven, d.tokens[0]!, n);
  });
  const pick = (list: readonly number[] | undefined, at: number) => {
    if (!list?.length) return -1;
    let best = list[0]!;
    for (const n of list) if (drafts[n]!.first <= at && drafts[n]!.first >= drafts[best]!.first) best = n;
    return best;
  };
  const surnameOnly = new Map<string, number>();
  cands.forEach((c, i) => {
    if (assigned[i]! >= 0) return;
    const toks = c.tokens.map((t) => t.key);
    const exact = byKey.get(keys[i]!);
    if (exact !== undefined) return void ([assigned[i], ruleOf[i]] = [exact, 'person/full-name']);
    if (toks.length === 1) {
      const k = toks[0]!;
      const s = pick(bySurname.get(k), c.start);
      if (s >= 0) return void ([assigned[i], ruleOf[i]] = [s, 'person/surname']);
      const g = pick(byGiven.get(k), c.start);
      if (g >= 0) return void ([assigned[i], ruleOf[i]] = [g, 'person/given-name-only']);
      if (!inBody(c)) return;
      const ev = evs[i]!;
      // a lone word is a person only on evidence next to it
      const strong = ev.roles.length > 0 || ev.verbs.length > 0 || ev.age !== null || ev.speaker || ev.timed || ev.bold || !!c.title;
      // "Leg 2", "Race 1", "Heat 3": a word before a number; "Clocking 2:30:20": a verb
      const numbered = /^\s\d/.test(doc.text.slice(c.outer, c.outer + 2));
      if (!strong || ev.placeBefore || numbered || lex.verbs.has(k) || !looksLikeSurname(doc.text.slice(c.start, c.end), k, lex) || lex.given.has(k) || lex.names.common.has(k) || lex.names.places.has(k)) return;
      let d = surnameOnly.get(k);
      if (d === undefined) {
        d = drafts.length;
        drafts.push({ name: names[i]!, full: false, rule: 'person/surname-only', mentions: [], evidence: [], surfaces: [], gender: c.title?.value ?? null, first: c.start, tokens: toks });
        surnameOnly.set(k, d);
      }
      return void ([assigned[i], ruleOf[i]] = [d, 'person/surname-only']);
    }
    // outside the body: a known full name at the front of a title-case run ("Josh Kerr Calls Rivalry")
    for (let len = Math.min(3, toks.length - 1); len >= 2; len--) {
      const d = byKey.get(toks.slice(0, len).join(' '));
      if (d !== undefined) return void ([assigned[i], ruleOf[i]] = [d, 'person/full-name-prefix']);
    }
  });

  cands.forEach((c, i) => {
    const d = drafts[assigned[i]!];
    if (!d) return;
    const prefix = ruleOf[i] === 'person/full-name-prefix';
    const end = prefix ? c.tokens[1]!.end : c.end;
    d.mentions.push({ start: c.start, end, text: doc.text.slice(c.start, end), rule: ruleOf[i]! });
    d.evidence.push(evs[i]!);
    d.surfaces.push(prefix ? doc.text.slice(c.start, end) : names[i]!);
  });

  const kept = drafts.filter((d) => d.mentions.length > 0).sort((a, b) => a.first - b.first);
  const persons: Person[] = kept.map((d) => ({
    name: d.name,
    full: d.full,
    role: roleOf(d.evidence),
    aliases: [...new Set(d.surfaces.filter((s) => s !== d.name))],
    country: d.evidence.find((e) => e.country)?.country?.value ?? null,
    mentions: d.mentions.sort((a, b) => a.start - b.start),
    rule: d.rule,
  }));
  // "Kelly Holmes, Carolina Kluft and X": a person listed with athletes, and said to be nothing else, is one
  const index = new Map(kept.map((d, n) => [d, n]));
  for (const list of lists) {
    const members = list.map((i) => index.get(drafts[assigned[i]!]!)).filter((n): n is number => n !== undefined);
    if (!members.some((n) => persons[n]!.role === 'athlete')) continue;
    for (const n of members) if (persons[n]!.role === 'other') [persons[n]!.role, persons[n]!.rule] = ['athlete', `${persons[n]!.rule}+person/listed-with-athletes`];
  }
  const anchors: Built['anchors'] = [];
  kept.forEach((d, person) => {
    for (const m of d.mentions) anchors.push({ start: m.start, end: m.end, person, sentence: sentenceOf(doc, m.start) });
  });
  anchors.sort((a, b) => a.start - b.start);
  return { persons, gender: kept.map((d) => d.gender), ages: kept.map((d) => d.evidence.find((e) => e.age !== null)?.age ?? null), anchors };
}

function sentenceOf(doc: Doc, pos: number): number {
  return spanIndexAt(doc.sentences, pos);
}

