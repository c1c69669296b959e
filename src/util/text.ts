/** Text helpers shared by the stages. Pure functions, no state. */

// Letters that NFKD leaves whole: "Paweł" ~ "Pawel", "Ødegaard" ~ "Odegaard".
const LETTERS: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th' };

const ASCII = /^[\x00-\x5f\x61-\x7f]*$/;

/** Lower case, diacritics removed, typographic apostrophes made straight. */
export function fold(s: string): string {
  // fast path: plain ASCII without a backtick needs only lower case
  if (ASCII.test(s)) return s.toLowerCase();
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

/** `f[i]` is the "s" of "'s" with no word character after it (`'s\b`). */
function isPossessiveS(f: string, i: number): boolean {
  return f.charCodeAt(i) === 115 && i > 0 && f.charCodeAt(i - 1) === 39 && !(i + 1 < f.length && isAsciiWordChar(f.charCodeAt(i + 1)));
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/uy;

/** ASCII code → 1 for [A-Za-z0-9]. */
const ASCII_ALNUM = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_ALNUM[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;

/** Code units taken by the letter or number at `i` (2 for one outside the BMP), or 0 when there is none. */
function letterOrNumberAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return ASCII_ALNUM[c]!;
  if (c !== c || (c >= 0x2000 && c <= 0x206f)) return 0; // past the end; General Punctuation (’ “ ” – …) has no letter or digit
  // the sticky regex is set to `i` right before each use: no state is carried between calls
  LETTER_OR_NUMBER.lastIndex = i;
  return LETTER_OR_NUMBER.test(s) ? codeUnitsAt(s, i) : 0;
}

/** 2 at a surrogate pair, else 1: the scan steps by code points, as a `u` regex does. */
function codeUnitsAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** End of the run of letters and digits starting at `i` (`i` itself when there is none). */
function runEnd(s: string, i: number): number {
  const n = s.length;
  for (;;) {
    // plain ASCII letters and digits inline: most of any text
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c >= 128 || ASCII_ALNUM[c] === 0) break;
      i++;
    }
    const k = i < n && s.charCodeAt(i) >= 128 ? letterOrNumberAt(s, i) : 0;
    if (k === 0) return i;
    i += k;
  }
}

/**
 * Word count as a reader counts: runs of letters or digits, joined by single ' ’ . , ("it's", "1,500").
 * The same count as matching `[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*` globally (flags gu), as a scan: it runs
 * over every article's whole text, and the regex built an array of every word.
 */
export function countWords(s: string): number {
  const n = s.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    let end = runEnd(s, i);
    if (end === i) {
      i += codeUnitsAt(s, i);
      continue;
    }
    count++;
    // a joiner continues the word only with a letter or digit after it
    for (;;) {
      const c = s.charCodeAt(end);
      if (!(c === 39 || c === 0x2019 || c === 46 || c === 44)) break;
      const next = runEnd(s, end + 1);
      if (next === end + 1) break;
      end = next;
    }
    i = end;
  }
  return count;
}
