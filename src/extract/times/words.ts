/**
 * Times written with unit words: "9.85 seconds", "21.72 secs", "14 minutes 32.93 seconds",
 * "eight minutes, 04.69 seconds", "two hours, 23 minutes and 10 seconds", "8 minutes and 0.67 seconds".
 */
import type { TimeReading } from '../../types.js';
import { readingOf } from './format.js';

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'] as const;
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50 };

/** One number (digits with an optional decimal, or words up to fifty-nine) and a unit word. */
export const COMPONENT_RE =
  /(?<![\w.,:])(\d{1,3}(?:\.\d{1,3})?|(?:twenty|thirty|forty|fifty)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine)(?![\w]))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)( |-)?(hours|hour|hrs|hr|minutes|minute|mins|min|seconds|second|secs|sec)(?![\w])/gi;

/** Cheap test before the scan. */
export const UNIT_PREFILTER = /hour|hrs?\b|min|sec/i;

const GAP = /^\.? {0,2}(?:, {0,2})?(?:and {1,2})?$/i;
/** Seconds with a fraction right after a minutes component, not followed by a unit of length. */
const BARE_SECONDS = /^(\.? ?,? ?(?:and )?)(\d{1,2}\.\d{1,3})(?![\d.:]|\s?(?:m\b|km\b|metres|meters|miles|mph|%))/i;

export interface Component {
  start: number;
  end: number;
  /** 3 hours, 2 minutes, 1 seconds. */
  rank: 1 | 2 | 3;
  whole: number;
  fraction: string;
  words: boolean;
  /** A whole number joined by a hyphen to a singular unit: an adjective ("a 10-minute drive", "40-minute finishers"), not a time. */
  adjective: boolean;
}

function numberOf(written: string): { whole: number; fraction: string; words: boolean } | null {
  const w = written.toLowerCase();
  if (/^\d/.test(w)) {
    const [whole, fraction = ''] = w.split('.');
    return { whole: Number(whole), fraction, words: false };
  }
  const small = (SMALL as readonly string[]).indexOf(w);
  if (small >= 0) return { whole: small, fraction: '', words: true };
  const [tens, unit] = w.split(/[ -]/);
  const t = TENS[tens ?? ''];
  if (t === undefined) return null;
  const u = unit ? (SMALL as readonly string[]).indexOf(unit) : 0;
  return u >= 0 && u < 10 ? { whole: t + u, fraction: '', words: true } : null;
}

/** A unit word of `COMPONENT_RE` where it ends a word: every match of it ends with one. */
const UNIT_WORD = /(?:hours|hour|hrs|hr|minutes|minute|mins|min|seconds|second|secs|sec)(?![\w])/gi;
/** A match begins at most this far before its unit: the longest number is "twenty-seven " (13). */
const NUMBER_MAX = 16;

/**
 * The matches of `COMPONENT_RE` over `text`, in order, as `matchAll` gives them. It is tried (sticky) only in
 * the few characters before a unit word, where its matches begin, in ascending order from the end of the last
 * match: the first that matches is the leftmost, as in a scan of every offset (which cost the most in the stage).
 */
function componentMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const re = new RegExp(COMPONENT_RE.source, 'iy'); // per call: no regex state outlives it
  let next = 0; // offsets before this one were tried already, or lie inside a match
  for (const unit of text.matchAll(UNIT_WORD)) {
    const u = unit.index;
    for (let p = Math.max(next, u - NUMBER_MAX); p < u; p++) {
      re.lastIndex = p;
      const m = re.exec(text);
      if (m) {
        out.push(m);
        next = p + m[0].length;
        break;
      }
      next = p + 1;
    }
  }
  return out;
}

export function components(text: string): Component[] {
  const out: Component[] = [];
  if (!UNIT_PREFILTER.test(text)) return out;
  for (const m of componentMatches(text)) {
    const n = numberOf(m[1]!);
    if (!n || m.index === undefined) continue;
    const u = m[3]!.toLowerCase();
    const rank = u.startsWith('h') ? 3 : u.startsWith('m') ? 2 : 1;
    // "8.01-second" and "28-minutes" are times; "a 10-minute drive" is an adjective
    const adjective = m[2] === '-' && !u.endsWith('s') && n.fraction === '';
    out.push({ start: m.index, end: m.index + m[0].length, rank, ...n, adjective });
  }
  return out;
}

export interface WordTime {
  start: number;
  end: number;
  parts: Component[];
  reading: TimeReading;
}

/** Chains "N hours, N minutes and N seconds" (units strictly falling, only the last with decimals). */
export function wordTimes(text: string): WordTime[] {
  const comps = components(text);
  const out: WordTime[] = [];
  let i = 0;
  while (i < comps.length) {
    const parts = [comps[i]!];
    let j = i + 1;
    while (j < comps.length) {
      const prev = parts[parts.length - 1]!;
      const next = comps[j]!;
      if (next.rank >= prev.rank || prev.fraction !== '' || !GAP.test(text.slice(prev.end, next.start))) break;
      parts.push(next);
      j++;
    }
    i = j;
    // "three minutes 49.89", "1min 45.32": seconds without their unit after minutes
    const last = parts[parts.length - 1]!;
    const bare = last.rank === 2 && last.fraction === '' ? BARE_SECONDS.exec(text.slice(last.end, last.end + 12)) : null;
    if (bare && Number(bare[2]) < 60 && (comps[j]?.start ?? Infinity) >= last.end + bare[0].length) {
      const [whole, fraction = ''] = bare[2]!.split('.');
      parts.push({ start: last.end + bare[1]!.length, end: last.end + bare[0].length, rank: 1, whole: Number(whole), fraction, words: false, adjective: false });
    }
    let h = 0, m = 0, s = 0, fraction = '';
    let ok = true;
    for (const p of parts) {
      if (p.rank === 3) h = p.whole;
      else if (p.rank === 2) m = p.whole;
      else ({ whole: s, fraction } = p);
      if (p.rank < 3 && parts.length > 1 && p !== parts[0] && p.whole >= 60) ok = false;
    }
    if (!ok) continue;
    const single = parts.length === 1;
    // a lone "4.5 minutes" keeps its fraction as minutes: not a race notation
    if (single && parts[0]!.rank !== 1 && parts[0]!.fraction !== '') continue;
    // "a 10-minute drive", "a batch of 1 hour, 40-minute finishers": an adjective, not a time
    if (parts.some((p) => p.adjective)) continue;
    const notation = single ? (parts[0]!.words ? 'words' : parts[0]!.rank === 1 ? 'ss.cc' : 'words') : 'words';
    out.push({ start: parts[0]!.start, end: parts[parts.length - 1]!.end, parts, reading: readingOf(h, m, s, fraction, notation) });
  }
  return out;
}
