/** The char-code classes give what their regex classes give, for every UTF-16 code unit. */
import { describe, expect, it } from 'vitest';
import { isAsciiAlnumCode, isDigitCode, isLetterCode, isLetterOrNumberCode, isLowerCode, isSpaceCode, isUpperCode, isUpperOrNumberCode } from '../../src/util/chars.js';

const classes: [string, (c: number) => boolean, RegExp][] = [
  ['isSpaceCode', isSpaceCode, /\s/],
  ['isUpperCode', isUpperCode, /\p{Lu}/u],
  ['isLowerCode', isLowerCode, /\p{Ll}/u],
  ['isLetterCode', isLetterCode, /\p{L}/u],
  ['isUpperOrNumberCode', isUpperOrNumberCode, /[\p{Lu}\p{N}]/u],
  ['isDigitCode', isDigitCode, /\d/],
  ['isLetterOrNumberCode', isLetterOrNumberCode, /[\p{L}\p{N}]/u],
  ['isAsciiAlnumCode', isAsciiAlnumCode, /[A-Za-z0-9]/],
];

describe('char-code classes', () => {
  it.each(classes)('%s agrees with its regex on every code unit', (_name, fn, re) => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (fn(c) !== re.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
  it.each(classes)('%s is false past the end of a string (NaN)', (_name, fn) => {
    expect(fn(''.charCodeAt(0))).toBe(false);
  });
});
