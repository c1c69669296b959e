import { describe, expect, it } from 'vitest';
import { countWords, fold, identityKey } from '../../src/util/text.js';

describe('fold and identityKey', () => {
  it.each([
    ['Josh Kerr', 'josh kerr'],
    ['Carolina Klüft', 'carolina kluft'],
    ['Ødegaard', 'odegaard'],
    ['Paweł Fajdek', 'pawel fajdek'],
    ['it’s', "it's"],
    ['it`s', "it's"],
  ])('fold(%j) = %j', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
  it.each([
    ["Mo Farah's", 'mo farah'],
    ['  Hicham  El-Guerrouj ', 'hicham el guerrouj'],
  ])('identityKey(%j) = %j', (input, expected) => {
    expect(identityKey(input)).toBe(expected);
  });
  it('counts words as a reader does', () => {
    expect(countWords("It's a 1,500m race - isn't it?")).toBe(6);
  });
});
