import { describe, expect, it } from 'vitest';
import { extractText } from '../../../src/index.js';

describe('distances in miles written in words', () => {
  it.each([
    ['a seven-mile multi-terrain race', '7 Miles'],
    ['the three miles race', '3 Miles'],
    ['a twenty-mile training run was not a race, but the twenty mile race was', '20 Miles'],
  ])('%s', (text, name) => {
    expect(extractText(`Jane Doe ran ${text}.`).facts.events.map((e) => e.name)).toContain(name);
  });
});
