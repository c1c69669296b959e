/**
 * The quotes stage's rule catalogue: ids unique and well formed, every example fires its rule (the quote whose
 * span, marks included, is the example's span carries the rule and names the expected speaker; a filter rule
 * logs the dropped span), every counterexample does not, and the decision log records what was dropped and why.
 */
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../../src/segment/index.js';
import { createDecisionLog, type Decision } from '../../../src/rules/log.js';
import { extractPersons, loadPersonLexicon } from '../../../src/extract/persons/index.js';
import { extractQuotes, RULES } from '../../../src/extract/quotes/index.js';
import type { QuoteMention } from '../../../src/types.js';
import type { RuleSpec } from '../../../src/rules/catalogue.js';

const personLexicon = loadPersonLexicon();

function run(text: string): { quotes: QuoteMention[]; names: (q: QuoteMention) => string | null; decisions: readonly Decision[] } {
  const log = createDecisionLog();
  const doc = segmentArticle({ source: 't.txt', sha256: '', title: null, publishedAt: null, body: text }, 'a_t', log);
  const persons = extractPersons(doc, personLexicon);
  const quotes = extractQuotes(doc, persons);
  const names = (q: QuoteMention) => (q.speaker !== null ? persons.persons[q.speaker]!.name : q.speakerName);
  return { quotes, names, decisions: log.decisions };
}

const rules = Object.values(RULES) as RuleSpec[];
const FILTERS = new Set(rules.filter((r) => r.drops).map((r) => r.id));
const fired = (q: QuoteMention, id: string) => q.rule.split('+').includes(id);

describe('quotes rule catalogue', () => {
  it('declares each id once, in the stage\'s kinds, with a reason; the filter rules drop', () => {
    expect([...FILTERS].sort()).toEqual([RULES.markup.id, RULES.minWords.id, RULES.singleNotSpeech.id, RULES.title.id].sort());
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) {
      expect(r.id).toMatch(/^(?:quote|attr|speaker)\/[a-z0-9-]+$/);
      expect(r.stage).toBe('quotes');
      expect(r.reason.length).toBeGreaterThan(10);
    }
  });

  it('gives every rule that finds or drops a quote an example and a counterexample', () => {
    // word classes are data; a name none of the persons has depends on what the persons stage misses
    const resolution = new Set([RULES.nameFull, RULES.name].map((r) => r.id));
    const withExamples = rules.filter((r) => !r.words && !resolution.has(r.id));
    expect(withExamples.length).toBeGreaterThanOrEqual(20);
    for (const r of withExamples) {
      expect(r.examples?.length, r.id).toBeGreaterThan(0);
      expect(r.counterexamples?.length, r.id).toBeGreaterThan(0);
    }
  });

  const examples = rules.flatMap((r) => (r.examples ?? []).map((e) => [r.id, e] as const));
  it.each(examples)('%s fires on its example', (id, ex) => {
    const { quotes, names, decisions } = run(ex.text);
    const at = ex.text.indexOf(ex.span!);
    expect(at, 'the span is in the text').toBeGreaterThanOrEqual(0);
    const end = at + ex.span!.length;
    if (FILTERS.has(id)) {
      expect(quotes.some((q) => q.start <= at && at < q.end)).toBe(false);
      expect(decisions.some((d) => d.rule === id && d.verdict === 'reject' && d.start === at && d.end === end)).toBe(true);
      return;
    }
    const q = quotes.find((x) => x.start === at && x.end === end);
    expect(q, 'a quote is the span').toBeDefined();
    expect(q!.rule).toContain(id);
    expect(fired(q!, id)).toBe(true);
    if (ex.value !== undefined) expect(names(q!)).toBe(ex.value);
  });

  const counter = rules.flatMap((r) => (r.counterexamples ?? []).map((e) => [r.id, e] as const));
  it.each(counter)('%s does not fire on its counterexample', (id, ex) => {
    const { quotes, decisions } = run(ex.text);
    expect(quotes.some((q) => fired(q, id))).toBe(false);
    expect(decisions.some((d) => d.rule === id && d.verdict === 'reject' && FILTERS.has(id))).toBe(false);
  });
});

describe('quotes decision log', () => {
  it('records a dropped span with its filter rule, its span and its reason', () => {
    const text = 'Jane Doe is known as "the Rocket" at her club. "I felt strong from the gun," said Jane Doe.';
    const { quotes, decisions } = run(text);
    const start = text.indexOf('"the Rocket"');
    const drop = decisions.find((d) => d.verdict === 'reject' && d.rule === RULES.minWords.id);
    expect(drop).toEqual({ rule: 'quote/min-words', stage: 'quotes', verdict: 'reject', start, end: start + '"the Rocket"'.length, reason: RULES.minWords.reason });
    expect(quotes.map((q) => q.text)).toEqual(['I felt strong from the gun,']);
  });

  it('records a kept quote with the rule that found its speaker', () => {
    const text = '"I felt strong from the gun," said Jane Doe.';
    const { decisions } = run(text);
    const kept = decisions.filter((d) => d.verdict === 'accept' && d.stage === 'quotes'); // (the persons stage logs its own accepts)
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ rule: RULES.verbFirst.id, stage: 'quotes', start: 0, end: text.indexOf(' said') });
    expect(kept[0]!.reason).toContain(RULES.double.id);
  });

  it('records an attribution rule that applied and named nobody', () => {
    // a dash after the quote, but no name after it: the dash rule is tried and fails; the quote goes to the recent person
    const text = 'Jane Doe won again. "The course was faster than last year." – that was all.';
    const { decisions } = run(text);
    expect(decisions.some((d) => d.rule === RULES.dash.id && d.verdict === 'reject' && d.start === text.indexOf('"The'))).toBe(true);
  });

  it('writes nothing without a log, and the facts are the same with one', () => {
    const text = 'Jane Doe is known as "the Rocket". "I felt strong from the gun," said Jane Doe.';
    const doc = segmentArticle({ source: 't.txt', sha256: '', title: null, publishedAt: null, body: text }, 'a_t');
    const quiet = extractQuotes(doc, extractPersons(doc, personLexicon));
    expect(doc.log.decisions).toHaveLength(0);
    expect(run(text).quotes).toEqual(quiet);
  });
});
