/**
 * Competitions beyond the gazetteer, by pattern: capitalised words before a series word ("Norwich Union
 * Grand Prix", "Cheltenham Harriers Midsummer Open III", "Wokingham Half Marathon", "Oregon Relays"), a
 * place before a race distance ("Bourton 10k", "Staverton 10-mile race"), and trials ("the national
 * trials", "Kenya's world cross country trials").
 */
import { mayStart, startMask, type Token } from './tokens.js';
import { NAME_STOP, ROMAN, SERIES_ADJECTIVES, SERIES_NOT_MEETINGS } from './model/words.js';
import { identityKey } from '../../util/text.js';
import { INVERTED_HEADS, distanceThenPlace, nameAfter, placesOf } from './after.js';
import { bracketedAcronym, prefixStart, surnameFirst } from './prefix.js';

export interface GenericHead {
  id: string;
  reason: string;
  /** Head words, capitalised as they must be written. */
  words: readonly string[];
  /** Capitalised words needed before the head. */
  minPrefix: number;
  indoor?: boolean;
  /** Series adjectives alone may name it ("Olympic Trials", "National Championships"). */
  adjectivesName?: boolean;
  /** One of these lower-case words must follow ("Leipzig International meeting"). */
  before?: readonly string[];
  /** The name is a series of meetings: one of them is named by a city after it ("World Indoor Tour meeting in Berlin"). */
  series?: boolean;
}

export const GENERIC_HEADS: readonly GenericHead[] = [
  { id: 'competition/generic-half-marathon', reason: 'a named half marathon ("Wokingham Half Marathon")', words: ['Half', 'Marathon'], minPrefix: 1 },
  { id: 'competition/generic-marathon', reason: 'a named city marathon ("Manchester Marathon")', words: ['Marathon'], minPrefix: 1 },
  { id: 'competition/generic-half', reason: 'a named half marathon, short ("Cheltenham Half")', words: ['Half'], minPrefix: 1 },
  { id: 'competition/generic-games', reason: 'a named meeting or games ("Bislett Games", "Reebok Indoor Games", "European Games")', words: ['Games'], minPrefix: 1, adjectivesName: true },
  { id: 'competition/generic-classic', reason: 'a named meeting ("Prefontaine Classic")', words: ['Classic'], minPrefix: 1 },
  { id: 'competition/generic-open', reason: 'a named open meeting ("Cheltenham Harriers Midsummer Open"); one word before "Open" is usually tennis or golf', words: ['Open'], minPrefix: 2 },
  { id: 'competition/generic-championships', reason: 'named championships ("Gloucestershire County Track Championships")', words: ['Championships'], minPrefix: 1, adjectivesName: true },
  { id: 'competition/generic-championship', reason: 'a named championship, singular', words: ['Championship'], minPrefix: 1 },
  { id: 'competition/generic-champs', reason: 'named championships, short ("Gloucestershire Cross Country Champs")', words: ['Champs'], minPrefix: 1 },
  { id: 'competition/generic-relays', reason: 'named relays ("Oregon Relays", "Midland Road Relays")', words: ['Relays'], minPrefix: 1 },
  { id: 'competition/generic-grand-prix', reason: 'a Grand Prix meeting ("Norwich Union Grand Prix", "Birmingham Grand Prix")', words: ['Grand', 'Prix'], minPrefix: 1 },
  { id: 'competition/generic-trials', reason: 'named trials ("Kenyan Trials")', words: ['Trials'], minPrefix: 1, adjectivesName: true },
  { id: 'competition/generic-diamond-league', reason: 'a Diamond League meeting named by its city ("Paris Diamond League")', words: ['Diamond', 'League'], minPrefix: 1 },
  { id: 'competition/generic-mile', reason: 'a named mile race ("Emsley Carr Mile", "Bourton Mile")', words: ['Mile'], minPrefix: 1 },
  { id: 'competition/generic-international', reason: 'an international meeting ("Leipzig International meeting"); without "meeting" it is often an organisation', words: ['International'], minPrefix: 1, before: ['meeting', 'meet', 'match', 'race'] },
  { id: 'competition/generic-dash', reason: 'a named race ("Kymin Dash")', words: ['Dash'], minPrefix: 1 },
  { id: 'competition/generic-chase', reason: 'a named race ("Cotswold Chase")', words: ['Chase'], minPrefix: 1 },
  { id: 'competition/generic-challenge', reason: 'a named race or match ("Reebok Cardiff Cross Challenge")', words: ['Challenge'], minPrefix: 1 },
  { id: 'competition/generic-run', reason: 'a named run ("Great Manchester Run")', words: ['Run'], minPrefix: 1 },
  { id: 'competition/generic-relay', reason: 'a named relay race ("Cotswold Way Relay")', words: ['Relay'], minPrefix: 1 },
  { id: 'competition/generic-fell-race', reason: 'a named fell or trail race', words: ['Fell', 'Race'], minPrefix: 1 },
  { id: 'competition/generic-invitational', reason: 'a named invitational meeting', words: ['Invitational'], minPrefix: 1 },
  { id: 'competition/generic-memorial', reason: 'a memorial meeting ("Cagigal Memorial")', words: ['Memorial'], minPrefix: 1 },
  { id: 'competition/generic-road-race', reason: 'a named road race', words: ['Road', 'Race'], minPrefix: 1 },
  { id: 'competition/generic-tour', reason: 'a meeting of a tour, named by its city after the tour ("World Athletics Indoor Tour Silver meeting in Berlin"); the tour alone is a series, not a meeting', words: ['Tour'], minPrefix: 1, series: true },
  { id: 'competition/generic-cross-country', reason: 'a named cross-country race ("Great Edinburgh Cross Country")', words: ['Cross', 'Country'], minPrefix: 1 },
];

