/**
 * Merge and deduplicate: the reduce step. Per-article facts (keyed by identity keys) are folded into a
 * MergeState; two states merge into one. Every field that articles may disagree on is kept as vote counts
 * and decided only in `finalizeFacts` (most votes, then the smallest value), so the merge is associative
 * and commutative: shards merged in any order give the same bytes.
 */
import type { ArticleFacts, Discipline, FactMention, RecordCode } from '../types.js';
import type { FactsFile } from '../schema/facts.js';
import { SCHEMA_VERSION } from '../schema/facts.js';
import { stableId } from '../util/hash.js';

type Votes = Map<string, number>;

interface AthleteAcc { names: Votes; aliases: Set<string>; country: Votes; mentions: FactMention[] }
interface EventAcc { name: string; discipline: Discipline; distanceMeters: number | null; mentions: FactMention[] }
interface CompetitionAcc { name: Votes; year: number | null; location: Votes; indoor: Votes; mentions: FactMention[] }
interface PerformanceAcc {
  athlete: string | null;
  event: string | null;
  seconds: number;
  display: Votes;
  raw: Votes;
  competition: Votes;
  place: Votes;
  records: Set<RecordCode>;
  venue: Votes;
  year: Votes;
  mentions: FactMention[];
}
interface QuoteAcc { text: Votes; speaker: Votes; speakerName: Votes; outlet: Votes; mentions: FactMention[] }

export interface MergeState {
  articles: Map<string, ArticleFacts['article']>;
  athletes: Map<string, AthleteAcc>;
  events: Map<string, EventAcc>;
  competitions: Map<string, CompetitionAcc>;
  performances: Map<string, PerformanceAcc>;
  quotes: Map<string, QuoteAcc>;
}

export function createMergeState(): MergeState {
  return { articles: new Map(), athletes: new Map(), events: new Map(), competitions: new Map(), performances: new Map(), quotes: new Map() };
}

const NULL = '\u0000null';
const vote = (v: Votes, value: unknown, n = 1) => {
  const k = value === null || value === undefined ? NULL : JSON.stringify(value);
  v.set(k, (v.get(k) ?? 0) + n);
};
const addVotes = (into: Votes, from: Votes) => {
  for (const [k, n] of from) into.set(k, (into.get(k) ?? 0) + n);
};
/** Most votes wins; a tie goes to the smallest key; a non-null value beats null when `preferValue`. */
function decide<T>(v: Votes, preferValue = true): T | null {
  let best: string | null = null;
  let bestN = -1;
  for (const [k, n] of v) {
    if (preferValue && k === NULL && v.size > 1) continue;
    if (n > bestN || (n === bestN && best !== null && k < best)) {
      best = k;
      bestN = n;
    }
  }
  return best === null || best === NULL ? null : (JSON.parse(best) as T);
}

/** Appends canonical copies of `from` (the fields of facts.json, in its order) to `into`. Copying here, as each
 *  article arrives, lets the parsed originals die young and lets `finalizeFacts` hand the same objects to the
 *  writer instead of copying every mention of the run at once (a 20,000-article run holds ~600,000). */
function addMentions(into: FactMention[], from: readonly FactMention[]): void {
  for (const m of from) into.push({ article: m.article, start: m.start, end: m.end, text: m.text });
}
/** Appends `from` to `into` (no spread: a big state's list would overflow the call stack as arguments). */
function appendAll<T>(into: T[], from: readonly T[]): void {
  for (const x of from) into.push(x);
}

function getOr<K, V>(m: Map<K, V>, k: K, make: () => V): V {
  let v = m.get(k);
  if (!v) {
    v = make();
    m.set(k, v);
  }
  return v;
}

