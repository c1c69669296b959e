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

const NOT_WORD = 0;
const LOWER_OR_DIGIT = 1;
const UPPER = 2;
const OTHER_WORD = 3;

/**
 * Classes of the characters up to the end of General Punctuation (Latin letters, curly quotes, dashes),
 * read from a table built once: one load instead of a chain of range tests or a regex per character.
 * Beyond ASCII, any letter or digit is OTHER_WORD.
 */
const TABLE_END = 0x2070;
const CHAR_CLASS = new Uint8Array(TABLE_END);
for (let c = 128; c < TABLE_END; c++) CHAR_CLASS[c] = WORD_CHAR.test(String.fromCharCode(c)) ? OTHER_WORD : NOT_WORD;
for (let c = 48; c <= 57; c++) CHAR_CLASS[c] = LOWER_OR_DIGIT;
for (let c = 97; c <= 122; c++) CHAR_CLASS[c] = LOWER_OR_DIGIT;
for (let c = 65; c <= 90; c++) CHAR_CLASS[c] = UPPER;

/** The class of the character at `i` (code `c`). */
function charClass(c: number, text: string, i: number): number {
  if (c < TABLE_END) return CHAR_CLASS[c]!;
  return WORD_CHAR.test(text.charAt(i)) ? OTHER_WORD : NOT_WORD;
}

/** Space, tab, no-break space, hyphen, en dash, apostrophes, ampersand, slash ("JAAA/PUMA National Championships"). */
function softChar(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || c === 45 || c === 8211 || c === 39 || c === 8217 || c === 38 || c === 47;
}

export function tokenize(text: string, sentences: readonly { start: number; end: number }[]): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  // the previous token is an initial or a short abbreviation ("U.S. Olympic Trials", "St. Galmier"):
  // a full stop after it runs on
  let prevShortCap = false;
  // the current sentence, its bounds read once
  let s = 0;
  let sStart = sentences.length ? sentences[0]!.start : 0;
  let sEnd = sentences.length ? sentences[0]!.end : 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    const class0 = charClass(c0, text, i);
    if (class0 === NOT_WORD) {
      i++;
      continue;
    }
    const start = i;
    // lower-case ASCII already (most words): the word is its own lower case, so no copy and one string hash
    let plain = class0 === LOWER_OR_DIGIT;
    i++;
    while (i < n && i - start < MAX_WORD) {
      const k = charClass(text.charCodeAt(i), text, i);
      if (k === NOT_WORD) break;
      if (k !== LOWER_OR_DIGIT) plain = false;
      i++;
    }
    const w = text.slice(start, i);
    while (s < sentences.length && sEnd <= start) {
      s++;
      if (s < sentences.length) {
        sStart = sentences[s]!.start;
        sEnd = sentences[s]!.end;
      }
    }
    const sentence = s < sentences.length && sStart <= start ? s : -1;
    let soft = prevEnd >= 0 && start - prevEnd >= 1 && start - prevEnd <= 3;
    const dotOk = soft && prevShortCap;
    for (let k = prevEnd; soft && k < start; k++) {
      const g = text.charCodeAt(k);
      soft = softChar(g) || (g === 46 && dotOk);
    }
    const cap = class0 === UPPER || (class0 === OTHER_WORD && w.charAt(0) !== w.charAt(0).toLowerCase());
    out.push({ text: w, lower: plain ? w : w.toLowerCase(), start, end: i, cap, soft, sentence });
    prevEnd = i;
    prevShortCap = w.length <= 2 && cap;
  }
  return out;
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