/** A head as the matcher reads it: every field present, in one order (one object shape; optional keys made several). */
interface Head {
  id: string;
  words: readonly string[];
  minPrefix: number;
  adjectivesName: boolean;
  before: readonly string[] | null;
  series: boolean;
}

const HEADS: readonly Head[] = GENERIC_HEADS.map((h) => ({ id: h.id, words: h.words, minPrefix: h.minPrefix, adjectivesName: h.adjectivesName ?? false, before: h.before ?? null, series: h.series ?? false }));

const HEAD_FIRST: ReadonlySet<string> = new Set(GENERIC_HEADS.map((h) => h.words[0]!));
/** The same in lower case: tested first, on the token's lower-case text, whose string hash the gazetteer walk has already computed. */
const HEAD_FIRST_LOWER: ReadonlySet<string> = new Set([...HEAD_FIRST].map((w) => w.toLowerCase()));
const HEAD_FIRST_STARTS = startMask(HEAD_FIRST_LOWER);

export interface GenericHit {
  a: number;
  b: number;
  name: string;
  ruleId: string;
  indoor: boolean | null;
  /** The head, for merging names of one meeting ("Cheltenham Midsummer Open" ~ "Cheltenham Harriers Midsummer Open"). */
  head: string;
}

const DIST_K = /^\d{1,3}(?:k|km)$/i;
const TRIAL_QUALIFIERS: ReadonlySet<string> = new Set(['national', 'olympic', 'world', 'cross', 'country', 'championship', 'championships', 'commonwealth', 'european', 'indoor', 'marathon', 'team', 'selection']);

/** A distance head at j: "10k", "10K", "10km", "10-mile race", "10 miles". Returns [end, written name of the head]. */
function distanceHead(tokens: readonly Token[], j: number): [number, string] | null {
  const t = tokens[j]!;
  // one `j + 1` for both uses: the sum in a branch taken only at the first "10k" had no type feedback
  const next = j + 1;
  if (DIST_K.test(t.text)) return [next, t.text];
  const n = tokens[next];
  if (/^\d{1,3}$/.test(t.text) && n?.soft && /^(?:mile|miles|miler)$/.test(n.lower)) {
    const r = tokens[j + 2];
    return [r?.soft && r.lower === 'race' ? j + 3 : j + 2, `${t.text} Mile`];
  }
  return null;
}

