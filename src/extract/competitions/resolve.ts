/**
 * Resolution helpers of the competitions stage: the article's reference year, the nearest edition, the
 * time cue of a mention, the series of an ambiguous mention, and merging names of one meeting.
 */
import type { Doc } from '../../types.js';
import { identityKey } from '../../util/text.js';
import type { Token } from './tokens.js';
import { isYear, type Strength } from './match.js';
import type { TimeCue } from './cues.js';
import type { CompetitionLexicon } from './lexicon.js';

/** A mention while it is resolved. */
export interface Cand {
  a: number;
  b: number;
  rules: number[];
  rule: number | null;
  strength: Strength | 'generic' | 'absorbed';
  name: string;
  city: string | null;
  years: number[];
  cue: TimeCue | null;
  ruleId: string;
  indoor: boolean | null;
  place: string | null;
  head: string | null;
  year: number | null;
}

export const MAX_CUE_DISTANCE = 14;
/** Name merging compares every pair: beyond this many generic names (hostile input) it is skipped. */
export const MAX_GENERIC_MERGE = 200;

/** Words after a year that make it the year of a record or a title, not the article's. */
const YEAR_OF_RECORD: ReadonlySet<string> = new Set(['record', 'records', 'best', 'mark', 'champion', 'champions', 'title', 'titles', 'gold', 'silver', 'bronze', 'medal', 'medallist', 'winner']);

/** Words before a year that make it a past reference point ("since July 2003"). */
const PAST_FROM: ReadonlySet<string> = new Set(['since', 'from', 'before', 'between']);

const isPastFrom = (x: Token) => PAST_FROM.has(x.lower);
const isOfRecord = (x: Token) => YEAR_OF_RECORD.has(x.lower);
const isMarkOrRecord = (x: Token) => (/^\d/.test(x.text) && !isYear(x)) || x.lower === 'record';
const isBid = (x: Token) => x.lower === 'bid' || x.lower === 'bids';

/** Whether a token in [from, to) (clipped to the tokens) passes `test`: `slice().some()` without the copies. */
function someIn(tokens: readonly Token[], from: number, to: number, test: (t: Token) => boolean): boolean {
  for (let k = Math.max(0, from); k < to && k < tokens.length; k++) if (test(tokens[k]!)) return true;
  return false;
}

/** Whether the year at token `j` may be the article's own (not a past point, a record's, a mark's or a bid's). */
function articleYearAt(tokens: readonly Token[], j: number, ofRace = false): boolean {
  const y = Number(tokens[j]!.text);
  if (!(y >= 1950 && y <= 2040)) return false;
  // "since July 2003", "from 2015": a past reference point, not the article's year
  if (someIn(tokens, j - 2, j, isPastFrom)) return false;
  // "the 1997 world record", "the 2003 world champion": a year of a record or a title (a race's own year
  // may be followed by its titles: "Boston Marathon 2024 titles")
  if (!ofRace && someIn(tokens, j + 1, j + 4, isOfRecord)) return false;
  // "running 44.66secs in 1996", "the world record of 44.63secs in 1995": the year of a performance
  if (someIn(tokens, j - 4, j, isMarkOrRecord)) return false;
  // "London's 2012 Olympic bid": a year bid for, not the article's
  return !someIn(tokens, j + 1, j + 3, isBid);
}

/** Sentences (headline included) that make up an article's lead for dating. */
const LEAD_SENTENCES = 2;

/**
 * The year that "this year" means: the article's date; else the latest year the article writes outside
 * competition names, records, titles and bids ("until the end of 2005"), unless a race in the lead carries its year; else unknown. (The extractor
 * may still fix it from an edition said to be "this summer" or "last year".)
 */
