/**
 * The events stage's rule catalogue: ids unique and well formed, every example fires its rule (a mention with
 * the rule, the span as written and the canonical name; a drop rule logs the dropped length), every
 * counterexample does not, and the decision log records dropped lengths with their rule.
 */
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../../src/segment/index.js';
import { createDecisionLog, type Decision } from '../../../src/rules/log.js';
import { extractEvents, loadEventLexicon, RULES } from '../../../src/extract/events/index.js';
import type { EventMention } from '../../../src/types.js';
import type { RuleSpec } from '../../../src/rules/catalogue.js';

const lexicon = loadEventLexicon();

function run(text: string): { events: EventMention[]; decisions: readonly Decision[] } {
  const log = createDecisionLog();
  const doc = segmentArticle({ source: 't.txt', sha256: '', title: null, publishedAt: null, body: text }, 'a_t', log);
  return { events: extractEvents(doc, lexicon), decisions: log.decisions };
}

const rules = Object.values(RULES) as RuleSpec[];
const byId = new Map(rules.map((r) => [r.id, r]));
const DROPS = new Set(rules.filter((r) => r.drops).map((r) => r.id));
const firesOn = (id: string, events: readonly EventMention[], decisions: readonly Decision[]) =>
  DROPS.has(id) ? decisions.some((d) => d.rule === id && d.verdict === 'reject')
    : id === RULES.implied.id ? events.some((e) => e.implied) : events.some((e) => e.rule === id);

describe('events rule catalogue', () => {
  it('declares each id once, with a reason; every rule that is not a word form has an example', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) {
      expect(r.id).toMatch(/^event\/[a-z0-9-]+$/);
      expect(!!r.drops, r.id).toBe(r.id.startsWith('event/not-'));
      expect(r.stage).toBe('events');
      expect(r.reason.length).toBeGreaterThan(5);
      if (!r.words) expect(r.examples?.length, r.id).toBeGreaterThan(0);
      if (!r.words) expect(r.counterexamples?.length, r.id).toBeGreaterThan(0);
    }
  });

  it('has the built-in lexicon\'s forms as its named events\' words', () => {
    expect(lexicon.rules.length).toBeGreaterThan(20);
    for (const r of lexicon.rules) expect(byId.get(r.id)?.words).toEqual(r.forms);
  });

  const examples = rules.flatMap((r) => (r.examples ?? []).map((e) => [r.id, e] as const));
  it.each(examples)('%s fires on its example', (id, ex) => {
    const { events, decisions } = run(ex.text);
    const start = ex.text.indexOf(ex.span!);
    expect(start, 'the span is in the text').toBeGreaterThanOrEqual(0);
    const end = start + ex.span!.length;
    if (DROPS.has(id)) {
      expect(decisions.filter((d) => d.rule === id).map((d) => [d.verdict, d.start, d.end, d.reason])).toContainEqual(['reject', start, end, byId.get(id)!.reason]);
      expect(events.some((e) => e.start === start)).toBe(false);
      return;
    }
    const e = events.find((x) => x.start === start && x.end === end);
    expect(e, 'a mention of the span').toBeDefined();
    if (ex.value !== undefined) expect(e!.name).toBe(ex.value);
    expect(firesOn(id, [e!], decisions)).toBe(true);
  });

  const counter = rules.flatMap((r) => (r.counterexamples ?? []).map((e) => [r.id, e] as const));
  it.each(counter)('%s does not fire on its counterexample', (id, ex) => {
    const { events, decisions } = run(ex.text);
    expect(firesOn(id, events, decisions)).toBe(false);
  });
});

describe('events decision log', () => {
  it('writes nothing without a log, and the same mentions with one', () => {
    const text = 'She kicked over the last 200m to win the 1500m, 200m from the finish.';
    const doc = segmentArticle({ source: 't.txt', sha256: '', title: null, publishedAt: null, body: text }, 'a_t');
    const quiet = extractEvents(doc, lexicon);
    expect(doc.log.decisions).toHaveLength(0);
    const { events, decisions } = run(text);
    expect(events).toEqual(quiet);
    expect(quiet.map((e) => e.text)).toEqual(['1500m']);
    expect(decisions.map((d) => [d.rule, text.slice(d.start, d.end)])).toEqual([[RULES.notSplit.id, '200m'], [RULES.notPosition.id, '200m']]);
  });

  it('carries on each mention whether it is run over barriers', () => {
    const { events } = run('the 400m hurdles, the 400m, the steeplechase and the 3,000m steeplechase');
    expect(events.map((e) => [e.name, e.barriers])).toEqual([['400m Hurdles', true], ['400m', false], ['3000m Steeplechase', true], ['3000m Steeplechase', true]]);
  });
});
