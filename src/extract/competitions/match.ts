/**
 * Gazetteer matching on tokens: the longest form at each position (tolerant to one wrong letter in long
 * words), edition cities before a series head ("Athens Olympics") or a year ("Glasgow 2024"), bare
 * edition cities, and series adjectives followed by a title word ("Olympic champion").
 */
import { mayStart, type Token } from './tokens.js';
import { correctWord, type CompetitionLexicon, type FormEnd, type FormKind } from './lexicon.js';
import { BETWEEN, EVENT_WORDS, NAME_STOP, NOT_A_RACE, RACE_NOUNS, TITLE_NOUNS } from './model/words.js';

const STOP_BEFORE_SHORT = NAME_STOP;

export type Strength =
  | 'full' // a name of the series
  | 'city' // an edition city with a head or a year: a name of one edition
  | 'short' // needs the series named elsewhere
  | 'title' // "Olympic champion": needs an anchor
  | 'race' // "the Olympic final": needs an anchor, or the article's year to be an edition year
  | 'bare' // an edition city alone: needs the series named elsewhere
  | 'bare-event'; // an edition city before an event ("the Athens 10,000m"): needs the series referred to

export interface GazetteerHit {
  /** Token range [a, b). */
  a: number;
  b: number;
  /** Candidate rules (several for an ambiguous short form: "Games"). */
  rules: number[];
  strength: Strength;
  /** Edition city named in the mention. */
  city: string | null;
  /** Edition year named inside the mention ("Glasgow 2024"). */
  year: number | null;
  ruleId: string;
}

const MAX_FORM = 8;
export const isYear = (t: Token | undefined): boolean => !!t && t.text.length === 4 && /^(?:18|19|20)\d\d$/.test(t.text);

interface Walk {
  end: number;
  ends: FormEnd[];
}

/**
 * The known word a capitalised text word of six letters or more misspells, cached per article by the word
 * (names recur); null when there is none.
 */
function corrected(t: Token, lex: CompetitionLexicon, cache: Map<string, string | null>): string | null {
  if (!t.cap || t.lower.length < 6) return null;
  let c = cache.get(t.lower);
  if (c === undefined) {
    c = correctWord(lex, t.lower);
    cache.set(t.lower, c);
  }
  return c;
}

function walkTrie(tokens: readonly Token[], i: number, lex: CompetitionLexicon, cache: Map<string, string | null>): Walk | null {
  if (!mayStart(lex.trieStarts, tokens[i]!.lower)) return null;
  let node = lex.trie;
  let best: Walk | null = null;
  for (let j = i; j < tokens.length && j < i + MAX_FORM; j++) {
    const t = tokens[j]!;
    if (j > i && !t.soft) break;
    let child = node.next.get(t.lower);
    // on a miss, the misspelt word's correction (or the word again): one lookup that always runs, so it has
    // type feedback when the first misspelling comes (a branch taken only then deoptimised the matcher)
    if (!child) child = node.next.get(corrected(t, lex, cache) ?? t.lower);
    if (!child) break;
    node = child;
    if (!node.ends.length) continue;
    const ok = casedEnds(node.ends, tokens, i);
    if (ok.length) best = { end: j + 1, ends: ok };
  }
  return best;
}

/**
 * The ends whose capitalised words are capitalised in the text from token `i`. Loops, not filter/every
 * closures: a closure over `i` made every call of the trie walk allocate a context, for every token.
 */
function casedEnds(ends: readonly FormEnd[], tokens: readonly Token[], i: number): FormEnd[] {
  const ok: FormEnd[] = [];
  for (const e of ends) if (casedAt(e, tokens, i)) ok.push(e);
  return ok;
}

function casedAt(e: FormEnd, tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < e.cased.length; k++) if (e.cased[k] && !tokens[i + k]!.cap) return false;
  return true;
}

