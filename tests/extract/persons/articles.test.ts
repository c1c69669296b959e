/**
 * Golden checks on whole articles from fixtures/articles (attributed in fixtures/ATTRIBUTION.md): the
 * athletes a reader takes from them, the non-athletes, and the references the quotes stage relies on.
 * Club reports are read with their Markdown (bold names) and without it, as ingest may strip it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { segmentArticle } from '../../../src/segment/index.js';
import { extractPersons } from '../../../src/extract/persons/index.js';
import { lex } from './helpers.js';

function extract(rel: string, stripBold = false) {
  const path = fileURLToPath(new URL(`../../../fixtures/articles/${rel}`, import.meta.url));
  // the file's text as the body (no ingest: these checks are about this stage alone)
  const doc = segmentArticle({ source: rel, sha256: '', title: null, publishedAt: null, body: readFileSync(path, 'utf8').replace(/\*\*/g, stripBold ? '' : '**') }, 'a_fixture');
  const r = extractPersons(doc, lex());
  const athletes = r.persons.filter((p) => p.full && p.role === 'athlete').map((p) => p.name).sort();
  const others = r.persons.filter((p) => p.full && p.role !== 'athlete').map((p) => `${p.name}:${p.role}`).sort();
  return { ...r, doc, athletes, others };
}

describe('fixture articles', () => {
  test('seeds/000: Kerr, Ingebrigtsen (NOR), Farah; references to Kerr', () => {
    const r = extract('seeds/000_f238fb5f4bcf96a4.txt');
    expect(r.athletes).toEqual(['Jakob Ingebrigtsen', 'Josh Kerr', 'Mo Farah']);
    expect(r.persons.find((p) => p.name === 'Jakob Ingebrigtsen')!.country).toBe('NOR');
    const kerr = r.persons.findIndex((p) => p.name === 'Josh Kerr');
    const said = r.refs.filter((x) => /^(?:he|He)$/.test(x.text));
    expect(said.length).toBeGreaterThan(3);
    expect(said.every((x) => x.person === kerr)).toBe(true);
  });

  test('bbcsport/004: the IAAF chief is an official, the Namibian athlete an athlete', () => {
    const r = extract('bbcsport-athletics/004.txt');
    expect(r.athletes).toEqual(['Frankie Fredericks']);
    expect(r.others).toEqual(['Lamine Diack:official']);
  });

  test('bbcsport/048: lawyer, coach and tribunal members are not athletes', () => {
    const r = extract('bbcsport-athletics/048.txt');
    expect(r.athletes).toEqual(['Katerina Thanou', 'Kostas Kenteris']);
    expect(r.others).toContain('Gregory Ioannidis:other');
    expect(r.others).toContain('Christos Tzekos:coach');
    expect(r.others).toContain('Konstantinos Panagopoulos:official');
  });

  test.each([false, true])('club report: every runner of the results paragraphs (markdown stripped: %s)', (strip) => {
    const r = extract('modern-athletics/clcstriders-2018-02-26-ferguson-flies-in-bourton-10k.txt', strip);
    for (const name of ['Will Ferguson', 'Jon Howes', 'Chris Hale', 'Gareth Harries', 'Sarah Wilson', 'Janet Mustoe']) expect(r.athletes).toContain(name);
    expect(r.athletes).not.toContain('Barry Cornelius');
  });
});
