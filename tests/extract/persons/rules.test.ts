/**
 * The persons rule catalogue (src/extract/persons/rules.ts): every example fires its rule (a decision in the
 * article's log, a mention or a reference with the rule id, on the example's span, with its value: the person's
 * name or role), every counterexample does not; the word classes do not overlap where they would conflict; the
 * logic names no rule id the catalogue lacks.
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { segmentArticle } from '../../../src/segment/index.js';
import { createDecisionLog } from '../../../src/rules/log.js';
import type { RuleExample, RuleSpec } from '../../../src/rules/catalogue.js';
import { extractPersons } from '../../../src/extract/persons/index.js';
import { COUNTRY_RULE_SPECS, RULES } from '../../../src/extract/persons/rules.js';
import { fold } from '../../../src/util/text.js';
import { lex } from './helpers.js';

interface Mark {
  rule: string;
  start: number;
  end: number;
  /** Name and role of the person marked (the person a reference points to), when there is one. */
  values: string[];
}

function marks(text: string): { text: string; marks: Mark[] } {
  const log = createDecisionLog();
  const doc = segmentArticle({ source: 't.txt', sha256: '', title: null, publishedAt: null, body: text }, 'a_test', log);
  const r = extractPersons(doc, lex());
  const valuesAt = (start: number, end: number) => r.persons.filter((p) => p.mentions.some((m) => m.start === start && m.end === end)).flatMap((p) => [p.name, p.role]);
  const out: Mark[] = log.decisions.map((d) => ({ rule: d.rule, start: d.start, end: d.end, values: valuesAt(d.start, d.end) }));
  for (const ref of r.refs) out.push({ rule: ref.rule, start: ref.start, end: ref.end, values: [r.persons[ref.person]!.name, r.persons[ref.person]!.role] });
  return { text: doc.text, marks: out };
}

function fires(rule: RuleSpec, ex: RuleExample): boolean {
  const { text, marks: ms } = marks(ex.text);
  return ms.some((m) => m.rule === rule.id && (ex.span === undefined || text.slice(m.start, m.end) === ex.span) && (ex.value === undefined || m.values.includes(ex.value)));
}

const rules = Object.values(RULES);
const examples = rules.flatMap((r) => (r.examples ?? []).map((ex) => [r.id, ex.text, r, ex] as const));
const counterexamples = rules.flatMap((r) => (r.counterexamples ?? []).map((ex) => [r.id, ex.text, r, ex] as const));

describe('persons rule catalogue', () => {
  test('ids are unique (with the nationality rules) and every rule is of the persons stage', () => {
    const all = [...rules, ...Object.values(COUNTRY_RULE_SPECS)];
    expect(all.length).toBeGreaterThan(rules.length);
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    for (const r of all) expect(r.stage).toBe('persons');
  });

  test.each(examples)('%s fires on: %s', (_, __, rule, ex) => {
    if (ex.span) expect(ex.text).toContain(ex.span);
    expect(fires(rule, ex)).toBe(true);
  });

  test.each(counterexamples)('%s does not fire on: %s', (_, __, rule, ex) => {
    expect(fires(rule, ex)).toBe(false);
  });

  test('the logic names only declared rules (no id literal outside rules.ts and the data of model/)', () => {
    const dir = fileURLToPath(new URL('../../../src/extract/persons/', import.meta.url));
    const literal = /'((?:person|role|ref|athlete-verb|not-name|title|given-name|country|context)\/[a-z0-9-]+)'/g;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'rules.ts')) {
      expect([...readFileSync(dir + f, 'utf8').matchAll(literal)].map((m) => `${f}: ${m[1]}`)).toEqual([]);
    }
  });
});

/**
 * Word classes that would contradict each other if a word sat in both: the role classes (one role per word), the
 * athlete-verb classes (a verb counts once, in one class), a role word and a verb (one word voting twice), a
 * role word or a race verb and a speech verb ("X hopes", "X posted": speech, not a role or a race).
 */
const CONFLICTS: [string, (keyof typeof RULES)[]][] = [
  ['role classes', ['athleteNoun', 'coach', 'official', 'journalist', 'other', 'otherSport', 'family']],
  ['athlete verbs and achievement words', ['raceVerb', 'agentVerb', 'achievement']],
  ['role words and athlete verbs', ['athleteNoun', 'raceVerb', 'achievement']],
  ['role words, race verbs and speech verbs', ['athleteNoun', 'raceVerb', 'speechVerb']],
  ['words never in a name', ['competitionWord', 'organisationWord', 'calendarWord']],
];

describe('persons word classes', () => {
  test.each(CONFLICTS)('no word in two of the %s', (_, names) => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const name of names) {
      for (const w of RULES[name].words ?? []) {
        const k = fold(w);
        const o = owner.get(k);
        if (o && o !== name) clashes.push(`${w}: ${o}, ${name}`);
        owner.set(k, name);
      }
    }
    expect(clashes).toEqual([]);
  });

  test('the resolved overlaps: "manager" is an agent, "race" an achievement word', () => {
    const l = lex();
    expect(l.roles.get('manager')).toEqual({ value: 'other', rule: RULES.other.id });
    expect(l.roles.get('team manager')?.value).toBe('official');
    expect(l.verbs.get('race')).toBe(RULES.achievement.id);
  });
});