export function walkCity(tokens: readonly Token[], i: number, lex: CompetitionLexicon): { end: number; city: string } | null {
  const first = tokens[i];
  if (!first || !first.cap || !mayStart(lex.cityStarts, first.lower)) return null;
  let node = lex.cities;
  let best: { end: number; city: string } | null = null;
  for (let j = i; j < tokens.length && j < i + 4; j++) {
    const t = tokens[j]!;
    if (!t.cap || (j > i && !t.soft)) break;
    const child = node.next.get(t.lower);
    if (!child) break;
    node = child;
    if (node.ends.length) best = { end: j + 1, city: node.ends[0]!.city };
  }
  return best;
}

/** After a series adjective: up to four in-between words, then a title or race word. */
function titleAfter(tokens: readonly Token[], b: number): { end: number; strength: 'title' | 'race' } | null {
  let event = -1;
  for (let j = b; j < tokens.length && j < b + 5; j++) {
    const t = tokens[j]!;
    if (!t.soft && !/^\d/.test(t.text)) break;
    if (TITLE_NOUNS.has(t.lower)) return { end: j + 1, strength: 'title' };
    if (RACE_NOUNS.has(t.lower)) return { end: j + 1, strength: 'race' };
    if (NOT_A_RACE.has(t.lower)) return null;
    if (EVENT_WORDS.has(t.lower) || /^\d[\d,]*(?:m|km|k)$/.test(t.lower)) event = j;
    else if (!BETWEEN.has(t.lower) && !/\d/.test(t.text)) break;
  }
  // "the Olympic marathon", "the world 10,000m": a race of the series
  return event >= 0 ? { end: event + 1, strength: 'race' } : null;
}

const RANK: Record<FormKind, number> = { full: 0, head: 1, short: 2, adj: 3 };

const NO_RULES: readonly number[] = [];

/**
 * The rules of the ends, each once, in order of first appearance; with `hosts`, only series heads (not
 * adjectives) of series that held an edition in the city. Built by push so that every `rules` array has
 * one elements kind (a spread Set gives another, and code reading them deoptimised).
 */
function uniqueRules(ends: readonly FormEnd[], hosts: readonly number[] | null): number[] {
  const out: number[] = [];
  for (const e of ends) {
    if (hosts !== null && (e.kind === 'adj' || !hosts.includes(e.rule))) continue;
    if (!out.includes(e.rule)) out.push(e.rule);
  }
  return out;
}

/*
 * The helpers below are plain functions over their arguments, not closures in the matcher's loop: a closure
 * over a variable of the loop body made every iteration allocate a context (one per token).
 */

/** The series among `hosts` whose edition of `year` was held in `city`. */
function hostsInYear(hosts: readonly number[], lex: CompetitionLexicon, year: number, city: string): number[] {
  const out: number[] = [];
  for (const ri of hosts) if (lex.cityByYear[ri]!.get(year) === city) out.push(ri);
  return out;
}

/** The series among `hosts` that a bare edition city may name. */
function bareHosts(hosts: readonly number[], lex: CompetitionLexicon): number[] {
  const out: number[] = [];
  for (const ri of hosts) if (lex.rules[ri]!.bareCity) out.push(ri);
  return out;
}

/** The ends of the best rank (full form before head, short form, adjective). */
function bestEnds(ends: readonly FormEnd[]): FormEnd[] {
  let best = 4;
  for (const e of ends) best = Math.min(best, RANK[e.kind]);
  const out: FormEnd[] = [];
  for (const e of ends) if (RANK[e.kind] === best) out.push(e);
  return out;
}

/**
 * A hit at an edition city `c` starting at token `i`: before a head of a series it hosted ("Athens
 * Olympics"), before a year ("Glasgow 2024"), or alone. `w` is the form walk at `i`, if any.
 */