/** Folds one article's facts into the state. */
export function addArticle(state: MergeState, facts: ArticleFacts): void {
  const a = facts.article;
  const prev = state.articles.get(a.id);
  if (!prev || a.sha256 < prev.sha256) state.articles.set(a.id, a);
  for (const r of facts.athletes) {
    const acc = getOr(state.athletes, r.key, () => ({ names: new Map(), aliases: new Set<string>(), country: new Map(), mentions: [] }));
    vote(acc.names, r.name);
    for (const x of r.aliases) acc.aliases.add(x);
    if (r.country) vote(acc.country, r.country);
    addMentions(acc.mentions, r.mentions);
  }
  for (const r of facts.events) {
    const acc = getOr(state.events, r.key, () => ({ name: r.name, discipline: r.discipline, distanceMeters: r.distanceMeters, mentions: [] }));
    addMentions(acc.mentions, r.mentions);
  }
  for (const r of facts.competitions) {
    const acc = getOr(state.competitions, r.key, () => ({ name: new Map(), year: r.year, location: new Map(), indoor: new Map(), mentions: [] }));
    vote(acc.name, r.name);
    vote(acc.location, r.location);
    vote(acc.indoor, r.indoor);
    addMentions(acc.mentions, r.mentions);
  }
  for (const r of facts.performances) {
    const acc = getOr(state.performances, r.key, () => ({
      athlete: r.athlete, event: r.event, seconds: r.result.seconds, display: new Map(), raw: new Map(), competition: new Map(),
      place: new Map(), records: new Set<RecordCode>(), venue: new Map(), year: new Map(), mentions: [],
    }));
    vote(acc.display, r.result.display);
    vote(acc.raw, r.raw);
    vote(acc.competition, r.competition);
    vote(acc.place, r.place);
    for (const x of r.records) acc.records.add(x);
    vote(acc.venue, r.venue);
    vote(acc.year, r.year);
    addMentions(acc.mentions, r.mentions);
  }
  for (const r of facts.quotes) {
    const acc = getOr(state.quotes, r.key, () => ({ text: new Map(), speaker: new Map(), speakerName: new Map(), outlet: new Map(), mentions: [] }));
    vote(acc.text, r.text);
    vote(acc.speaker, r.speaker);
    vote(acc.speakerName, r.speakerName);
    vote(acc.outlet, r.outlet);
    addMentions(acc.mentions, r.mentions);
  }
}

/** Merges `b` into a new state with `a`; neither input is changed. */
export function mergeStates(a: MergeState, b: MergeState): MergeState {
  const out = createMergeState();
  for (const s of [a, b]) {
    for (const [k, v] of s.articles) {
      const prev = out.articles.get(k);
      if (!prev || v.sha256 < prev.sha256) out.articles.set(k, v);
    }
    for (const [k, v] of s.athletes) {
      const acc = getOr(out.athletes, k, () => ({ names: new Map(), aliases: new Set<string>(), country: new Map(), mentions: [] }));
      addVotes(acc.names, v.names);
      for (const x of v.aliases) acc.aliases.add(x);
      addVotes(acc.country, v.country);
      appendAll(acc.mentions, v.mentions);
    }
    for (const [k, v] of s.events) {
      const acc = getOr(out.events, k, () => ({ ...v, mentions: [] }));
      appendAll(acc.mentions, v.mentions);
    }
    for (const [k, v] of s.competitions) {
      const acc = getOr(out.competitions, k, () => ({ name: new Map(), year: v.year, location: new Map(), indoor: new Map(), mentions: [] }));
      addVotes(acc.name, v.name);
      addVotes(acc.location, v.location);
      addVotes(acc.indoor, v.indoor);
      appendAll(acc.mentions, v.mentions);
    }
    for (const [k, v] of s.performances) {
      const acc = getOr(out.performances, k, () => ({
        athlete: v.athlete, event: v.event, seconds: v.seconds, display: new Map(), raw: new Map(), competition: new Map(),
        place: new Map(), records: new Set<RecordCode>(), venue: new Map(), year: new Map(), mentions: [],
      }));
      for (const f of ['display', 'raw', 'competition', 'place', 'venue', 'year'] as const) addVotes(acc[f], v[f]);
      for (const x of v.records) acc.records.add(x);
      appendAll(acc.mentions, v.mentions);
    }
    for (const [k, v] of s.quotes) {
      const acc = getOr(out.quotes, k, () => ({ text: new Map(), speaker: new Map(), speakerName: new Map(), outlet: new Map(), mentions: [] }));
      addVotes(acc.text, v.text);
      addVotes(acc.speaker, v.speaker);
      addVotes(acc.speakerName, v.speakerName);
      addVotes(acc.outlet, v.outlet);
      appendAll(acc.mentions, v.mentions);
    }
  }
  return out;
}

