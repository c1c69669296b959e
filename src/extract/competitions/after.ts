/**
 * Meetings named after their head, by the city that follows: "the Diamond League meeting in Silesia", "the
 * Marathon of Seville", "the World Athletics Indoor Tour Silver meeting in Berlin", "the 10K Valencia".
 * Called by the generic matcher (`generic.ts`) where no name stands before the head.
 */
import type { Token } from './tokens.js';
import { NAME_STOP } from './model/words.js';
import type { GenericHit } from './generic.js';

/** `covered` value of a token that a gazetteer edition city alone holds ("in Seville"): a name after a head may take it. */
export const BARE_CITY = 2;

/** Heads that may come before their city: "the Diamond League meeting in Silesia", "the Marathon of Seville". */
export const INVERTED_HEADS: ReadonlySet<string> = new Set(['Diamond League', 'Marathon', 'Half Marathon', 'Grand Prix']);
/** What may stand between such a head and its city. */
const INVERTED_NOUNS: ReadonlySet<string> = new Set(['meeting', 'meet', 'encounter', 'event', 'leg', 'stop', 'fixture', 'race', 'edition']);
const INVERTED_VERBS: ReadonlySet<string> = new Set(['held', 'staged', 'hosted']);
const INVERTED_LINKS: ReadonlySet<string> = new Set(['in', 'of', 'at']);
/** The level of a meeting in a tour, written after the tour's name ("Indoor Tour Silver meeting", "Continental Tour Gold"). */
const TOUR_LEVELS: ReadonlySet<string> = new Set(['gold', 'silver', 'bronze', 'platinum', 'label', 'challenger', 'elite']);

/** Whether token `k` is free for a city: not covered, or held only by a gazetteer edition city alone. */
const freeForCity = (covered: Uint8Array, k: number) => covered[k] === 0 || covered[k] === BARE_CITY;

/** Token index past a lower-case word of `set` at `k` in the sentence of token `j`, else `k`. */
function skipWord(tokens: readonly Token[], covered: Uint8Array, k: number, j: number, set: ReadonlySet<string>): number {
  const t = tokens[k];
  return t && !covered[k] && t.sentence === tokens[j]!.sentence && !t.cap && set.has(t.lower) ? k + 1 : k;
}

/** One or two capitalised words from `c0` that can be a place (no stop word, no number); returns the end. */
function cityEnd(tokens: readonly Token[], covered: Uint8Array, c0: number): number {
  let c1 = c0;
  while (c1 < tokens.length && c1 - c0 < 2 && freeForCity(covered, c1) && tokens[c1]!.cap && (c1 === c0 || tokens[c1]!.soft) && !NAME_STOP.has(tokens[c1]!.lower) && !/^\d/.test(tokens[c1]!.text)) c1++;
  return c1;
}

/**
 * "<head> [Level] [meeting] [held] in|of|at <City> [<City>]" with no name before the head: the meeting
 * "<City> <head>"; a tour's meeting (`series` given: "World Athletics Indoor Tour") is "<series> <City>".
 */
export function nameAfter(tokens: readonly Token[], covered: Uint8Array, j: number, end: number, head: string, id: string, from = j, series: string | null = null): GenericHit | null {
  let k = end;
  const level = tokens[k];
  if (level && level.cap && level.soft && !covered[k] && TOUR_LEVELS.has(level.lower)) k++;
  k = skipWord(tokens, covered, k, j, INVERTED_NOUNS);
  k = skipWord(tokens, covered, k, j, INVERTED_VERBS);
  const link = tokens[k];
  if (!link || link.cap || !INVERTED_LINKS.has(link.lower) || link.sentence !== tokens[j]!.sentence) return null;
  const c1 = cityEnd(tokens, covered, k + 1);
  if (c1 === k + 1) return null;
  const city = tokens.slice(k + 1, c1).map((t) => t.text).join(' ');
  return { a: from, b: c1, name: series ? `${series} ${city}` : `${city} ${head}`, ruleId: series ? id : `${id}-inverted`, indoor: series && /\bIndoor\b/.test(series) ? true : null, head };
}

/**
 * Places the article names after "in" or "at" ("in Valencia", "at New York"), in lower case, one and two
 * words: a distance before one of them is a race named by its place ("the 10K Valencia").
 */
export function placesOf(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower !== 'in' && t.lower !== 'at') continue;
    const p = tokens[k + 1]!;
    if (!p.cap || NAME_STOP.has(p.lower)) continue;
    out.add(p.lower);
    const q = tokens[k + 2];
    if (q && q.cap && q.soft) out.add(`${p.lower} ${q.lower}`);
  }
  return out;
}

/** "10K Valencia": a distance, then a place the article names elsewhere ("in Valencia"). `end` is past the distance. */
export function distanceThenPlace(tokens: readonly Token[], covered: Uint8Array, j: number, end: number, head: string, places: ReadonlySet<string>): GenericHit | null {
  const p = tokens[end];
  if (!p || !p.soft || p.sentence !== tokens[j]!.sentence) return null;
  const c1 = cityEnd(tokens, covered, end);
  for (let b = c1; b > end; b--) {
    const place = tokens.slice(end, b).map((t) => t.lower).join(' ');
    if (!places.has(place)) continue;
    const written = tokens.slice(end, b).map((t) => t.text).join(' ');
    return { a: j, b, name: `${head} ${written}`, ruleId: 'competition/generic-distance-place', indoor: null, head };
  }
  return null;
}
