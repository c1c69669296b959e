/**
 * Word tokens of an article for the competition matcher: runs of letters and digits with their offsets,
 * whether they start with a capital, and whether the gap before them lets a name run on ("World
 * Cross-Country", "Kenya's") or breaks it (a comma, a full stop, a line break). Linear time.
 */

export interface Token {
  /** As written. */
  text: string;
  /** Lower case. */
  lower: string;
  start: number;
  end: number;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** The gap before this token is short and holds only spaces, hyphens or apostrophes. */
  soft: boolean;
  /** Index of the sentence holding the token (-1 outside every sentence). */
  sentence: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A token is capped at 60 characters so that a megabyte without a space stays cheap. */
const MAX_WORD = 60;

function wordChar(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(ch);
}

/** Space, tab, no-break space, hyphen, en dash, apostrophes, ampersand. */
function softChar(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || c === 45 || c === 8211 || c === 39 || c === 8217 || c === 38;
}

export function tokenize(text: string, sentences: readonly { start: number; end: number }[]): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  let s = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (!wordChar(c0, c0 < 128 ? '' : text.charAt(i))) {
      i++;
      continue;
    }
    const start = i;
    // lower-case ASCII already (most words): the word is its own lower case, so no copy and one string hash
    let plain = (c0 >= 97 && c0 <= 122) || (c0 >= 48 && c0 <= 57);
    i++;
    while (i < n && i - start < MAX_WORD) {
      const c = text.charCodeAt(i);
      if (!wordChar(c, c < 128 ? '' : text.charAt(i))) break;
      if (c > 122 || (c < 97 && (c < 48 || c > 57))) plain = false;
      i++;
    }
    const w = text.slice(start, i);
    while (s < sentences.length && sentences[s]!.end <= start) s++;
    const sentence = s < sentences.length && sentences[s]!.start <= start ? s : -1;
    let soft = prevEnd >= 0 && start - prevEnd >= 1 && start - prevEnd <= 3;
    // after an initial or a short abbreviation ("U.S. Olympic Trials", "St. Galmier") a full stop runs on
    const dotOk = soft && out.length > 0 && out[out.length - 1]!.text.length <= 2 && out[out.length - 1]!.cap;
    for (let k = prevEnd; soft && k < start; k++) {
      const g = text.charCodeAt(k);
      soft = softChar(g) || (g === 46 && dotOk);
    }
    const cap = c0 >= 65 && c0 <= 90 ? true : c0 < 128 ? false : w.charAt(0) !== w.charAt(0).toLowerCase();
    out.push({ text: w, lower: plain ? w : w.toLowerCase(), start, end: i, cap, soft, sentence });
    prevEnd = i;
  }
  return out;
}

/** Index of the first token whose start is at or after `pos` (binary search). */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A cheap test before a lookup in a table of words: per first character (ASCII), one bit per word length
 * (31 and longer share a bit). `mayStart` is false only when no word of the table, with lengths widened by
 * `slack`, has that first character and length: then the lookup, and hashing the token's string for it,
 * is skipped (most tokens).
 */
export type StartMask = Int32Array;

const lengthBit = (n: number) => 1 << Math.min(Math.max(n, 0), 31);

export function startMask(words: Iterable<string>, slack = 0): StartMask {
  const mask = new Int32Array(128);
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (c < 128) for (let d = -slack; d <= slack; d++) mask[c]! |= lengthBit(w.length + d);
  }
  return mask;
}

export function mayStart(mask: StartMask, w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 128 || (mask[c]! & lengthBit(w.length)) !== 0;
}
