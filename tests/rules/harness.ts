/**
 * The examples test's harness: an example's text becomes a `RawArticle` the way a .txt file does (ingest), runs
 * through the stages as `src/pipeline.ts` runs them (with a decision log), and every rule that fired is collected
 * as (rule id, span, value) from every mention's `rule`, the performances' `rules` and the log's decisions.
 */
import { defaultConfig } from '../../src/config/schema.js';
import { ingestFile } from '../../src/ingest/index.js';
import { BLOCK_RULES, segmentArticle } from '../../src/segment/index.js';
import { DATELINE_LINE_RULE } from '../../src/segment/blocks.js';
import { extractEvents, loadEventLexicon } from '../../src/extract/events/index.js';
import { extractTimes } from '../../src/extract/times/index.js';
import { extractPersons, loadPersonLexicon } from '../../src/extract/persons/index.js';
import { extractCompetitions, loadCompetitionLexicon } from '../../src/extract/competitions/index.js';
import { extractQuotes, loadQuoteLexicon } from '../../src/extract/quotes/index.js';
import { linkPerformances } from '../../src/link/index.js';
import { normaliseArticle } from '../../src/normalise/index.js';
import { createDecisionLog } from '../../src/rules/log.js';
import type { Stage } from '../../src/rules/catalogue.js';
import type { Extraction, PerformanceMention, Span } from '../../src/types.js';

export interface Fired {
  rule: string;
  span: string;
  value?: string;
}

export interface Run {
  fired: Fired[];
  /** Per stage, the texts of the candidates it kept (a dropping rule's example span must be missing there). */
  kept: Map<Stage, Set<string>>;
  /** Decisions the log holds, to tell a rule that dropped a span by name. */
  rejected: Fired[];
  /** The stages whose code writes decisions to the log (every stage but persons): a drop there is read from the log alone. */
  logged: ReadonlySet<Stage>;
  /** The stages that wrote a decision for this text. */
  wrote: Set<Stage>;
}

const lexicons = {
  events: loadEventLexicon(defaultConfig.lexicons.events),
  persons: loadPersonLexicon(defaultConfig.lexicons.persons),
  competitions: loadCompetitionLexicon(defaultConfig.lexicons.competitions),
  quotes: loadQuoteLexicon(),
};

/** The stages of `src/pipeline.ts`, in its order, over one example text. */
export function runStages(text: string) {
  // an example with Markdown headings is read as a .md file, so that its headings are heading blocks; one that
  // opens with a tag as an .html file, so that the blocks its markup labels (captions, asides) are labelled
  const source = /^</.test(text) ? 'example.html' : /^#{1,6} /m.test(text) ? 'example.md' : 'example.txt';
  const raw = ingestFile(new TextEncoder().encode(text), source, defaultConfig.ingest).articles[0];
  if (!raw) throw new Error(`example text gives no article: ${text}`);
  const doc = segmentArticle(raw, 'a_example', createDecisionLog());
  const events = extractEvents(doc, lexicons.events);
  const times = extractTimes(doc);
  const persons = extractPersons(doc, lexicons.persons);
  const competitions = extractCompetitions(doc, lexicons.competitions);
  const quotes = extractQuotes(doc, persons, lexicons.quotes);
  const x: Extraction = { events, times, persons, competitions, quotes };
  const performances = linkPerformances(doc, x);
  // normalise writes its drops and merges to the log too (it changes nothing the harness reads above)
  normaliseArticle({ doc, sha256: raw.sha256, extraction: x, performances, includeText: false, withTrace: false });
  return { doc, x, performances };
}

/**
 * The value an example states, per fact type, in one place: an event's name, a time's seconds (its first
 * reading, as the facts contract writes `result.seconds`), a person's name, a competition's name, a quote's
 * speaker; for a performance, the part the rule decided (athlete, event, competition, place, records, or the time).
 */
