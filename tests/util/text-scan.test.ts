/**
 * `countWords` and `identityKey` are char-code scans for speed: they must give exactly what the regex
 * definitions give, on any text (surrogate pairs, lone surrogates, possessives, joiners at the edges).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords, fold, identityKey } from '../../src/util/text.js';

const refCount = (s: string) => s.match(/[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu)?.length ?? 0;
const refKey = (s: string) => fold(s).replace(/'s\b/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

// the characters the rules turn on, mixed with letters, digits, non-Latin letters and astral ones
const pieces = ['a', 'S', 's', 'Z', '0', '9', '_', "'", '’', '`', '.', ',', '-', ' ', '  ', '\n', 'é', 'Ø', 'ß', 'İ', 'ı', 'я', 'Ж', '中', '٣', '\u0301', '𝐀', '😀', '\ud835', '\udc00', '\u00a0', '—', '“', '\u206f', '\u2070', 'ⁱ', "'s", "’s", "s'", 'x'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''));

describe('text scans agree with their regex definitions', () => {
  it.each([
    ["It's a 1,500m race - isn't it?", 6],
    ['', 0],
    ["'s'", 1],
    ['a.,b', 2],
    ['𝐀𝐀 😀 b', 2],
    ['3.5. 1,', 2],
  ])('countWords(%j) = %j', (input, expected) => {
    expect(countWords(input)).toBe(expected);
    expect(refCount(input)).toBe(expected);
  });
  it.each([
    ["Mo Farah's", 'mo farah'],
    ["James's's x", 'james x'],
    ["it's_ok", 'it s ok'],
    ["'s", ''],
    ["a's-b", 'a b'],
    ['Ødegaard’s', 'odegaard'],
    ['__Jo__', 'jo'],
  ])('identityKey(%j) = %j', (input, expected) => {
    expect(identityKey(input)).toBe(expected);
    expect(refKey(input)).toBe(expected);
  });
  it('countWords matches the regex on random text', () => {
    fc.assert(fc.property(text, (s) => countWords(s) === refCount(s)), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => countWords(s) === refCount(s)), { numRuns: 3000 });
  });
  it('identityKey matches the regex on random text', () => {
    fc.assert(fc.property(text, (s) => identityKey(s) === refKey(s)), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => identityKey(s) === refKey(s)), { numRuns: 3000 });
  });
});

describe('fold and identityKey on names (the fast paths persons relies on)', () => {
  it.each([['Josh Kerr', 'josh kerr'], ["Kerr's", 'kerr'], [' Mo  Farah ', 'mo farah'], ['Ødegaard', 'odegaard'], ['J.J. Watt', 'j j watt']])('identityKey(%j)', (s, key) => {
    expect(identityKey(s)).toBe(key);
  });

  it('fold on ASCII is lower case with the backtick made an apostrophe, control characters included', () => {
    const ascii = fc.array(fc.integer({ min: 0, max: 0x7f }), { maxLength: 30 }).map((cs) => String.fromCharCode(...cs));
    fc.assert(fc.property(ascii, (s) => fold(s) === s.toLowerCase().replace(/`/g, "'")), { numRuns: 3000 });
    expect(fold('Kerr`s')).toBe("kerr's");
    expect(fold('ÉLAN')).toBe('elan');
  });
});
