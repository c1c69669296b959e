/**
 * Character classes by char code, for the scans that look at every character of an article: the same
 * answers as the regex classes they name, with ASCII decided inline and the rest asked of the regex.
 * Each takes one UTF-16 code unit (NaN, past the end of a string, is in no class).
 */

/** `\s` of a JS regex. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const UPPER_OR_NUMBER = /[\p{Lu}\p{N}]/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** `\p{Lu}` of one code unit (a lone surrogate is none). */
export function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return c === c && UPPER.test(String.fromCharCode(c));
}

/** `\p{Ll}` of one code unit. */
export function isLowerCode(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return c === c && LOWER.test(String.fromCharCode(c));
}

/** `\p{L}` of one code unit. */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return c === c && LETTER.test(String.fromCharCode(c));
}

/** `[\p{Lu}\p{N}]` of one code unit. */
export function isUpperOrNumberCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return c === c && UPPER_OR_NUMBER.test(String.fromCharCode(c));
}

/** `[\p{L}\p{N}]` of one code unit (the first half of a surrogate pair is none, as `/…/u.test(s[i])` says). */
export function isLetterOrNumberCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return c === c && LETTER_OR_NUMBER.test(String.fromCharCode(c));
}

/** `[A-Za-z0-9]`: an ASCII letter or digit. */
export const isAsciiAlnumCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** `\d` of a regex without the `u` flag (ASCII digits). */
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
