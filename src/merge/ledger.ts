/**
 * The ledger: the merge state in a form that can be subtracted, merged and stored. Where the MergeState of
 * `./index.ts` keeps sets (aliases, records) and a first-seen article, the ledger counts everything: each
 * record knows how many articles gave it (`n`), every vote and every alias is a count, and each article id
 * holds the versions seen with their counts. So an article's facts can be added (+1) or taken away (-1) in
 * any order, two ledgers add up, and `ledgerToMergeState` gives the MergeState that one run over the same
 * articles would have built: `finalizeFacts` of it gives the same bytes.
 *
 * A record may be held as its stored text (a line body of the state file, see state-file.ts) until it is
 * needed: a re-run parses only the records its changed articles touch. Pure: no I/O.
 */
import type { ArticleFacts, Discipline, FactMention, RecordCode } from '../types.js';
import type { MergeState } from './index.js';
import { createMergeState } from './index.js';

export type Counts = Map<string, number>;
type Article = ArticleFacts['article'];

export interface AthleteRec { n: number; names: Counts; aliases: Counts; country: Counts; mentions: FactMention[] }
export interface EventRec { n: number; name: string; discipline: Discipline; distanceMeters: number | null; mentions: FactMention[] }
export interface CompetitionRec { n: number; name: Counts; year: number | null; location: Counts; indoor: Counts; mentions: FactMention[] }
export interface PerformanceRec {
  n: number;
  athlete: string | null;
  event: string | null;
  seconds: number;
  display: Counts;
  raw: Counts;
  competition: Counts;
  place: Counts;
  records: Counts;
  venue: Counts;
  year: Counts;
  mentions: FactMention[];
}
export interface QuoteRec { n: number; text: Counts; speaker: Counts; speakerName: Counts; outlet: Counts; mentions: FactMention[] }
/** The versions of one article id seen (normally one), each with how many times it was added. */
export interface ArticleRec { n: number; versions: { article: Article; n: number }[] }

export interface RecordTypes {
  articles: ArticleRec;
  athletes: AthleteRec;
  events: EventRec;
  competitions: CompetitionRec;
  performances: PerformanceRec;
  quotes: QuoteRec;
}
export type LedgerKind = keyof RecordTypes;
export const LEDGER_KINDS: readonly LedgerKind[] = ['articles', 'athletes', 'events', 'competitions', 'performances', 'quotes'];

/** A record, or its stored text not yet parsed. */
export type Slot<T> = T | string;
export type Ledger = { [K in LedgerKind]: Map<string, Slot<RecordTypes[K]>> };

export function createLedger(): Ledger {
  return { articles: new Map(), athletes: new Map(), events: new Map(), competitions: new Map(), performances: new Map(), quotes: new Map() };
}

/** Records added, changed or removed since `touched` was made: kind → keys. */
export type Touched = { [K in LedgerKind]: Set<string> };
export const createTouched = (): Touched => ({ articles: new Set(), athletes: new Set(), events: new Set(), competitions: new Set(), performances: new Set(), quotes: new Set() });

// ---------------------------------------------------------------- text form of a record

const NULL = '\u0000null';
const voteKey = (value: unknown) => (value === null || value === undefined ? NULL : JSON.stringify(value));
const countsToJson = (c: Counts) => [...c].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const countsFromJson = (x: [string, number][]) => new Map(x);
const mentionsToJson = (ms: FactMention[]) => ms.map((m) => [m.article, m.start, m.end, m.text]);
const mentionsFromJson = (x: [string, number, number, string][]) => x.map(([article, start, end, text]) => ({ article, start, end, text }));

/** The stored text of a record (JSON; counts as sorted [key, n] pairs, mentions as [article, start, end, text]). */
export function recordToText<K extends LedgerKind>(kind: K, rec: RecordTypes[K]): string {
  const out: Record<string, unknown> = {};
  for (const [f, v] of Object.entries(rec)) {
    if (v instanceof Map) out[f] = countsToJson(v);
    else if (f === 'mentions') out[f] = mentionsToJson(v as FactMention[]);
    else out[f] = v;
  }
  void kind;
  return JSON.stringify(out);
}

export function recordFromText<K extends LedgerKind>(kind: K, text: string): RecordTypes[K] {
  const o = JSON.parse(text) as Record<string, unknown>;
  if (kind === 'articles') return o as unknown as RecordTypes[K];
  for (const [f, v] of Object.entries(o)) {
    if (f === 'mentions') o[f] = mentionsFromJson(v as [string, number, number, string][]);
    else if (Array.isArray(v)) o[f] = countsFromJson(v as [string, number][]);
  }
  return o as unknown as RecordTypes[K];
}