const byMention = (x: FactMention, y: FactMention) =>
  x.article < y.article ? -1 : x.article > y.article ? 1 : x.start - y.start || x.end - y.end;

/** The record's mentions sorted, duplicates dropped. Sorts the state's list in place (its order means nothing)
 *  and returns the same canonical objects that addArticle made, not copies. */
function mentionsOf(list: FactMention[]): FactMention[] {
  list.sort(byMention);
  const out: FactMention[] = [];
  for (let i = 0; i < list.length; i++) if (i === 0 || byMention(list[i]!, list[i - 1]!) !== 0) out.push(list[i]!);
  return out;
}
const byId = <T extends { id: string }>(x: T, y: T) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

export const athleteId = (key: string) => stableId('ath_', key);
export const eventId = (key: string) => stableId('evt_', key);
export const competitionId = (key: string) => stableId('cmp_', key);
export const performanceId = (key: string) => stableId('prf_', key);
export const quoteId = (key: string) => stableId('q_', key);

/** The facts file of a state: records decided, ids assigned, everything sorted. */
export function finalizeFacts(state: MergeState): FactsFile {
  const athletes = [...state.athletes].map(([key, a]) => {
    const name = decide<string>(a.names) ?? key;
    return {
      id: athleteId(key),
      name,
      aliases: [...a.aliases].filter((x) => x !== name).sort(),
      country: decide<string>(a.country),
      mentions: mentionsOf(a.mentions),
    };
  });
  const events = [...state.events].map(([key, e]) => ({
    id: eventId(key), name: e.name, discipline: e.discipline, distanceMeters: e.distanceMeters, mentions: mentionsOf(e.mentions),
  }));
  const competitions = [...state.competitions].map(([key, c]) => ({
    id: competitionId(key), name: decide<string>(c.name) ?? key, year: c.year, location: decide<string>(c.location), indoor: decide<boolean>(c.indoor), mentions: mentionsOf(c.mentions),
  }));
  const performances = [...state.performances].map(([key, p]) => {
    const competition = decide<string>(p.competition);
    return {
      id: performanceId(key),
      athlete: p.athlete && state.athletes.has(p.athlete) ? athleteId(p.athlete) : null,
      event: p.event && state.events.has(p.event) ? eventId(p.event) : null,
      competition: competition && state.competitions.has(competition) ? competitionId(competition) : null,
      result: { kind: 'time' as const, seconds: p.seconds, display: decide<string>(p.display) ?? String(p.seconds) },
      raw: decide<string>(p.raw) ?? String(p.seconds),
      place: decide<number>(p.place),
      records: [...p.records].sort(),
      venue: decide<'indoor' | 'outdoor'>(p.venue),
      year: decide<number>(p.year),
      mentions: mentionsOf(p.mentions),
    };
  });
  const quotes = [...state.quotes].map(([key, q]) => {
    const speaker = decide<string>(q.speaker);
    return {
      id: quoteId(key),
      text: decide<string>(q.text) ?? '',
      speaker: speaker && state.athletes.has(speaker) ? athleteId(speaker) : null,
      speakerName: decide<string>(q.speakerName),
      outlet: decide<string>(q.outlet),
      mentions: mentionsOf(q.mentions),
    };
  });
  const articles = [...state.articles.values()].map((a) => {
    const { text, ...rest } = a;
    return text === undefined ? rest : { ...rest, text };
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: articles.sort(byId),
    athletes: athletes.sort(byId),
    events: events.sort(byId),
    competitions: competitions.sort(byId),
    performances: performances.sort(byId),
    quotes: quotes.sort(byId),
  };
}