/**
 * The head's words written at token `j`, free and running on, and the word it needs after it. A function,
 * not a closure in the matcher's loop: a closure over the loop index allocated a context per token.
 */
function headAt(h: Head, tokens: readonly Token[], j: number, covered: Uint8Array): boolean {
  for (let k = 0; k < h.words.length; k++) {
    const t = tokens[j + k];
    if (!t || t.text !== h.words[k] || covered[j + k] || (k > 0 && !t.soft)) return false;
  }
  return !h.before || h.before.includes(tokens[j + h.words.length]?.lower ?? '');
}

function allSeriesAdjectives(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!SERIES_ADJECTIVES.has(tokens[k]!.lower)) return false;
  return true;
}

export function matchGeneric(text: string, tokens: readonly Token[], covered: Uint8Array): GenericHit[] {
  const out: GenericHit[] = [];
  // the places the article names after "in" or "at", read once, when a distance first needs them
  let places: Set<string> | null = null;
  for (let j = 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    // a head after a bracket ("(RAK) Half Marathon") or a distance after a quote ("the "10K Valencia") may be
    // a name's too; other tokens after punctuation start none
    if (covered[j] || (!t.soft && !afterMark(text, t))) continue;
    const rule = t.cap && mayStart(HEAD_FIRST_STARTS, t.lower) && HEAD_FIRST_LOWER.has(t.lower) && HEAD_FIRST.has(t.text) ? headRuleAt(tokens, j, covered) : null;
    let hit: GenericHit | null;
    if (rule) hit = nameBefore(text, tokens, covered, j, j + rule.words.length, rule.words.join(' '), rule.id, rule);
    else {
      const c0 = t.text.charCodeAt(0);
      const d = c0 >= 48 && c0 <= 57 ? distanceHead(tokens, j) : null;
      if (!d) continue;
      hit = nameBefore(text, tokens, covered, j, d[0], d[1], 'competition/generic-distance', null);
      // "the 10K Valencia": a distance, then a place the article names ("in Valencia")
      if (!hit && tokens[d[0]]?.cap) hit = distanceThenPlace(tokens, covered, j, d[0], d[1], (places ??= placesOf(tokens)));
    }
    if (!hit) continue;
    out.push(hit);
    j = hit.b - 1;
  }
  return out;
}

/** The token follows a closing bracket or an opening quote (a space at most between). */
function afterMark(text: string, t: Token): boolean {
  let k = t.start - 1;
  if (text.charCodeAt(k) === 32) k--;
  const c = text.charCodeAt(k);
  return c === 41 || c === 34 || c === 8220;
}

/** The first generic head written at token `j`. */
function headRuleAt(tokens: readonly Token[], j: number, covered: Uint8Array): Head | null {
  for (const h of HEADS) if (headAt(h, tokens, j, covered)) return h;
  return null;
}

/**
 * The named meeting whose head runs from token `j` to `end`: the capitalised words before the head, and
 * an edition numeral after it. Apart from the token loop so that its rarely taken branches (a numeral, a
 * file name) deoptimise this function alone, not the loop over every token.
 */
