import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { nameDataFromModel, readNameData, toSnapshot } from '../../../src/extract/persons/model/name-data.js';

describe('name-data.json', () => {
  it('is the snapshot of the installed compromise lexicon (regenerate: npm run build && npm run gen:name-data)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../../src/extract/persons/model/name-data.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(toSnapshot(nameDataFromModel(nlp.model() as never)));
  });
  it('reads back into the word classes the persons stage looks up', () => {
    const d = readNameData();
    expect(d.given.size).toBeGreaterThan(1000);
    expect(d.closed.has('the')).toBe(true);
    expect(d.places.size).toBeGreaterThan(1000);
  });
});
