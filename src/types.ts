/**
 * Shared types of the pure core. Every offset is a `[start, end)` UTF-16 offset into the
 * article's body text (`Doc.text`), the text the pipeline read after ingest.
 *
 * Stage order (see `src/pipeline.ts`):
 *   ingest → segment → extract (events, times, persons, competitions, quotes) → link → normalise → merge → write
 */
import type { DecisionLog } from './rules/log.js';
import type { ExplainedDecision } from './rules/explain.js';

/** A half-open `[start, end)` span of UTF-16 code units in `Doc.text`. */
export interface Span {
  start: number;
  end: number;
}

/** Something a stage noticed: problems are data, never exceptions (style guide). */
export interface Problem {
  /** Article source path (relative, "/" separators); for file-level problems the file path. */
  source: string;
  stage: 'io' | 'ingest' | 'segment' | 'extract' | 'link' | 'normalise' | 'merge' | 'write' | 'runner';
  /** Stable rule / error id, e.g. `ingest/binary`, `ingest/empty`, `runner/timeout`. */
  rule: string;
  severity: 'fatal' | 'warning' | 'info';
  reason: string;
  start?: number;
  end?: number;
}

// ---------------------------------------------------------------- ingest

/** Block kinds that an ingester may already know (HTML headings, captions, …). */
export type BlockKind = 'headline' | 'dateline' | 'paragraph' | 'heading' | 'caption' | 'related' | 'list' | 'noise';

export interface BlockHint extends Span {
  kind: BlockKind;
}

/** One article as read from a file (a `.json`/`.jsonl` file may hold many). */
export interface RawArticle {
  /** Relative path with "/" separators; `path#index` or `path#id` for JSON exports. */
  source: string;
  /** sha256 hex of the raw file bytes (for JSON exports: of the file). */
  sha256: string;
  title: string | null;
  /** ISO date (YYYY-MM-DD) when the file states it. */
  publishedAt: string | null;
  byline?: string | null;
  /** The body text that every mention's offsets point into. Headline included when it is the file's first line. */
  body: string;
  /** Optional structure the format already knew (offsets into `body`); segment fills the rest. */
  blocks?: BlockHint[];
}

export interface IngestResult {
  articles: RawArticle[];
  problems: Problem[];
}

// ---------------------------------------------------------------- segment

export interface Block extends Span {
  kind: BlockKind;
  /** Index of this block in `Doc.blocks`. */
  index: number;
}

export interface Sentence extends Span {
  /** Index of the block the sentence belongs to. */
  block: number;
}

export interface Doc {
  articleId: string;
  source: string;
  text: string;
  title: string | null;
  publishedAt: string | null;
  /** Year of `publishedAt`, used to resolve "last year", "this summer". */
  year: number | null;
  blocks: Block[];
  sentences: Sentence[];
  /** The decision log (src/rules/log.ts); `NO_LOG` unless the run explains itself. */
  log: DecisionLog;
}

// ---------------------------------------------------------------- extract

/** Every candidate names the rule that produced it (kept in the debug output, not in facts.json). */
export interface RuleRef {
  rule: string;
}

export type Discipline = 'track' | 'road' | 'field' | 'combined' | 'cross-country' | 'walk' | 'relay';

export interface EventMention extends Span, RuleRef {
  text: string;
  /** Canonical contract name: "1500m", "2 Miles", "60m Hurdles", "Half Marathon" … */
  name: string;
  discipline: Discipline;
  distanceMeters: number | null;
  /** True when the event is only implied ("the mile record holder"). */
  implied?: boolean;
  /** Run over barriers (hurdles, steeplechase): slower than the flat distance (set by the events stage). */
  barriers?: boolean;
}

/** One way to read a written time: the linker keeps the reading that is plausible for the event. */
export interface TimeReading {
  seconds: number;
  /** Usual athletics notation: "9.58", "1:45.94", "2:03:23". */
  display: string;
  /** `h:mm:ss`, `m:ss.cc`, `ss.cc`, `words` … */
  notation: string;
}

export interface TimeMention extends Span, RuleRef {
  /** As written, e.g. "3:29:38", "8 minutes and 0.67 seconds". */
  raw: string;
  /** Most likely first. Never empty. */
  readings: TimeReading[];
  /** True when the notation alone does not make it a time (a bare "16.6"): keep it only where the
   *  context links it to a race ("clocking 16.6", an event it is plausible for). */
  weak?: boolean;
}