function nameBefore(text: string, tokens: readonly Token[], covered: Uint8Array, j: number, end: number, head: string, id: string, rule: Head | null): GenericHit | null {
  // "Ras Al Khaimah (RAK) Half Marathon": the name runs on past an acronym in brackets, which it leaves out
  const acronym = bracketedAcronym(text, tokens, j) && prefixStart(tokens, j - 1, covered, true) < j - 1;
  const last = acronym ? j - 2 : j - 1;
  const a = acronym ? prefixStart(tokens, j - 1, covered, true) : prefixStart(tokens, j, covered);
  if (a === j && rule && INVERTED_HEADS.has(head)) return nameAfter(tokens, covered, j, end, head, id);
  if (last + 1 - a < (rule?.minPrefix ?? 1)) return null;
  const prefix = text.slice(tokens[a]!.start, tokens[last]!.end).replace(/\s+/g, ' ');
  // "the World Athletics Indoor Tour Silver meeting in Berlin": a tour's name, then its meeting's city
  if (rule?.series) return nameAfter(tokens, covered, j, end, head, id, a, `${prefix} ${head}`);
  // "Olympic Marathon", "World Half Marathon": an event of a series, not a named race
  if (!rule?.adjectivesName && allSeriesAdjectives(tokens, a, last + 1)) return null;
  // "CHORZEPA Agnieszka 1K 2:55.0": a results line's SURNAME Given before a split, not a race
  if (!rule && surnameFirst(tokens, a, last + 1)) return null;
  let b = end;
  const after = tokens[b];
  // an edition numeral ("Midsummer Open III")
  if (after?.soft && ROMAN.has(after.lower) && after.text === after.text.toUpperCase()) b++;
  // an image file name or a URL slug ("Will-Ferguson-Bourton-10k"), not prose
  if (b - a >= 3 && !/\s/.test(text.slice(tokens[a]!.start, tokens[b - 1]!.end))) return null;
  const name = `${prefix} ${head === 'Champs' ? 'Championships' : head}`;
  // "the Wanda Diamond League meeting in Paris": the series' own name, then its meeting's city
  if (SERIES_NOT_MEETINGS.has(identityKey(name))) return rule && INVERTED_HEADS.has(head) ? nameAfter(tokens, covered, j, end, head, id, a) : null;
  return { a, b, name, ruleId: id, indoor: /\bIndoor\b/.test(prefix) ? true : null, head };
}

/** Words that open a meeting's name in Romance languages ("Cross Internacional de Venta de Baños", "Meeting International de Dakar"). */
const LEADING_HEADS: ReadonlySet<string> = new Set(['Cross', 'Meeting', 'Memorial', 'Corrida', 'Trofeo', 'Giro', 'Gran', 'Meeting', 'Mitin', 'Campeonato', 'Campeonatos']);
const LEADING_LOWER: ReadonlySet<string> = new Set([...LEADING_HEADS].map((w) => w.toLowerCase()));
const LEADING_STARTS = startMask(LEADING_LOWER);
const CONNECTORS: ReadonlySet<string> = new Set(['de', 'del', 'la', 'di', 'du', 'des', 'do', 'da', 'van', 'von', 'der', 'al', 'of', 'y', 'e']);
/** Words after a leading head that make an ordinary phrase ("Cross Country runners", "Memorial Day"). */
const NOT_AFTER_LEADING: ReadonlySet<string> = new Set(['country', 'day', 'service', 'fund', 'trust', 'hall', 'park', 'stadium', 'ground']);

