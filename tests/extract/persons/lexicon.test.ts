/**
 * The person lexicon: zod validation of entries (built-in and configured) and the effect of configured
 * entries on extraction.
 */
import { describe, expect, test } from 'vitest';
import { PersonRuleSchema, loadPersonLexicon } from '../../../src/extract/persons/index.js';
import { find, run } from './helpers.js';

describe('PersonRuleSchema', () => {
  test.each([
    ['role', { id: 'role/physio', reason: 'physios are staff', kind: 'role', role: 'other', words: ['physio'] }],
    ['country', { id: 'country/x', reason: 'r', kind: 'country', country: 'KEN', words: ['Kenyan'], names: ['Kenya'] }],
    ['country without names', { id: 'country/y', reason: 'r', kind: 'country', country: 'ETH', words: ['Ethiopian'] }],
    ['title', { id: 'title/x', reason: 'r', kind: 'title', gender: null, words: ['Rev'] }],
    ['given name', { id: 'given/x', reason: 'r', kind: 'given-name', gender: 'f', words: ['Faith'] }],
    ['not a name', { id: 'not-name/x', reason: 'r', kind: 'not-name', words: ['Parkrun'] }],
  ])('accepts %s', (_, entry) => {
    expect(PersonRuleSchema.safeParse(entry).success).toBe(true);
  });

  test.each([
    ['unknown kind', { id: 'x', reason: 'r', kind: 'nickname', words: ['Mo'] }],
    ['role without role', { id: 'x', reason: 'r', kind: 'role', words: ['coach'] }],
    ['bad role', { id: 'x', reason: 'r', kind: 'role', role: 'pundit', words: ['pundit'] }],
    ['lower-case IOC code', { id: 'x', reason: 'r', kind: 'country', country: 'ken', words: ['Kenyan'] }],
    ['no words', { id: 'x', reason: 'r', kind: 'not-name', words: [] }],
    ['no reason', { id: 'x', kind: 'not-name', words: ['X'] }],
    ['unknown key', { id: 'x', reason: 'r', kind: 'not-name', words: ['X'], extra: true }],
  ])('rejects %s', (_, entry) => {
    expect(PersonRuleSchema.safeParse(entry).success).toBe(false);
  });
});

describe('loadPersonLexicon', () => {
  test('an invalid configured entry throws', () => {
    expect(() => loadPersonLexicon([{ id: 'x', reason: 'r', kind: 'role', role: 'nobody', words: ['x'] } as never])).toThrow();
  });

  test('a configured role word changes the role', () => {
    const body = 'The session was run by pacesetter-in-chief Dan Robinson on Sunday.';
    expect(find(run(body), 'Dan Robinson')?.role).toBe('athlete');
    const lex = loadPersonLexicon([{ id: 'role/cfg-chief', reason: 'configured', kind: 'role', role: 'official', words: ['pacesetter-in-chief'] }]);
    const p = find(run(body, lex), 'Dan Robinson')!;
    expect(p.role).toBe('official');
  });

  test('a configured not-name word stops a name', () => {
    const body = 'The runners met at Pittville Pump Rooms before the start.';
    const lex = loadPersonLexicon([{ id: 'not-name/cfg', reason: 'configured', kind: 'not-name', words: ['Pittville', 'Pump', 'Rooms'] }]);
    expect(run(body, lex).persons).toEqual([]);
  });

  test('the lexicon is frozen', () => {
    expect(Object.isFrozen(loadPersonLexicon())).toBe(true);
  });
});
