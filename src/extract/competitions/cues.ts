/**
 * Year and place cues around a competition mention: an explicit year next to it ("2023 World
 * Championships", "the 2002 and 2003 London Marathons", "Prefontaine Classic 2024"), an edition city
 * after it ("in Budapest"), a time phrase in its sentence ("last year", "this summer's", "last August")
 * and a sentence year ("In 2024, …").
 */
import type { Token } from './tokens.js';
import { isYear, walkCity } from './match.js';
import type { CompetitionLexicon } from './lexicon.js';
import { MONTHS, MONTH_SHORT, NAME_STOP } from './model/words.js';

const LINE_GAP = /^[ \t\u00a0\-–\/,]{1,4}$/;
const gapOk = (text: string, x: Token, y: Token) => y.start - x.end <= 4 && LINE_GAP.test(text.slice(x.end, y.start));

/** Years written right before the mention: "2023 World…", "2002 and 2003 London…", "2004's Olympics". */
export function yearsBefore(tokens: readonly Token[], a: number): number[] {
  let j = a - 1;
  if (tokens[j]?.lower === 's' && isYear(tokens[j - 1])) j--;
  if (!isYear(tokens[j]) || !tokens[j + 1]!.soft) return [];
  const years = [Number(tokens[j]!.text)];
  // "2002 and 2003", "2002, 2003 and 2004"
  while (j >= 2 && (tokens[j - 1]!.lower === 'and' || tokens[j - 1]!.lower === '&') && isYear(tokens[j - 2])) {
    years.unshift(Number(tokens[j - 2]!.text));
    j -= 2;
  }
  return years;
}

/** A year just after the mention on the same line, past an edition city or a date: "Classic 2024", "Glasgow 2024", "- 19/07/2017". */
export function yearAfter(text: string, tokens: readonly Token[], b: number): number | null {
  for (let j = b; j < tokens.length && j < b + 4; j++) {
    if (!gapOk(text, tokens[j - 1]!, tokens[j]!)) return null;
    const t = tokens[j]!;
    if (isYear(t)) return Number(t.text);
    if (!/^\d{1,2}$/.test(t.text) && !t.cap) return null;
  }
  return null;
}

export interface TimeCue {
  /** Token index of the cue. */
  at: number;
  /** Years relative to the article's year, or an absolute year. */
  offset: number | null;
  year: number | null;
  /** "this summer", "last year": a season of a year (not a month, not an absolute year). Always set: one object shape. */
  season: boolean;
}

const UNITS = new Set(['year', 'summer', 'season', 'month', 'winter', 'spring', 'autumn', 'week', 'weekend']);

/** Time cues in a sentence's tokens [s, e). `month` is the article's month (1–12) when known. */
export function timeCues(tokens: readonly Token[], s: number, e: number, month: number | null): TimeCue[] {
  const out: TimeCue[] = [];
  for (let j = s; j < e; j++) {
    const t = tokens[j]!;
    const n = tokens[j + 1];
    if (!n || j + 1 >= e) break;
    if (t.lower === 'in' && isYear(n)) out.push({ at: j + 1, offset: null, year: Number(n.text), season: false });
    else if (t.lower === 'in' && MONTHS.includes(n.lower) && isYear(tokens[j + 2])) out.push({ at: j + 2, offset: null, year: Number(tokens[j + 2]!.text), season: false });
    else if (t.lower === 'in' && month !== null && n.cap && !isYear(tokens[j + 2])) {
      // "her win at the Boston Marathon in April": the last April, or the next one in a sentence about the future
      const m = MONTHS.indexOf(n.lower) + 1;
      if (m) out.push({ at: j + 1, offset: monthOffset(m, month, future(tokens, s, e)), year: null, season: false });
    }
    if (t.lower !== 'this' && t.lower !== 'last' && t.lower !== 'next' && t.lower !== 'ago') continue;
    if (UNITS.has(n.lower)) {
      const offset = t.lower === 'last' ? (n.lower === 'year' || n.lower === 'summer' || n.lower === 'season' ? -1 : 0) : t.lower === 'next' ? (n.lower === 'year' ? 1 : 0) : 0;
      out.push({ at: j, offset, year: null, season: n.lower !== 'month' && n.lower !== 'week' && n.lower !== 'weekend' });
      continue;
    }
    const m = MONTHS.indexOf(n.lower) + 1 || MONTH_SHORT.indexOf(n.lower) + 1;
    if (m && n.cap) {
      let offset = 0;
      if (t.lower === 'last') offset = month === null ? -1 : m < month ? 0 : -1;
      else if (t.lower === 'next') offset = month === null ? 0 : m > month ? 0 : 1;
      out.push({ at: j, offset, year: null, season: false });
    }
  }
  // "a year ago", "two years ago"
  for (let j = s + 1; j < e; j++) if (tokens[j]!.lower === 'ago' && tokens[j - 1]!.lower === 'year') out.push({ at: j, offset: -1, year: null, season: false });
  return out;
}

/** Words that put a sentence in the future ("will run the London Marathon in April"). */
const FUTURE: ReadonlySet<string> = new Set(['will', 'll', 'shall', 'plans', 'planning', 'aims', 'aiming', 'hopes', 'hoping', 'targets', 'targeting', 'eyeing', 'upcoming', 'next']);

function future(tokens: readonly Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (FUTURE.has(tokens[k]!.lower)) return true;
  return false;
}

/** Years from the article's month to the month `m` named without a year: the last such month, or the next one. */
function monthOffset(m: number, month: number, ahead: boolean): number {
  if (ahead) return m >= month ? 0 : 1;
  return m <= month ? 0 : -1;
}

const cityAt = (tokens: readonly Token[], i: number, lex: CompetitionLexicon) => (i < tokens.length ? walkCity(tokens, i, lex) : null);

/** An edition city right after the mention ("… Championships in Budapest", "… Championships Glasgow 2024") or right before it. */
export function cityNear(tokens: readonly Token[], a: number, b: number, lex: CompetitionLexicon): string | null {
  const after = tokens[b];
  if (after && (after.lower === 'in' || after.lower === 'at')) {
    const c = cityAt(tokens, b + 1, lex);
    if (c) return c.city;
  } else if (after?.soft) {
    const c = cityAt(tokens, b, lex);
    if (c) return c.city;
  }
  const before = tokens[a - 1];
  if (before && tokens[a]!.soft) {
    for (let k = Math.max(0, a - 3); k < a; k++) {
      const c = cityAt(tokens, k, lex);
      if (c && c.end === a) return c.city;
    }
  }
  return null;
}

/** A place after the mention: "… Grand Prix in Birmingham" (a capitalised word after "in"). */
export function placeAfter(tokens: readonly Token[], b: number): string | null {
  const t = tokens[b];
  const n = tokens[b + 1];
  if (!t || !n || t.lower !== 'in' || !n.cap || NAME_STOP.has(n.lower)) return null;
  const words = [n.text];
  for (let j = b + 2; j < tokens.length && j < b + 4 && tokens[j]!.soft && tokens[j]!.cap && !NAME_STOP.has(tokens[j]!.lower); j++) words.push(tokens[j]!.text);
  return words.join(' ');
}
