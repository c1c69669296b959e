/** Text helpers shared by the stages. Pure functions, no state. */

// Letters that NFKD leaves whole: "Paweł" ~ "Pawel", "Ødegaard" ~ "Odegaard".
const LETTERS: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th' };

/** ASCII without the backtick (which fold turns into an apostrophe): a char loop, as most strings are short words. */
function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f || c === 0x60) return false;
  }
  return true;
}

/** Lower case, diacritics removed, typographic apostrophes made straight. */
export function fold(s: string): string {
  // fast path: plain ASCII without a backtick needs only lower case
  if (isPlainAscii(s)) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[øłđðħıæœßþ]/g, (c) => LETTERS[c] ?? c)
    .replace(/[‘’ʼ`´′]/g, "'");
}

const isKeyChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57); // [a-z0-9]
const isAsciiWordChar = (c: number) => isKeyChar(c) || (c >= 65 && c <= 90) || c === 95; // \w

/**
 * Identity key of a name or text: folded, punctuation and possessive "'s" removed, single spaces.
 * A char-code scan (it runs on every name and quote of every stage): the same result as
 * `fold(s).replace(/'s\b/g, '').replace(/[^a-z0-9]+/g, ' ').trim()` without building the three strings between.
 */
export function identityKey(s: string): string {
  const f = fold(s);
  if (isKey(f)) return f; // most names fold to their key already ("josh kerr"): no new string
  const n = f.length;
  let out = '';
  let i = 0;
  while (i < n) {
    // skip to the next run of key characters; an "s" of a possessive "'s" (then no word character) is no key character
    while (i < n && !isKeyChar(f.charCodeAt(i))) i++;
    if (i === n) break;
    const start = i;
    while (i < n && isKeyChar(f.charCodeAt(i)) && !isPossessiveS(f, i)) i++;
    if (i > start) out = out === '' ? f.slice(start, i) : `${out} ${f.slice(start, i)}`;
    else i++; // the possessive "s" itself
  }
  return out;
}

/** Runs of [a-z0-9] joined by single spaces (no apostrophe, so no possessive either): a key as it is. */
function isKey(f: string): boolean {
  const n = f.length;
  if (n === 0 || f.charCodeAt(0) === 32 || f.charCodeAt(n - 1) === 32) return false;
  for (let i = 0; i < n; i++) {
    const c = f.charCodeAt(i);
    if (isKeyChar(c)) continue;
    if (c !== 32 || f.charCodeAt(i - 1) === 32) return false;
  }
  return true;
}

/** `f[i]` is the "s" of "'s" with no word character after it (`'s\b`). */
function isPossessiveS(f: string, i: number): boolean {
  return f.charCodeAt(i) === 115 && i > 0 && f.charCodeAt(i - 1) === 39 && !(i + 1 < f.length && isAsciiWordChar(f.charCodeAt(i + 1)));
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/uy;

/** ASCII code → 1 for [A-Za-z0-9]. */
const ASCII_ALNUM = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_ALNUM[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;

/** Whether the character at `i` (a whole surrogate pair at its first half) is a letter or digit. */
function letterOrNumberAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return ASCII_ALNUM[c] === 1;
  if (c !== c || (c >= 0x2000 && c <= 0x206f)) return false; // past the end; General Punctuation (’ “ ” – …) has no letter or digit
  // the sticky regex is set to `i` right before each use: no state is carried between calls
  LETTER_OR_NUMBER.lastIndex = i;
  return LETTER_OR_NUMBER.test(s);
}

/** ASCII code → its class for `countWords`: 1 letter or digit, 2 joiner (' . ,), 0 other. */
const WORD_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CLASS[c] = ASCII_ALNUM[c] ? 1 : c === 39 || c === 46 || c === 44 ? 2 : 0;
// state × class → next state and words started. States: 0 outside a word, 1 in a word, 2 right after a
// joiner in a word (the joiner counts only with a letter or digit after it). Class 3, the second half of a
// surrogate pair, changes nothing: the pair was read as one character at its first half.
const NEXT_STATE = new Uint8Array([0, 1, 0, 0, 0, 1, 2, 1, 0, 1, 0, 2]);
const STARTS_WORD = new Uint8Array([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

/** The `countWords` class of a non-ASCII code unit (kept out of the loop, which then stays small). */
function wordClassAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === 0x2019) return 2;
  if ((c & 0xfc00) === 0xdc00 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800) return 3;
  return letterOrNumberAt(s, i) ? 1 : 0;
}

/**
 * Word count as a reader counts: runs of letters or digits, joined by single ' ’ . , ("it's", "1,500").
 * The same count as matching `[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*` globally (flags gu), as one pass of a
 * small state machine (it runs over every article's whole text; the regex built an array of every word).
 */
export function countWords(s: string): number {
  const n = s.length;
  let count = 0;
  let state = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const t = state * 4 + (c < 128 ? WORD_CLASS[c]! : wordClassAt(s, i));
    count += STARTS_WORD[t]!;
    state = NEXT_STATE[t]!;
  }
  return count;
}