/** "Cross Internacional de Venta de Baños": a leading head, then capitalised words and connectors. */
export function matchLeading(text: string, tokens: readonly Token[], covered: Uint8Array): GenericHit[] {
  const out: GenericHit[] = [];
  for (let j = 0; j + 1 < tokens.length; j++) {
    const t = tokens[j]!;
    if (covered[j] || !t.cap || !mayStart(LEADING_STARTS, t.lower) || !LEADING_LOWER.has(t.lower) || !LEADING_HEADS.has(t.text)) continue;
    const prev = tokens[j - 1];
    if (prev && t.soft && prev.cap && !NAME_STOP.has(prev.lower)) continue; // inside a longer name
    let b = j + 1;
    let lastCap = -1;
    while (b < tokens.length && b - j < 9 && tokens[b]!.soft && !covered[b]) {
      const x = tokens[b]!;
      if (x.cap && !NAME_STOP.has(x.lower)) lastCap = b;
      else if (!CONNECTORS.has(x.lower)) break;
      b++;
    }
    if (lastCap < 0 || NOT_AFTER_LEADING.has(tokens[j + 1]!.lower)) continue;
    // at a sentence start "Meeting Kenyan officials" is a verb: there the name must go on with a connector or "International"
    const starts = !prev || prev.sentence !== t.sentence || !t.soft;
    if (starts && !CONNECTORS.has(tokens[j + 1]!.lower) && !/^Inter|^Naci|^Nazi/.test(tokens[j + 1]!.text)) continue;
    const name = text.slice(t.start, tokens[lastCap]!.end).replace(/\s+/g, ' ');
    out.push({ a: j, b: lastCap + 1, name, ruleId: 'competition/leading-head', indoor: null, head: t.text });
    j = lastCap;
  }
  return out;
}

/** Lower-case heads of national and local meetings, with the words that may qualify them. */
// a Map, not an object: a lookup by every token's text would otherwise internalise each string (slow) and
// find Object.prototype members ("constructor")
const LOWER_HEADS: ReadonlyMap<string, { name: string; qualifiers: ReadonlySet<string> }> = new Map([
  ['trials', { name: 'Trials', qualifiers: TRIAL_QUALIFIERS }],
  ['trial', { name: 'Trials', qualifiers: TRIAL_QUALIFIERS }],
  ['championships', { name: 'Championships', qualifiers: new Set(['national', 'athletics', 'county', 'regional', 'area', 'indoor', 'outdoor', 'cross', 'country', 'road', 'relay', 'relays', 'track', 'field', 'junior', 'senior', 'masters', 'veterans', 'schools', 'club', 'marathon']) }],
]);
const LOWER_HEAD_STARTS = startMask(LOWER_HEADS.keys());

/**
 * "the national trials", "Kenya's world cross country trials", "the Kenyan trials", "the county cross
 * country championships" (lower case heads; capitalised names are generic heads). A qualifier or a
 * capitalised country word is needed: "the championships" alone is nothing.
 */
export function matchTrials(tokens: readonly Token[], covered: Uint8Array): GenericHit[] {
  const out: GenericHit[] = [];
  for (let j = 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.cap || covered[j] || !mayStart(LOWER_HEAD_STARTS, t.lower)) continue;
    const head = LOWER_HEADS.get(t.lower);
    if (!head) continue;
    let a = j;
    while (a > 0 && j - a < 4 && tokens[a]!.soft && !covered[a - 1] && head.qualifiers.has(tokens[a - 1]!.lower)) a--;
    const qualified = a < j;
    // a country before: "Kenya's", "Kenyan", "Norwich Union European Indoor"
    if (a >= 2 && tokens[a - 1]!.lower === 's' && tokens[a - 2]!.cap && tokens[a]!.soft && tokens[a - 1]!.soft && !NAME_STOP.has(tokens[a - 2]!.lower) && !covered[a - 2]) a -= 2;
    else while (a >= 1 && j - a < 8 && tokens[a - 1]!.cap && tokens[a]!.soft && !NAME_STOP.has(tokens[a - 1]!.lower) && !covered[a - 1]) a--;
    if (a === j || (!qualified && head.name !== 'Trials')) continue;
    // "Kenya's World Cross Country Trials": words capitalised, a possessive joined to the word before it
    let name = '';
    for (let k = a; k < j; k++) {
      const w = tokens[k]!;
      if (w.lower === 's') name += "'s";
      else name += (k > a ? ' ' : '') + w.text.charAt(0).toUpperCase() + w.text.slice(1);
    }
    name += ` ${head.name}`;
    out.push({ a, b: j + 1, name, ruleId: head.name === 'Trials' ? 'competition/trials' : 'competition/lower-championships', indoor: null, head: head.name });
  }
  return out;
}
