import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../../src/segment/index.js';
import { extractPersons } from '../../../src/extract/persons/index.js';
import { lex } from './helpers.js';

const athletes = (body: string) =>
  extractPersons(segmentArticle({ source: 't.txt', sha256: '', title: null, publishedAt: null, body }, 'a_t'), lex())
    .persons.filter((p) => p.full && p.role === 'athlete')
    .map((p) => p.name);

describe('a stated nationality makes unknown name-like words a person (rule person/nationality-name)', () => {
  it.each([
    ["The previous world record of 29:01.03 was set by Ethiopia's Letesenbet Gidey in 2021.", 'Letesenbet Gidey'],
    ['The record was held by Letesenbet Gidey of Ethiopia.', 'Letesenbet Gidey'],
  ])('%s', (body, name) => {
    expect(athletes(body)).toContain(name);
  });
  it.each([
    ["Britain's Got Talent drew a big audience on Saturday."],
    ["Kenya's Rift Valley is where most of them train."],
  ])('not for ordinary words or places: %s', (body) => {
    expect(athletes(body)).toEqual([]);
  });
});

describe('given names that are also English words', () => {
  it.each([
    ['Swedish triple jumper Christian Olsson was voted male athlete of the year.', 'Christian Olsson'],
    ['Decathlete Dean Macey won bronze in Athens.', 'Dean Macey'],
  ])('%s', (body, name) => {
    expect(athletes(body)).toContain(name);
  });
  it('an outlet named like a person is not one', () => {
    expect(athletes('He told the Christian Science Monitor that he would run.')).toEqual([]);
  });
});