/** The record under `key`, parsed (and kept parsed) when it was stored text; undefined when absent. */
export function getRecord<K extends LedgerKind>(l: Ledger, kind: K, key: string): RecordTypes[K] | undefined {
  const map = l[kind] as Map<string, Slot<RecordTypes[K]>>;
  const v = map.get(key);
  if (typeof v !== 'string') return v;
  const rec = recordFromText(kind, v);
  map.set(key, rec);
  return rec;
}

// ---------------------------------------------------------------- add and subtract one article

const count = (c: Counts, k: string, n: number) => {
  const x = (c.get(k) ?? 0) + n;
  if (x === 0) c.delete(k);
  else c.set(k, x);
};
const addCounts = (into: Counts, from: Counts, sign = 1) => {
  for (const [k, n] of from) count(into, k, sign * n);
};

function addMentions(into: FactMention[], from: readonly FactMention[]): void {
  for (const m of from) into.push({ article: m.article, start: m.start, end: m.end, text: m.text });
}
/** Takes away one copy of each of `from` (all from one article). */
function removeMentions(list: FactMention[], from: readonly FactMention[]): void {
  const gone = new Map<string, number>();
  for (const m of from) count(gone, `${m.article}\u0000${m.start}\u0000${m.end}`, 1);
  let w = 0;
  for (let r = 0; r < list.length; r++) {
    const m = list[r]!;
    const k = `${m.article}\u0000${m.start}\u0000${m.end}`;
    if (gone.has(k)) {
      count(gone, k, -1);
      continue;
    }
    list[w++] = m;
  }
  list.length = w;
}

type Sign = 1 | -1;

/** The record to change: parsed, or made when adding; undefined when subtracting what is not there (the ledger
 *  does not hold that article: the caller's bookkeeping is wrong, and the record is left alone). */
function slot<K extends LedgerKind>(l: Ledger, kind: K, key: string, sign: Sign, make: () => RecordTypes[K], touched?: Touched): RecordTypes[K] | undefined {
  let rec = getRecord(l, kind, key);
  if (!rec) {
    if (sign < 0) return undefined;
    rec = make();
    (l[kind] as Map<string, Slot<RecordTypes[K]>>).set(key, rec);
  }
  touched?.[kind].add(key);
  rec.n += sign;
  if (rec.n <= 0) l[kind].delete(key);
  return rec;
}

function addOrRemove(ms: FactMention[], from: readonly FactMention[], sign: Sign) {
  if (sign > 0) addMentions(ms, from);
  else removeMentions(ms, from);
}

/** Adds (sign 1) or takes away (sign -1) one article's facts, as `addArticle` of ./index.ts adds them. */
export function applyArticle(l: Ledger, facts: ArticleFacts, sign: Sign = 1, touched?: Touched): void {
  const a = facts.article;
  const art = slot(l, 'articles', a.id, sign, () => ({ n: 0, versions: [] }), touched);
  if (art) {
    const text = JSON.stringify(a);
    const i = art.versions.findIndex((v) => v.article.sha256 === a.sha256 && JSON.stringify(v.article) === text);
    if (i >= 0) art.versions[i]!.n += sign;
    else if (sign > 0) art.versions.push({ article: a, n: 1 });
    art.versions = art.versions.filter((v) => v.n > 0);
  }
  for (const r of facts.athletes) {
    const acc = slot(l, 'athletes', r.key, sign, () => ({ n: 0, names: new Map(), aliases: new Map(), country: new Map(), mentions: [] }), touched);
    if (!acc) continue;
    count(acc.names, voteKey(r.name), sign);
    for (const x of r.aliases) count(acc.aliases, x, sign);
    if (r.country) count(acc.country, voteKey(r.country), sign);
    addOrRemove(acc.mentions, r.mentions, sign);
  }
  for (const r of facts.events) {
    const acc = slot(l, 'events', r.key, sign, () => ({ n: 0, name: r.name, discipline: r.discipline, distanceMeters: r.distanceMeters, mentions: [] }), touched);
    if (acc) addOrRemove(acc.mentions, r.mentions, sign);
  }
  for (const r of facts.competitions) {
    const acc = slot(l, 'competitions', r.key, sign, () => ({ n: 0, name: new Map(), year: r.year, location: new Map(), indoor: new Map(), mentions: [] }), touched);
    if (!acc) continue;
    count(acc.name, voteKey(r.name), sign);
    count(acc.location, voteKey(r.location), sign);
    count(acc.indoor, voteKey(r.indoor), sign);
    addOrRemove(acc.mentions, r.mentions, sign);
  }
  for (const r of facts.performances) {
    const acc = slot(l, 'performances', r.key, sign, () => ({
      n: 0, athlete: r.athlete, event: r.event, seconds: r.result.seconds, display: new Map(), raw: new Map(), competition: new Map(),
      place: new Map(), records: new Map(), venue: new Map(), year: new Map(), mentions: [],
    }), touched);
    if (!acc) continue;
    count(acc.display, voteKey(r.result.display), sign);
    count(acc.raw, voteKey(r.raw), sign);
    count(acc.competition, voteKey(r.competition), sign);
    count(acc.place, voteKey(r.place), sign);
    for (const x of r.records) count(acc.records, x, sign);
    count(acc.venue, voteKey(r.venue), sign);
    count(acc.year, voteKey(r.year), sign);
    addOrRemove(acc.mentions, r.mentions, sign);
  }
  for (const r of facts.quotes) {
    const acc = slot(l, 'quotes', r.key, sign, () => ({ n: 0, text: new Map(), speaker: new Map(), speakerName: new Map(), outlet: new Map(), mentions: [] }), touched);
    if (!acc) continue;
    count(acc.text, voteKey(r.text), sign);
    count(acc.speaker, voteKey(r.speaker), sign);
    count(acc.speakerName, voteKey(r.speakerName), sign);
    count(acc.outlet, voteKey(r.outlet), sign);
    addOrRemove(acc.mentions, r.mentions, sign);
  }
}