function cityHit(tokens: readonly Token[], i: number, c: { end: number; city: string }, w: Walk | null, lex: CompetitionLexicon, cache: Map<string, string | null>): GazetteerHit | null {
  const hosts = lex.hostsByCity.get(c.city) ?? NO_RULES;
  const head = c.end < tokens.length && tokens[c.end]!.soft ? walkTrie(tokens, c.end, lex, cache) : null;
  if (head && (!w || head.end >= w.end)) {
    const headRules = uniqueRules(head.ends, hosts);
    if (headRules.length) return { a: i, b: head.end, rules: headRules, strength: 'city', city: c.city, year: null, ruleId: 'competition/city-head' };
  }
  const y = tokens[c.end];
  if (!w && isYear(y) && y!.start - tokens[c.end - 1]!.end <= 2) {
    const year = Number(y!.text);
    const yr = hostsInYear(hosts, lex, year, c.city);
    if (yr.length) return { a: i, b: c.end + 1, rules: yr, strength: 'city', city: c.city, year, ruleId: 'competition/city-year' };
  }
  const bare = bareHosts(hosts, lex);
  // not the first word of a longer name ("Paris Diamond League", "Helsinki Grand Prix")
  const after = tokens[c.end];
  const inName = !!after && after.soft && after.cap;
  // "the Athens 10,000m": an edition city before an event
  const nx = tokens[c.end];
  const evented = !!nx && nx.soft && !nx.cap && (EVENT_WORDS.has(nx.lower) || /^\d[\d,]*(?:m|km|k)$/.test(nx.lower) || (/^\d{1,3}$/.test(nx.text) && /^0{3}m$/.test(tokens[c.end + 1]?.lower ?? '')));
  if (!w && bare.length && (!inName || evented)) {
    return { a: i, b: c.end, rules: bare, strength: evented ? 'bare-event' : 'bare', city: c.city, year: null, ruleId: evented ? 'competition/city-event' : 'competition/bare-city' };
  }
  return null;
}

/** A hit of the forms `usable` (no heads) walked from token `i` to `w.end`, or null when they name nothing there. */
function formHit(tokens: readonly Token[], i: number, w: Walk, usable: readonly FormEnd[], lex: CompetitionLexicon): GazetteerHit | null {
  const ends = bestEnds(usable);
  const kind = ends[0]!.kind;
  const rules = uniqueRules(ends, null);
  const next = tokens[w.end];
  // "Olympic trials", "world cross country trials": a trials meeting, not the series
  if (next && next.soft && /^trials?$/.test(next.lower)) return null;
  if (kind === 'adj') {
    const t = titleAfter(tokens, w.end);
    return t ? { a: i, b: t.end, rules, strength: t.strength, city: null, year: null, ruleId: `competition/${t.strength}` } : null;
  }
  const strength: Strength = kind === 'full' ? 'full' : 'short';
  // a short form inside a longer capitalised name ("Reebok Indoor Games") is that name's head, not the series
  const prev = tokens[i - 1];
  if (strength === 'short' && prev && tokens[i]!.soft && prev.cap && !STOP_BEFORE_SHORT.has(prev.lower)) return null;
  return { a: i, b: w.end, rules, strength, city: null, year: null, ruleId: lex.rules[rules[0]!]!.id };
}

const notHead = (e: FormEnd) => e.kind !== 'head';

/** Every gazetteer hit, left to right, not overlapping. */
export function matchGazetteer(tokens: readonly Token[], lex: CompetitionLexicon): GazetteerHit[] {
  const out: GazetteerHit[] = [];
  const cache = new Map<string, string | null>();
  let i = 0;
  while (i < tokens.length) {
    const w = walkTrie(tokens, i, lex, cache);
    const c = walkCity(tokens, i, lex);
    const hit = c ? cityHit(tokens, i, c, w, lex, cache) : null;
    if (hit) {
      out.push(hit);
      i = hit.b;
      continue;
    }
    if (!w) {
      i++;
      continue;
    }
    // heads count only after an edition city
    const usable = w.ends.filter(notHead);
    if (!usable.length) {
      i++;
      continue;
    }
    const form = formHit(tokens, i, w, usable, lex);
    if (form) out.push(form);
    i = w.end;
  }
  return out;
}