export function referenceYear(doc: Doc, tokens: readonly Token[], cands: readonly Cand[], lex: CompetitionLexicon): number | null {
  if (doc.year !== null) return doc.year;
  const attached = new Set<number>();
  for (const c of cands) {
    // "2002 and 2003 London Marathons", "2004's Olympics": the years right before the name
    for (let j = c.a - 1; j >= 0 && j >= c.a - 5 && (isYear(tokens[j]) || /^(?:and|s)$/.test(tokens[j]!.lower)); j--) attached.add(j);
    // "the Beijing Olympics in 2008": the year of that edition
    if (tokens[c.b]?.lower === 'in' && isYear(tokens[c.b + 1])) attached.add(c.b + 1);
    // "Prefontaine Classic 2024", "Glasgow 2024", "- 19/07/2017": a year just after it, as `yearAfter` reads it
    for (let j = c.b; j < tokens.length && j < c.b + 4; j++) {
      const t = tokens[j]!;
      if (isYear(t)) {
        attached.add(j);
        break;
      }
      if (!/^\d{1,2}$/.test(t.text) && !t.cap) break;
    }
  }
  const lead = leadYear(tokens, attached);
  if (lead !== null) return lead;
  const free = new Set<number>();
  const named = new Set<number>();
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (!isYear(t)) continue;
    if (!articleYearAt(tokens, j)) continue;
    (attached.has(j) ? named : free).add(Number(t.text));
  }
  // an edition the lead dates by its city ("coming off the World Indoor Championships in Glasgow") counts
  // as a year the article writes: the latest of them all is the article's
  const dated = leadEditions(doc, tokens, cands, lex);
  if (dated !== null && free.size) free.add(dated);
  const sorted = [...(free.size ? free : named)].sort((a, b) => b - a);
  if (!sorted.length) return null;
  return sorted[0]!;
}

/** The offset where an article's lead ends: past its first two paragraphs (a headline or caption before them aside). */
function leadEnd(doc: Doc): number {
  let n = 0;
  for (const b of doc.blocks) if (b.kind === 'paragraph' && ++n === 2) return b.end;
  return doc.text.length;
}

/**
 * "The 2023 Great North Run saw wins for Kenya": a race with its year in the lead is the article's race and
 * its year the article's, whatever other years the body recalls ("won it six years in a row 2014-2019").
 */
function leadYear(tokens: readonly Token[], attached: ReadonlySet<number>): number | null {
  let lead: number | null = null;
  for (const j of attached) {
    const t = tokens[j]!;
    const y = Number(t.text);
    if (isYear(t) && t.sentence >= 0 && t.sentence <= LEAD_SENTENCES && articleYearAt(tokens, j, true) && (lead === null || y > lead)) lead = y;
  }
  return lead;
}

/** The latest edition the first two paragraphs date by a city that held one edition of its series, or null. */
function leadEditions(doc: Doc, tokens: readonly Token[], cands: readonly Cand[], lex: CompetitionLexicon): number | null {
  const end = leadEnd(doc);
  let lead: number | null = null;
  for (const c of cands) {
    if (!c.city || c.rules.length !== 1 || (c.strength !== 'full' && c.strength !== 'city') || tokens[c.a]!.start >= end) continue;
    const ys = lex.editionsByCity[c.rules[0]!]!.get(c.city) ?? [];
    if (ys.length === 1 && (lead === null || ys[0]! > lead)) lead = ys[0]!;
  }
  return lead;
}

export function nearestEdition(years: readonly number[], target: number | null): number | null {
  if (!years.length) return null;
  if (target === null) return years[years.length - 1]!;
  let best = years[0]!;
  for (const y of years) if (Math.abs(y - target) < Math.abs(best - target)) best = y;
  return best;
}

/**
 * The time cue of the mention `live[k]`: the nearest in its sentence with no other mention between them
 * (a relative cue within a few words; "in 2024" anywhere in the sentence). `cues` are sorted by position.
 */
export function cueFor(k: number, live: readonly Cand[], cues: readonly TimeCue[]): TimeCue | null {
  const c = live[k]!;
  const lo = k > 0 ? live[k - 1]!.b : -1;
  const hi = k + 1 < live.length ? live[k + 1]!.a : Infinity;
  // first cue at or after c.a
  let l = 0;
  let h = cues.length;
  while (l < h) {
    const m = (l + h) >> 1;
    if (cues[m]!.at < c.a) l = m + 1;
    else h = m;
  }
  let best: TimeCue | null = null;
  let bestD = Infinity;
  for (let j = l - 1; j >= 0 && cues[j]!.at >= lo; j--) {
    const q = cues[j]!;
    const d = c.a - q.at;
    if (d <= MAX_CUE_DISTANCE) {
      best = q;
      bestD = d;
      break;
    }
  }
  for (let j = l; j < cues.length && cues[j]!.at < hi; j++) {
    const q = cues[j]!;
    const d = q.at < c.b ? 0 : q.at - c.b + 1;
    if (d >= bestD) break;
    if (d <= MAX_CUE_DISTANCE) {
      best = q;
      break;
    }
  }
  return best;
}

