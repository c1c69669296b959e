/**
 * The persons stage's decision log: candidates dropped (with the rule that dropped them and the span), persons and
 * role decisions accepted (with the role rule), role words overruled, and the role step's last rule (an `other`
 * tied to a time is an athlete). Nothing is written when the run does not explain itself (NO_LOG).
 */
import { describe, expect, test } from 'vitest';
import { segmentArticle } from '../../../src/segment/index.js';
import { createDecisionLog, NO_LOG, type Decision } from '../../../src/rules/log.js';
import { extractPersons, settleRoles } from '../../../src/extract/persons/index.js';
import { RULES } from '../../../src/extract/persons/rules.js';
import type { Doc } from '../../../src/types.js';
import { lex } from './helpers.js';

function explain(body: string): { doc: Doc; decisions: readonly Decision[]; at: (d: Decision) => string } {
  const log = createDecisionLog();
  const doc = segmentArticle({ source: 't.txt', sha256: '', title: null, publishedAt: null, body }, 'a_test', log);
  extractPersons(doc, lex());
  return { doc, decisions: log.decisions, at: (d) => doc.text.slice(d.start, d.end) };
}

describe('persons decision log', () => {
  test('a full-name candidate after a place word is dropped, with its rule and span', () => {
    const { decisions, at } = explain('The squad trained at Kymin Vale in May. Tomas Berglund clocked 2:01.33.');
    const d = decisions.find((x) => x.rule === RULES.placeBefore.id);
    expect(d).toMatchObject({ stage: 'persons', verdict: 'reject' });
    expect(at(d!)).toBe('Kymin Vale');
    expect(d!.reason).toContain('Kymin Vale');
    expect(decisions.some((x) => x.verdict === 'reject' && at(x) === 'Tomas Berglund')).toBe(false);
  });

  test('a name followed by a competition word is dropped by that word class', () => {
    const { decisions, at } = explain('The Tamsin Reeve Memorial was held in May.');
    const d = decisions.find((x) => x.verdict === 'reject' && at(x) === 'Tamsin Reeve');
    expect(d?.rule).toBe(RULES.competitionWord.id);
    expect(d?.reason).toContain('Memorial');
  });

  test('a role decision names the role rule, on the first mention', () => {
    const { decisions, at } = explain('IAAF president Jonas Merrick opened the meeting. Merrick said it was a fine day.');
    const roles = decisions.filter((x) => x.rule === RULES.official.id && x.verdict === 'accept');
    expect(roles.map(at)).toContain('Jonas Merrick');
    expect(roles.some((x) => x.reason.startsWith('official'))).toBe(true);
    // the later surname is a mention of the same person, by its own rule
    expect(decisions.find((x) => x.rule === RULES.surname.id && at(x) === 'Merrick')?.verdict).toBe('accept');
  });

  test('a role word overruled by the evidence of racing is rejected, and the rule that won accepted', () => {
    const { decisions, at } = explain('Tomas Berg won the 1500m. His brother Henrik Berg was fourth.');
    const family = decisions.find((x) => x.rule === RULES.family.id && x.verdict === 'reject');
    expect(family).toMatchObject({ verdict: 'reject' });
    expect(at(family!)).toBe('Henrik Berg');
    expect(family!.reason).toContain(RULES.relativeRacing.id);
    const won = decisions.find((x) => x.rule === RULES.relativeRacing.id);
    expect(won).toMatchObject({ verdict: 'accept' });
    expect(at(won!)).toBe('Henrik Berg');
  });

  test('nothing is written, and the persons are the same, when the log is off', () => {
    const body = 'IAAF president Jonas Merrick watched. The squad trained at Kymin Vale. Tomas Berg won the 1500m.';
    const off = segmentArticle({ source: 't.txt', sha256: '', title: null, publishedAt: null, body }, 'a_test');
    expect(off.log).toBe(NO_LOG);
    const quiet = extractPersons(off, lex());
    expect(NO_LOG.decisions).toHaveLength(0);
    const on = segmentArticle({ source: 't.txt', sha256: '', title: null, publishedAt: null, body }, 'a_test', createDecisionLog());
    expect(extractPersons(on, lex())).toEqual(quiet);
    expect(on.log.decisions.length).toBeGreaterThan(0);
  });
});

describe('settleRoles: the role step once times are tied to persons', () => {
  const body = 'Her manager Miguel Ferraz watched. Her coach Peter Lindqvist watched too.';
  const setUp = () => {
    const log = createDecisionLog();
    const doc = segmentArticle({ source: 't.txt', sha256: '', title: null, publishedAt: null, body }, 'a_test', log);
    const { persons } = extractPersons(doc, lex());
    return { doc, log, persons, ferraz: persons.find((p) => p.name === 'Miguel Ferraz')!, coach: persons.find((p) => p.name === 'Peter Lindqvist')! };
  };

  test('an "other" tied to a time is an athlete, logged with role/timed-other; a coach stays a coach', () => {
    const { doc, log, persons, ferraz, coach } = setUp();
    expect([ferraz.role, coach.role]).toEqual(['other', 'coach']);
    const roles = settleRoles(doc, persons, new Set([ferraz, coach]));
    expect(roles[persons.indexOf(ferraz)]).toBe('athlete');
    expect(roles[persons.indexOf(coach)]).toBe('coach');
    const d = log.decisions.filter((x) => x.rule === RULES.timedOther.id);
    expect(d).toHaveLength(1);
    expect(doc.text.slice(d[0]!.start, d[0]!.end)).toBe('Miguel Ferraz');
    // the persons themselves are not changed
    expect(ferraz.role).toBe('other');
  });

  test('without a time nothing is promoted', () => {
    const { doc, log, persons } = setUp();
    expect(settleRoles(doc, persons, new Set())).toEqual(persons.map((p) => p.role));
    expect(log.decisions.some((x) => x.rule === RULES.timedOther.id)).toBe(false);
  });
});
