/**
 * The report's data, built from a run's facts (with article texts), its run report and the rules behind
 * each fact: one index (articles, facts, problems: what the list, filters and tables need, embedded in
 * index.html) and chunks of article texts with their mentions and links (loaded when an article is opened).
 * Pure: no file system, no clock.
 */
import type { FactsFile } from '../schema/facts.js';
import type { RunReport } from '../runner/report.js';
import type { MarkRow } from './client/render.js';
import { paragraphRanges } from './client/spans.js';
import { KIND_INDEX, MARK_KINDS } from './kinds.js';
import type { DropLookup, DropRow, RuleLookup } from './rules.js';

/** [id, source, title, publishedAt, wordCount, problems, facts per mark kind, chunk]. */
export type ArticleRow = [string, string, string | null, string | null, number, number, number[], number];
/** [fromMark, toMark or -1 when the fact has no mention in the article, role (mark kind), 1 when in the same paragraph]. */
export type LinkRow = [number, number, number, 0 | 1];
/** [article index, text, mentions sorted by start, links, rules by "kind:fact", dropped candidates (when the run kept its decision log)]. */
export type ChunkRow = [number, string, MarkRow[], LinkRow[], Record<string, readonly string[]>, (readonly DropRow[])?];
/** [source, stage, rule, severity, reason, article index or -1]. */
export type ProblemRow = [string, string, string, string, string, number];

export interface ReportIndex {
  v: 1;
  tool: { version: string; pipelineVersion: string } | null;
  kinds: typeof MARK_KINDS;
  articles: ArticleRow[];
  /** Per mark kind, rows whose last cell is the indices of the articles that mention the fact. */
  facts: {
    athletes: [string, string, string | null, string, number[]][];
    events: [string, string, string, number[]][];
    competitions: [string, string, number | null, string | null, boolean | null, number[]][];
    performances: [string, number, number, number, string, string, number | null, string, string | null, number | null, number[]][];
    quotes: [string, string, number, string | null, string | null, number[]][];
  };
  problems: ProblemRow[];
  chunks: number;
  /** Whether the chunks carry the dropped candidates (the run wrote explain.jsonl). */
  drops: boolean;
}

export interface ReportData {
  index: ReportIndex;
  chunks: ChunkRow[][];
}

export interface ReportInput {
  facts: FactsFile;
  run?: RunReport | null;
  rules?: RuleLookup | null;
  /** The candidates the stages dropped, per article; null when the run kept no decision log. */
  drops?: DropLookup | null;
}

export const CHUNK_ARTICLES = 100;