/**
 * The series of a mention that several could name ("Games", "Athens"): for a city, the edition nearest the
 * article's year; then a series the article names outright, then one it refers to.
 */
export function pickRule(c: Cand, lex: CompetitionLexicon, named: ReadonlySet<number>, referred: ReadonlySet<number>, ref: number | null): number {
  let rs: readonly number[] = c.rules;
  if (c.city && rs.length > 1) {
    let d = Infinity;
    for (const r of rs) d = Math.min(d, editionDistance(r, c.city, lex, ref));
    const nearest: number[] = [];
    for (const r of rs) if (editionDistance(r, c.city, lex, ref) === d) nearest.push(r);
    rs = nearest;
  }
  for (const r of rs) if (named.has(r)) return r;
  for (const r of rs) if (referred.has(r)) return r;
  return rs[0]!;
}

/** How far the edition of series `r` in `city` nearest the reference year is from it (0 without a year). */
function editionDistance(r: number, city: string, lex: CompetitionLexicon, ref: number | null): number {
  const y = nearestEdition(lex.editionsByCity[r]!.get(city) ?? [], ref);
  return y === null ? Infinity : ref === null ? 0 : Math.abs(y - ref);
}

/** "Cheltenham Midsummer Open" and "Cheltenham Harriers Midsummer Open" are one meeting: the longer name wins. */
export function mergeGenericNames(cands: Cand[]): void {
  const gen = cands.filter(isGeneric);
  if (gen.length > MAX_GENERIC_MERGE) return;
  // the words of each name with its place, built once per name, not once per pair (identity keys are not
  // cheap); a renamed mention's words are built again
  const placed: Set<string>[] = [];
  for (const c of gen) placed.push(placedWords(c));
  for (let i = 0; i < gen.length; i++) {
    const x = gen[i]!;
    const wx = identityKey(x.name).split(' ');
    let best: Cand | null = null;
    for (let k = 0; k < gen.length; k++) {
      const y = gen[k]!;
      if (k === i || y.name.length <= x.name.length || (best && y.name.length <= best.name.length)) continue;
      if (allIn(wx, placed[k]!)) best = y;
    }
    if (best) {
      x.name = best.name;
      placed[i] = placedWords(x);
    }
  }
}

const isGeneric = (c: Cand) => c.strength === 'generic';
const placedWords = (c: Cand) => new Set(identityKey(`${c.name} ${c.place ?? ''}`).split(' '));

function allIn(words: readonly string[], set: ReadonlySet<string>): boolean {
  for (const w of words) if (!set.has(w)) return false;
  return true;
}

/** The single edition year of a series that a mention dates by itself (an adjacent year or an edition city). */
function datedYear(c: Cand, lex: CompetitionLexicon): number | null {
  if (c.rule === null || c.strength === 'bare' || c.strength === 'absorbed') return null;
  if (c.years.length === 1) return c.years[0]!;
  const ys = c.city ? (lex.editionsByCity[c.rule]!.get(c.city) ?? []) : [];
  return ys.length ? ys[ys.length - 1]! : null;
}

/**
 * An undated article's year from its seasons: a series dated elsewhere in the article and said to be "last
 * season" ("the Athens Olympics" … "the Olympic Games last season" → 2005), or a championship "this summer"
 * that must be its first edition after every edition the article dates ("his Olympic title in Athens" …
 * "a fourth World Championship crown this summer" → 2005).
 */
export function yearFromSeasons(live: readonly Cand[], lex: CompetitionLexicon): number | null {
  const dated = new Map<number, Set<number>>();
  let latest: number | null = null;
  for (const c of live) {
    const y = datedYear(c, lex);
    if (y === null) continue;
    const set = dated.get(c.rule!) ?? new Set<number>();
    set.add(y);
    dated.set(c.rule!, set);
    latest = latest === null ? y : Math.max(latest, y);
  }
  for (const c of live) {
    const q = c.cue;
    if (c.rule === null || !q || q.offset === null || !q.season) continue;
    if ((q.at < c.a ? c.a - q.at : q.at - c.b + 1) > 4) continue; // "a World Championship crown this summer"
    const years = dated.get(c.rule);
    if (years?.size === 1) return [...years][0]! - q.offset;
    if (!years && q.offset === 0 && latest !== null && !lex.rules[c.rule]!.annual) {
      const next = [...lex.cityByYear[c.rule]!.keys()].filter((y) => y > latest!).sort((a, b) => a - b)[0];
      if (next !== undefined) return next;
    }
  }
  return null;
}
