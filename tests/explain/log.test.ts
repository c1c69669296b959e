/**
 * The decision log in the core (issue 12 item 4): with the run explaining itself, each stage's drops reach
 * ArticleResult.decisions with their rule id, stage, [start, end), covered text and reason; without it the
 * pipeline keeps no log; the facts are the same either way. No file system: articles are strings.
 */
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline.js';
import { parseConfig } from '../../src/config/schema.js';
import { ingestFile } from '../../src/ingest/index.js';
import type { ExplainedDecision } from '../../src/rules/explain.js';
import type { RawArticle } from '../../src/types.js';

const plain = createPipeline(parseConfig({}));
const explaining = createPipeline(parseConfig({ output: { explain: true } }));
const debugging = createPipeline(parseConfig({ output: { debug: true } }));

function raw(text: string): RawArticle {
  return ingestFile(new TextEncoder().encode(text), 'article.txt', parseConfig({}).ingest).articles[0]!;
}

function decisionsOf(text: string): { body: string; decisions: ExplainedDecision[] } {
  const r = raw(text);
  return { body: r.body, decisions: explaining.extract(r).decisions ?? [] };
}

const at = (body: string, needle: string, from = 0) => {
  const start = body.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" not in the body`);
  return { start, end: start + needle.length };
};

const SPLIT = 'Kiptum wins in Chicago\n\nKelvin Kiptum won the Chicago Marathon in 2:00:35 on Sunday, reaching halfway in 60:48 on the way to a world record.\n';

describe('decision log', () => {
  it('logs a split time with its rule id, span, covered text and reason; the finishing time is not dropped', () => {
    const { body, decisions } = decisionsOf(SPLIT);
    const split = at(body, '60:48');
    const d = decisions.find((x) => x.start === split.start);
    expect(d).toMatchObject({ verdict: 'reject', stage: 'times', rule: 'time/not-split', ...split, text: '60:48' });
    expect(d!.reason).toMatch(/split/);
    const finish = at(body, '2:00:35');
    expect(decisions.some((x) => x.stage === 'times' && x.start === finish.start)).toBe(false);
  });

  it('names the rule for other time drops: approximate, margin, measure', () => {
    const text = 'Fast times in Oslo\n\nJakob Ingebrigtsen won the 1500m in 3:29.63 by 0.19secs, a time under 3:30, while the long jump went to 8.41m.\n';
    const { body, decisions } = decisionsOf(text);
    const rule = (needle: string) => decisions.find((x) => x.stage === 'times' && x.start === at(body, needle).start)?.rule;
    expect(rule('0.19secs')).toBe('time/not-margin');
    expect(rule('3:30')).toBe('time/not-approximate');
    expect(rule('8.41')).toBe('time/not-measure');
    expect(rule('3:29.63')).toBeUndefined();
  });

  it('logs a time the linker leaves: no event makes it plausible', () => {
    const text = 'Club night\n\nJane Smith was pleased with 1:01:02.5 on the night, she said.\n';
    const { body, decisions } = decisionsOf(text);
    const t = at(body, '1:01:02.5');
    const d = decisions.find((x) => x.stage === 'link' && x.start === t.start);
    expect(d).toMatchObject({ rule: 'link/no-event', text: '1:01:02.5' });
    expect(d!.reason).toMatch(/read as/);
  });

  it('logs a caption block as not the article’s own text (segment)', () => {
    const text = 'Farah back on track\n\nMo Farah won the 10,000m at the London Anniversary Games in 27:05.43 on Saturday.\n\nPaula Radcliffe at the finish\n';
    const { body, decisions } = decisionsOf(text);
    const caption = at(body, 'Paula Radcliffe at the finish');
    expect(decisions).toContainEqual(expect.objectContaining({ stage: 'segment', rule: 'block/short-unpunctuated', ...caption }));
  });

  it('every decision’s text is the body between its offsets, and its stage and rule are named', () => {
    for (const text of [SPLIT, 'Club night\n\nJane Smith ran 16.6 and 2:3:4 at about 7.30pm, reaching 5km in 15:01.\n']) {
      const { body, decisions } = decisionsOf(text);
      expect(decisions.length).toBeGreaterThan(0);
      for (const d of decisions) {
        expect(body.slice(d.start, d.end)).toBe(d.text);
        expect(d.rule).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
        expect(d.reason.length).toBeGreaterThan(10);
      }
    }
  });

  it('keeps no log unless asked; output.debug asks too; the facts are the same with and without', () => {
    const r = raw(SPLIT);
    const off = plain.extract(r);
    expect(off.decisions ?? null).toBeNull();
    const on = explaining.extract(r);
    const dbg = debugging.extract(r);
    expect(on.decisions!.length).toBeGreaterThan(0);
    expect(dbg.decisions).toEqual(on.decisions);
    expect(JSON.stringify(on.facts)).toBe(JSON.stringify(off.facts));
    expect(on.trace).toEqual(dbg.trace);
  });
});