export type PersonRole = 'athlete' | 'coach' | 'official' | 'journalist' | 'other';

export interface PersonMention extends Span, RuleRef {
  text: string;
}

export interface Person {
  /** Canonical full name ("Josh Kerr"); a surname alone only when the article never gives more. */
  name: string;
  /** Whether `name` is a full name (two or more words). */
  full: boolean;
  role: PersonRole;
  aliases: string[];
  /** IOC code when the text states the nationality. */
  country: string | null;
  mentions: PersonMention[];
  rule: string;
}

/** A pronoun or descriptor ("he", "the Norwegian", "the 26-year-old") resolved to a person. */
export interface PersonRef extends Span, RuleRef {
  text: string;
  /** Index into `PersonsResult.persons`. */
  person: number;
}

export interface PersonsResult {
  persons: Person[];
  refs: PersonRef[];
}

export interface CompetitionMention extends Span, RuleRef {
  text: string;
  /** Canonical series name without the year: "World Athletics Championships", "Millrose Games". */
  name: string;
  year: number | null;
  location: string | null;
  indoor: boolean | null;
  /** The race's own event when the gazetteer knows it and the name does not say it (the Great North Run is a half marathon). */
  event: RaceEvent | null;
}

/** An event as the gazetteer states it for a race. */
export interface RaceEvent {
  name: string;
  discipline: Discipline;
  distanceMeters: number | null;
}

export interface QuoteMention extends Span, RuleRef {
  /** Text without the outer marks; parts continued across paragraphs joined by one space. */
  text: string;
  /** Index into `PersonsResult.persons`, or null. */
  speaker: number | null;
  /** The speaker's name when the speaker is not one of the persons (or not an athlete). */
  speakerName: string | null;
  outlet: string | null;
  /** The spans of the quoted words (several for a quote continued across paragraphs). */
  parts: Span[];
}

export type RecordCode = 'WR' | 'AR' | 'ER' | 'NR' | 'CR' | 'MR' | 'PB' | 'SB' | 'WL';

export interface PerformanceMention extends Span, RuleRef {
  time: TimeMention;
  reading: TimeReading;
  person: number | null;
  event: EventMention | null;
  competition: CompetitionMention | null;
  place: number | null;
  records: RecordCode[];
  venue: 'indoor' | 'outdoor' | null;
  year: number | null;
  /** Every rule that took part in linking this performance. */
  rules: string[];
}

export interface Extraction {
  events: EventMention[];
  times: TimeMention[];
  persons: PersonsResult;
  competitions: CompetitionMention[];
  quotes: QuoteMention[];
}

// ---------------------------------------------------------------- per-article facts (map step output)

/** A mention as written to facts.json. */
export interface FactMention extends Span {
  article: string;
  text: string;
}

/**
 * The facts of one article, keyed by identity keys (not ids): the output of the map step, the unit
 * that is cached and sent between workers, and the input of the associative merge. Plain JSON.
 */
export interface ArticleFacts {
  article: {
    id: string;
    source: string;
    sha256: string;
    title: string | null;
    publishedAt: string | null;
    wordCount: number;
    text?: string;
  };
  athletes: { key: string; name: string; aliases: string[]; country: string | null; mentions: FactMention[] }[];
  events: { key: string; name: string; discipline: Discipline; distanceMeters: number | null; mentions: FactMention[] }[];
  competitions: { key: string; name: string; year: number | null; location: string | null; indoor: boolean | null; mentions: FactMention[] }[];
  performances: {
    key: string;
    athlete: string | null; // athlete key
    event: string | null; // event key
    competition: string | null; // competition key
    result: { kind: 'time'; seconds: number; display: string };
    raw: string;
    place: number | null;
    records: RecordCode[];
    venue: 'indoor' | 'outdoor' | null;
    year: number | null;
    mentions: FactMention[];
  }[];
  quotes: { key: string; text: string; speaker: string | null; speakerName: string | null; outlet: string | null; mentions: FactMention[] }[];
}

/** What the map step returns for one article. */
export interface ArticleResult {
  facts: ArticleFacts;
  problems: Problem[];
  /** Milliseconds per stage, for the run report. */
  timings: Record<string, number>;
  /** Rule ids that produced each fact (debug output, never facts.json): fact key → rule ids. */
  trace: Record<string, string[]>;
  /** The article's decision log (explain.jsonl): null unless the run explains itself (output.explain, output.debug). */
  decisions?: ExplainedDecision[] | null;
}
