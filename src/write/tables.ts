/**
 * Facts as flat tables, shared by the CSV and Parquet writers: one table per kind plus `mentions`, columns
 * in snake_case with one type each, ids beside the readable values they point to (a performance carries
 * its athlete's, event's and competition's names), lists kept as lists (the CSV writer joins them with
 * `;`). Pure: facts (and optional debug traces) in, column arrays out.
 */
import type { Article, FactsFile, Mention } from '../schema/facts.js';
import { FACT_KINDS } from '../schema/facts.js';
import { stableId } from '../util/hash.js';

export const TABLE_NAMES = [...FACT_KINDS, 'mentions'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** `strings`: a list of strings (Parquet LIST, CSV joined with `;`). */
export type ColumnType = 'string' | 'double' | 'int' | 'bool' | 'strings';
export type Cell = string | number | boolean | null | readonly string[];

export interface Column {
  name: string;
  type: ColumnType;
  /** Whether the column may hold nulls (lists are never null, they may be empty). */
  nullable: boolean;
  values: Cell[];
}

export interface Table {
  name: TableName;
  rows: number;
  columns: Column[];
}

/** Rule ids per (fact id, article id), from debug traces; empty without `output.debug`. */
export type MentionRules = ReadonlyMap<string, string>;
const ruleKey = (factId: string, articleId: string) => `${factId}\u0000${articleId}`;

type Spec<R> = readonly [name: string, type: ColumnType, get: (r: R) => Cell, nullable?: boolean];

function buildTable<R>(name: TableName, records: readonly R[], specs: readonly Spec<R>[]): Table {
  const columns = specs.map(([col, type, get, nullable]) => ({ name: col, type, nullable: nullable ?? type !== 'strings', values: records.map(get) }));
  return { name, rows: records.length, columns };
}

/** Sources of the articles a record was seen in, in order of first mention, without repeats. */
function sourcesOf(mentions: readonly Mention[], articles: ReadonlyMap<string, Article>): string[] {
  const out = new Set<string>();
  for (const m of mentions) out.add(articles.get(m.article)?.source ?? m.article);
  return [...out];
}

const TRACE_PREFIX: Record<string, string> = { athlete: 'ath_', event: 'evt_', competition: 'cmp_', performance: 'prf_', quote: 'q_' };

/**
 * The rule ids behind each fact in each article, from the debug traces (source → `kind:identity key` →
 * rule ids): a fact's id is its prefix + the hash of its identity key, as the merge derives it.
 */
export function mentionRulesFromTraces(facts: FactsFile, traces: ReadonlyMap<string, Record<string, readonly string[]>>): MentionRules {
  const rules = new Map<string, string>();
  if (!traces.size) return rules;
  const articleIdOf = new Map(facts.articles.map((a) => [a.source, a.id]));
  for (const [source, trace] of traces) {
    const articleId = articleIdOf.get(source);
    if (!articleId) continue;
    for (const [tag, ids] of Object.entries(trace)) {
      const colon = tag.indexOf(':');
      const prefix = TRACE_PREFIX[tag.slice(0, colon)];
      if (!prefix || !ids.length) continue;
      rules.set(ruleKey(stableId(prefix, tag.slice(colon + 1)), articleId), [...new Set(ids)].join(';'));
    }
  }
  return rules;
}

/** Every table of the facts, in TABLE_NAMES order. */
export function factsTables(facts: FactsFile, rules: MentionRules = new Map()): Table[] {
  const articles = new Map(facts.articles.map((a) => [a.id, a]));
  const athletes = new Map(facts.athletes.map((a) => [a.id, a]));
  const events = new Map(facts.events.map((e) => [e.id, e]));
  const competitions = new Map(facts.competitions.map((c) => [c.id, c]));
  const withText = facts.articles.some((a) => a.text !== undefined);
  const nameOf = <T extends { name: string }>(map: ReadonlyMap<string, T>, id: string | null) => (id === null ? null : (map.get(id)?.name ?? null));

  const mentionRows: { id: string; kind: string; m: Mention }[] = [];
  const addMentions = (kind: string, records: readonly { id: string; mentions: readonly Mention[] }[]) => {
    for (const r of records) for (const m of r.mentions) mentionRows.push({ id: r.id, kind, m });
  };
  addMentions('athlete', facts.athletes);
  addMentions('event', facts.events);
  addMentions('competition', facts.competitions);
  addMentions('performance', facts.performances);
  addMentions('quote', facts.quotes);

  return [
    buildTable('articles', facts.articles, [
      ['id', 'string', (a) => a.id, false],
      ['source', 'string', (a) => a.source, false],
      ['sha256', 'string', (a) => a.sha256, false],
      ['title', 'string', (a) => a.title],
      ['published_at', 'string', (a) => a.publishedAt],
      ['word_count', 'int', (a) => a.wordCount, false],
      ...(withText ? [['text', 'string', (a: Article) => a.text ?? null] as const] : []),
    ]),
    buildTable('athletes', facts.athletes, [
      ['id', 'string', (a) => a.id, false],
      ['name', 'string', (a) => a.name, false],
      ['aliases', 'strings', (a) => a.aliases],
      ['country', 'string', (a) => a.country],
      ['mention_count', 'int', (a) => a.mentions.length, false],
      ['sources', 'strings', (a) => sourcesOf(a.mentions, articles)],
    ]),
    buildTable('events', facts.events, [
      ['id', 'string', (e) => e.id, false],
      ['name', 'string', (e) => e.name, false],
      ['discipline', 'string', (e) => e.discipline, false],
      ['distance_meters', 'double', (e) => e.distanceMeters],
      ['mention_count', 'int', (e) => e.mentions.length, false],
    ]),
    buildTable('competitions', facts.competitions, [
      ['id', 'string', (c) => c.id, false],
      ['name', 'string', (c) => c.name, false],
      ['year', 'int', (c) => c.year],
      ['location', 'string', (c) => c.location],
      ['indoor', 'bool', (c) => c.indoor],
      ['mention_count', 'int', (c) => c.mentions.length, false],
    ]),
    buildTable('performances', facts.performances, [
      ['id', 'string', (p) => p.id, false],
      ['athlete_id', 'string', (p) => p.athlete],
      ['athlete_name', 'string', (p) => nameOf(athletes, p.athlete)],
      ['event_id', 'string', (p) => p.event],
      ['event_name', 'string', (p) => nameOf(events, p.event)],
      ['competition_id', 'string', (p) => p.competition],
      ['competition_name', 'string', (p) => nameOf(competitions, p.competition)],
      ['competition_year', 'int', (p) => (p.competition === null ? null : (competitions.get(p.competition)?.year ?? null))],
      ['seconds', 'double', (p) => p.result.seconds, false],
      ['display', 'string', (p) => p.result.display, false],
      ['raw', 'string', (p) => p.raw, false],
      ['place', 'int', (p) => p.place],
      ['records', 'strings', (p) => p.records],
      ['venue', 'string', (p) => p.venue],
      ['year', 'int', (p) => p.year],
      ['sources', 'strings', (p) => sourcesOf(p.mentions, articles)],
    ]),
    buildTable('quotes', facts.quotes, [
      ['id', 'string', (q) => q.id, false],
      ['text', 'string', (q) => q.text, false],
      ['speaker_id', 'string', (q) => q.speaker],
      ['speaker_name', 'string', (q) => q.speakerName],
      ['outlet', 'string', (q) => q.outlet],
      ['sources', 'strings', (q) => sourcesOf(q.mentions, articles)],
    ]),
    buildTable('mentions', mentionRows, [
      ['fact_id', 'string', (r) => r.id, false],
      ['kind', 'string', (r) => r.kind, false],
      ['article_id', 'string', (r) => r.m.article, false],
      ['start', 'int', (r) => r.m.start, false],
      ['end', 'int', (r) => r.m.end, false],
      ['text', 'string', (r) => r.m.text, false],
      ['rule', 'string', (r) => rules.get(ruleKey(r.id, r.m.article)) ?? null],
    ]),
  ];
}