function performanceValue(rule: string, p: PerformanceMention, x: Extraction): string | undefined {
  const kind = rule.slice(0, rule.indexOf('/'));
  if (rule.startsWith('link/athlete')) return p.person === null ? undefined : x.persons.persons[p.person]?.name;
  if (rule.startsWith('link/event')) return p.event?.name;
  if (rule.startsWith('link/competition') || kind === 'frame') return p.competition?.name;
  if (kind === 'place') return p.place === null ? undefined : String(p.place);
  if (kind === 'record') return p.records.join(',');
  return String(p.reading.seconds);
}

const parts = (rule: string) => rule.split('+');
const spanText = (text: string, s: Span) => text.slice(s.start, s.end);
// spans are read in `doc.text` (the body ingest made of the example), not in the example as written

function mentionFirings(text: string, x: Extraction): Fired[] {
  const out: Fired[] = [];
  const add = (rule: string, s: Span, value?: string) => { for (const r of parts(rule)) out.push({ rule: r, span: spanText(text, s), value }); };
  for (const e of x.events) add(e.rule, e, e.name);
  for (const t of x.times) add(t.rule, t, String(t.readings[0]!.seconds));
  for (const p of x.persons.persons) {
    for (const m of p.mentions) add(m.rule, m, p.name);
    if (p.mentions[0]) add(p.rule, p.mentions[0], p.name);
  }
  for (const r of x.persons.refs) add(r.rule, r, x.persons.persons[r.person]?.name);
  for (const c of x.competitions) add(c.rule, c, c.name);
  for (const q of x.quotes) add(q.rule, q, (q.speaker !== null ? x.persons.persons[q.speaker]?.name : null) ?? q.speakerName ?? undefined);
  return out;
}

/** The dateline rule reads a caption-like line under the headline as the race line: its blocks are `dateline`. */
const BLOCK_KINDS: readonly { id: string; kind: string }[] = [...BLOCK_RULES, { id: DATELINE_LINE_RULE.id, kind: 'dateline' }];

/** Block rules leave no id on a block: a rule fired on a block when the block has the kind the rule gives. */
function blockFirings(text: string, blocks: readonly { start: number; end: number; kind: string }[]): Fired[] {
  return blocks.flatMap((b) => BLOCK_KINDS.filter((r) => r.kind === b.kind).map((r) => ({ rule: r.id, span: spanText(text, b) })));
}

function keptSpans(text: string, x: Extraction, perfs: readonly PerformanceMention[]): Map<Stage, Set<string>> {
  const set = (spans: readonly Span[]) => new Set(spans.map((s) => spanText(text, s)));
  return new Map<Stage, Set<string>>([
    ['events', set(x.events)],
    ['times', set(x.times)],
    ['persons', set(x.persons.persons.flatMap((p) => p.mentions))],
    ['competitions', set(x.competitions)],
    ['quotes', set(x.quotes)],
    ['link', set(perfs.flatMap((p) => [p.time, ...(p.competition ? [p.competition] : []), ...(p.event ? [p.event] : [])]))],
  ]);
}

/**
 * The stages that write their decisions to the log. Read from the code, not from one example's log: a stage that
 * logs nothing for one text (no candidate dropped) must not fall back to the kept-span test there.
 */
const LOGGING: ReadonlySet<Stage> = new Set<Stage>(['segment', 'events', 'times', 'competitions', 'quotes', 'link', 'normalise']);

/** Every rule that fired on `text`, and what each stage kept. */
export function run(example: string): Run {
  const { doc, x, performances } = runStages(example);
  const text = doc.text;
  const fired = [...mentionFirings(text, x), ...blockFirings(text, doc.blocks)];
  for (const p of performances) {
    for (const rule of p.rules) for (const r of parts(rule)) fired.push({ rule: r, span: p.time.raw, value: performanceValue(r, p, x) });
    // the event a performance was given may be one link made (the event a race's name implies)
    if (p.event) for (const r of parts(p.event.rule)) fired.push({ rule: r, span: spanText(text, p.event), value: p.event.name });
  }
  const rejected: Fired[] = [];
  for (const d of doc.log.decisions) (d.verdict === 'accept' ? fired : rejected).push({ rule: d.rule, span: text.slice(d.start, d.end) });
  return { fired, kept: keptSpans(text, x, performances), rejected, logged: LOGGING, wrote: new Set(doc.log.decisions.map((d) => d.stage)) };
}