/** Unique article indices of a fact's mentions, in order. */
function articlesOf(mentions: readonly { article: string }[], artIndex: ReadonlyMap<string, number>): number[] {
  const out = new Set<number>();
  for (const m of mentions) {
    const i = artIndex.get(m.article);
    if (i !== undefined) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * The links drawn for each time: to a mention of its athlete, event and competition, the nearest one in the
 * time's paragraph when there is one (drawn over the text), else the nearest in the article (listed in a table).
 */
export function linkPerformances(text: string, marks: readonly MarkRow[], facts: FactsFile, ids: { athletes: Map<string, number>; events: Map<string, number>; competitions: Map<string, number> }): LinkRow[] {
  const paras = paragraphRanges(text);
  const paraOf = (at: number) => {
    let lo = 0;
    let hi = paras.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (paras[mid]!.start <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const links: LinkRow[] = [];
  const perfKind = KIND_INDEX.performances!;
  for (let i = 0; i < marks.length; i++) {
    const [k, f, start] = marks[i]!;
    if (k !== perfKind) continue;
    const p = facts.performances[f]!;
    const targets: [number, number | undefined][] = [
      [KIND_INDEX.athletes!, p.athlete === null ? undefined : ids.athletes.get(p.athlete)],
      [KIND_INDEX.events!, p.event === null ? undefined : ids.events.get(p.event)],
      [KIND_INDEX.competitions!, p.competition === null ? undefined : ids.competitions.get(p.competition)],
    ];
    const para = paraOf(start);
    for (const [role, fact] of targets) {
      if (fact === undefined) continue;
      let best = -1;
      let bestNear = false;
      let bestDist = Infinity;
      for (let j = 0; j < marks.length; j++) {
        if (marks[j]![0] !== role || marks[j]![1] !== fact) continue;
        const near = paraOf(marks[j]![2]) === para;
        const dist = Math.abs(marks[j]![2] - start);
        if ((near && !bestNear) || (near === bestNear && dist < bestDist)) {
          best = j;
          bestNear = near;
          bestDist = dist;
        }
      }
      links.push([i, best, role, bestNear ? 1 : 0]);
    }
  }
  return links;
}

export function buildReportData({ facts, run = null, rules = null, drops = null }: ReportInput): ReportData {
  const artIndex = new Map(facts.articles.map((a, i) => [a.id, i]));
  const ids = {
    athletes: new Map(facts.athletes.map((r, i) => [r.id, i])),
    events: new Map(facts.events.map((r, i) => [r.id, i])),
    competitions: new Map(facts.competitions.map((r, i) => [r.id, i])),
  };
  const kindLists = MARK_KINDS.map((k) => facts[k.key as 'athletes'] as readonly { id: string; mentions: FactsFile['athletes'][number]['mentions'] }[]);

  // mentions per article, and distinct facts per kind per article
  const marks: MarkRow[][] = facts.articles.map(() => []);
  const counts: number[][] = facts.articles.map(() => MARK_KINDS.map(() => 0));
  kindLists.forEach((list, k) =>
    list.forEach((rec, f) => {
      const seen = new Set<number>();
      for (const m of rec.mentions) {
        const a = artIndex.get(m.article);
        if (a === undefined) continue;
        marks[a]!.push([k, f, m.start, m.end]);
        if (!seen.has(a)) counts[a]![k]!++;
        seen.add(a);
      }
    }),
  );

  const problems: ProblemRow[] = [];
  const problemsPer = new Map<number, number>();
  const bySource = new Map(facts.articles.map((a, i) => [a.source, i]));
  for (const p of run?.problems ?? []) {
    const a = bySource.get(p.source) ?? -1;
    problems.push([p.source, p.stage, p.rule, p.severity, p.reason, a]);
    if (a >= 0) problemsPer.set(a, (problemsPer.get(a) ?? 0) + 1);
  }

  const chunks: ChunkRow[][] = [];
  const articles: ArticleRow[] = facts.articles.map((a, i) => {
    const chunk = Math.floor(i / CHUNK_ARTICLES);
    const text = a.text ?? '';
    const ms = marks[i]!.sort((x, y) => x[2] - y[2] || y[3] - x[3] || x[0] - y[0]);
    const ruleMap: Record<string, readonly string[]> = {};
    if (rules)
      for (const [k, f] of ms) {
        const r = rules(a.source, kindLists[k]![f]!.id);
        if (r) ruleMap[`${k}:${f}`] = r;
      }
    (chunks[chunk] ??= []).push(drops ? [i, text, ms, linkPerformances(text, ms, facts, ids), ruleMap, drops(a.source)] : [i, text, ms, linkPerformances(text, ms, facts, ids), ruleMap]);
    return [a.id, a.source, a.title, a.publishedAt, a.wordCount, problemsPer.get(i) ?? 0, counts[i]!, chunk];
  });

  const idx = (m: Map<string, number>, id: string | null) => (id === null ? -1 : (m.get(id) ?? -1));
  const index: ReportIndex = {
    v: 1,
    tool: run ? { version: run.tool.version, pipelineVersion: run.tool.pipelineVersion } : null,
    kinds: MARK_KINDS,
    articles,
    facts: {
      athletes: facts.athletes.map((r) => [r.id, r.name, r.country, r.aliases.join('; '), articlesOf(r.mentions, artIndex)]),
      events: facts.events.map((r) => [r.id, r.name, r.discipline, articlesOf(r.mentions, artIndex)]),
      competitions: facts.competitions.map((r) => [r.id, r.name, r.year, r.location, r.indoor, articlesOf(r.mentions, artIndex)]),
      performances: facts.performances.map((r) => [
        r.id, idx(ids.athletes, r.athlete), idx(ids.events, r.event), idx(ids.competitions, r.competition),
        r.result.display, r.raw, r.place, r.records.join(' '), r.venue, r.year, articlesOf(r.mentions, artIndex),
      ]),
      quotes: facts.quotes.map((r) => [r.id, r.text, idx(ids.athletes, r.speaker), r.speakerName, r.outlet, articlesOf(r.mentions, artIndex)]),
    },
    problems,
    chunks: chunks.length,
    drops: !!drops,
  };
  return { index, chunks };
}
