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
    const ok = node.ends.filter((e) => e.cased.every((c, k) => !c || tokens[i + k]!.cap));
    if (ok.length) best = { end: j + 1, ends: ok };
  }
  return best;
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
const ALL_ENDS = (_: FormEnd) => true;

/**
 * The rules of the ends that pass `keep`, each once, in order of first appearance. Built by push so that
 * every `rules` array has one elements kind (a spread Set gives another, and code reading them deoptimised).
 */
function uniqueRules(ends: readonly FormEnd[], keep: (e: FormEnd) => boolean): number[] {
  const out: number[] = [];
  for (const e of ends) if (keep(e) && !out.includes(e.rule)) out.push(e.rule);
  return out;
}

/** Every gazetteer hit, left to right, not overlapping. */
export function matchGazetteer(tokens: readonly Token[], lex: CompetitionLexicon): GazetteerHit[] {
  const out: GazetteerHit[] = [];
  const cache = new Map<string, string | null>();

  let i = 0;
  while (i < tokens.length) {
    const w = walkTrie(tokens, i, lex, cache);
    // an edition city: before a head of a series it hosted ("Athens Olympics"), before a year ("Glasgow 2024"), or alone
    const c = walkCity(tokens, i, lex);
    if (c) {
      const hosts = lex.hostsByCity.get(c.city) ?? NO_RULES;
      const head = c.end < tokens.length && tokens[c.end]!.soft ? walkTrie(tokens, c.end, lex, cache) : null;
      if (head && (!w || head.end >= w.end)) {
        const headRules = uniqueRules(head.ends, (e) => e.kind !== 'adj' && hosts.includes(e.rule));
        if (headRules.length) {
          out.push({ a: i, b: head.end, rules: headRules, strength: 'city', city: c.city, year: null, ruleId: 'competition/city-head' });
          i = head.end;
          continue;
        }
      }
      const y = tokens[c.end];
      if (!w && isYear(y) && y!.start - tokens[c.end - 1]!.end <= 2) {
        const year = Number(y!.text);
        const yr = hosts.filter((ri) => lex.cityByYear[ri]!.get(year) === c.city);
        if (yr.length) {
          out.push({ a: i, b: c.end + 1, rules: yr, strength: 'city', city: c.city, year, ruleId: 'competition/city-year' });
          i = c.end + 1;
          continue;
        }
      }
      const bare = hosts.filter((ri) => lex.rules[ri]!.bareCity);
      // not the first word of a longer name ("Paris Diamond League", "Helsinki Grand Prix")
      const after = tokens[c.end];
      const inName = !!after && after.soft && after.cap;
      // "the Athens 10,000m": an edition city before an event
      const nx = tokens[c.end];
      const evented = !!nx && nx.soft && !nx.cap && (EVENT_WORDS.has(nx.lower) || /^\d[\d,]*(?:m|km|k)$/.test(nx.lower) || (/^\d{1,3}$/.test(nx.text) && /^0{3}m$/.test(tokens[c.end + 1]?.lower ?? '')));
      if (!w && bare.length && (!inName || evented)) {
        out.push({ a: i, b: c.end, rules: bare, strength: evented ? 'bare-event' : 'bare', city: c.city, year: null, ruleId: evented ? 'competition/city-event' : 'competition/bare-city' });
        i = c.end;
        continue;
      }
    }
    if (!w) {
      i++;
      continue;
    }
    // heads count only after an edition city
    const usable = w.ends.filter((e) => e.kind !== 'head');
    if (!usable.length) {
      i++;
      continue;
    }
    let best = 4;
    for (const e of usable) best = Math.min(best, RANK[e.kind]);
    const ends = usable.filter((e) => RANK[e.kind] === best);
    const kind = ends[0]!.kind;
    const rules = uniqueRules(ends, ALL_ENDS);
    const next = tokens[w.end];
    // "Olympic trials", "world cross country trials": a trials meeting, not the series
    if (next && next.soft && /^trials?$/.test(next.lower)) {
      i = w.end;
      continue;
    }
    if (kind === 'adj') {
      const t = titleAfter(tokens, w.end);
      if (t) out.push({ a: i, b: t.end, rules, strength: t.strength, city: null, year: null, ruleId: `competition/${t.strength}` });
      i = w.end;
      continue;
    }
    const strength: Strength = kind === 'full' ? 'full' : 'short';
    // a short form inside a longer capitalised name ("Reebok Indoor Games") is that name's head, not the series
    const prev = tokens[i - 1];
    if (strength === 'short' && prev && tokens[i]!.soft && prev.cap && !STOP_BEFORE_SHORT.has(prev.lower)) {
      i = w.end;
      continue;
    }
    out.push({ a: i, b: w.end, rules, strength, city: null, year: null, ruleId: lex.rules[rules[0]!]!.id });
    i = w.end;
  }
  return out;
}