// ---------------------------------------------------------------- two ledgers, and the MergeState of one

/** Adds every record of `from` to `into` (`from` is left as it was). Associative and commutative. */
export function mergeLedgerInto(into: Ledger, from: Ledger): void {
  for (const kind of LEDGER_KINDS) {
    for (const key of from[kind].keys()) {
      const b = getRecord(from, kind, key)!;
      const a = getRecord(into, kind, key);
      if (!a) {
        (into[kind] as Map<string, unknown>).set(key, recordFromText(kind, recordToText(kind, b))); // a copy
        continue;
      }
      if (kind === 'articles') {
        const aa = a as ArticleRec;
        aa.n += b.n;
        for (const v of (b as ArticleRec).versions) {
          const text = JSON.stringify(v.article);
          const same = aa.versions.find((x) => JSON.stringify(x.article) === text);
          if (same) same.n += v.n;
          else aa.versions.push({ article: v.article, n: v.n });
        }
        continue;
      }
      const ra = a as unknown as Record<string, unknown>;
      for (const [f, v] of Object.entries(b)) {
        if (f === 'n') ra.n = (ra.n as number) + (v as number);
        else if (v instanceof Map) addCounts(ra[f] as Counts, v);
        else if (f === 'mentions') addMentions(ra[f] as FactMention[], v as FactMention[]);
      }
    }
  }
}

/** The article version a run keeps for an id: the smallest sha256 (as addArticle does), then the smallest text. */
export function keptArticle(rec: ArticleRec): Article {
  let best = rec.versions[0]!;
  for (const v of rec.versions) {
    if (v.article.sha256 < best.article.sha256 || (v.article.sha256 === best.article.sha256 && JSON.stringify(v.article) < JSON.stringify(best.article))) best = v;
  }
  return best.article;
}

const present = (c: Counts) => new Set([...c.keys()]);

/** The MergeState a run over the ledger's articles builds (records' mention lists are the ledger's own). */
export function ledgerToMergeState(l: Ledger): MergeState {
  const s = createMergeState();
  for (const key of l.articles.keys()) s.articles.set(key, keptArticle(getRecord(l, 'articles', key)!));
  for (const key of l.athletes.keys()) {
    const r = getRecord(l, 'athletes', key)!;
    s.athletes.set(key, { names: r.names, aliases: present(r.aliases), country: r.country, mentions: r.mentions });
  }
  for (const key of l.events.keys()) {
    const r = getRecord(l, 'events', key)!;
    s.events.set(key, { name: r.name, discipline: r.discipline, distanceMeters: r.distanceMeters, mentions: r.mentions });
  }
  for (const key of l.competitions.keys()) {
    const r = getRecord(l, 'competitions', key)!;
    s.competitions.set(key, { name: r.name, year: r.year, location: r.location, indoor: r.indoor, mentions: r.mentions });
  }
  for (const key of l.performances.keys()) {
    const r = getRecord(l, 'performances', key)!;
    s.performances.set(key, { ...r, records: present(r.records) as Set<RecordCode> });
  }
  for (const key of l.quotes.keys()) {
    const r = getRecord(l, 'quotes', key)!;
    s.quotes.set(key, { text: r.text, speaker: r.speaker, speakerName: r.speakerName, outlet: r.outlet, mentions: r.mentions });
  }
  return s;
}
