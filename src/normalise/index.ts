/**
 * Normalise stage: the candidates of one article become typed, keyed records (ArticleFacts), ready for the
 * merge. Decides what is kept: only full-named athletes, only entities seen in the article's own sentences
 * (not only in a caption or a related-link line), only performances tied to a kept athlete and an event.
 */
import type { ArticleFacts, Doc, Extraction, FactMention, PerformanceMention, Person, Span } from '../types.js';
import { countWords, identityKey } from '../util/text.js';
import { blockAt } from '../segment/index.js';

/** Block kinds whose sentences are the article's own. */
const BODY_KINDS = new Set(['paragraph', 'list', 'heading', 'dateline']);

export const athleteKey = (name: string) => identityKey(name);
export const eventKey = (name: string) => name;
export const competitionKey = (name: string, year: number | null) => `${identityKey(name)}|${year ?? ''}`;
export const performanceKey = (athlete: string, event: string | null, seconds: number) => `${athlete}|${event ?? ''}|${seconds.toFixed(2)}`;
export const quoteKey = (text: string, speaker: string | null) => `${identityKey(text)}|${speaker ?? ''}`;

function inBody(doc: Doc, spans: readonly Span[]): boolean {
  return spans.some((sp) => {
    const b = blockAt(doc, sp.start);
    return !!b && BODY_KINDS.has(b.kind);
  });
}

const mention = (doc: Doc, sp: Span): FactMention => ({ article: doc.articleId, start: sp.start, end: sp.end, text: doc.text.slice(sp.start, sp.end) });

function isAthlete(p: Person, timed: ReadonlySet<Person>): boolean {
  if (!p.full) return false;
  if (p.role === 'athlete') return true;
  // a person tied to a race time is a competitor unless the text gave another role
  return p.role === 'other' && timed.has(p);
}

export interface NormaliseInput {
  doc: Doc;
  sha256: string;
  extraction: Extraction;
  performances: PerformanceMention[];
  includeText: boolean;
  /** Collect the rule ids behind each fact (default true). */
  withTrace?: boolean;
}

export function normaliseArticle({ doc, sha256, extraction: x, performances, includeText, withTrace = true }: NormaliseInput): { facts: ArticleFacts; trace: Record<string, string[]> } {
  const trace: Record<string, string[]> = {};
  // the rule ids behind each fact are collected only when someone reads them (output.debug): not on the hot path
  const persons = x.persons.persons;
  const timed = new Set(performances.map((p) => (p.person === null ? undefined : persons[p.person])).filter((p): p is Person => !!p));
  const athleteKeyOf = new Map<number, string>();

  const athletes: ArticleFacts['athletes'] = [];
  const athleteByKey = new Map<string, ArticleFacts['athletes'][number]>();
  persons.forEach((p, i) => {
    if (!isAthlete(p, timed) || !inBody(doc, p.mentions)) return;
    const key = athleteKey(p.name);
    athleteKeyOf.set(i, key);
    const existing = athleteByKey.get(key);
    if (existing) {
      existing.mentions.push(...p.mentions.map((m) => mention(doc, m)));
      return;
    }
    const rec = { key, name: p.name, aliases: p.aliases.filter((a) => a !== p.name), country: p.country, mentions: p.mentions.map((m) => mention(doc, m)) };
    athletes.push(rec);
    athleteByKey.set(key, rec);
    if (withTrace) trace[`athlete:${key}`] = [p.rule, ...new Set(p.mentions.map((m) => m.rule))];
  });

  const events = new Map<string, ArticleFacts['events'][number]>();
  for (const e of x.events) {
    const key = eventKey(e.name);
    const rec = events.get(key) ?? { key, name: e.name, discipline: e.discipline, distanceMeters: e.distanceMeters, mentions: [] };
    rec.mentions.push(mention(doc, e));
    events.set(key, rec);
    if (withTrace) (trace[`event:${key}`] ??= []).push(e.rule);
  }
  for (const [k, e] of events) if (!inBody(doc, e.mentions)) events.delete(k);

  const competitions = new Map<string, ArticleFacts['competitions'][number]>();
  for (const c of x.competitions) {
    const key = competitionKey(c.name, c.year);
    const rec = competitions.get(key) ?? { key, name: c.name, year: c.year, location: c.location, indoor: c.indoor, mentions: [] };
    rec.location ??= c.location;
    rec.indoor ??= c.indoor;
    rec.mentions.push(mention(doc, c));
    competitions.set(key, rec);
    if (withTrace) (trace[`competition:${key}`] ??= []).push(c.rule);
  }
  for (const [k, c] of competitions) if (!inBody(doc, c.mentions)) competitions.delete(k);

  const perfs = new Map<string, ArticleFacts['performances'][number]>();
  for (const p of performances) {
    const athlete = p.person === null ? undefined : athleteKeyOf.get(p.person);
    // a time only in a caption or a related-story line is not the article's own fact
    if (!athlete || !p.event || !inBody(doc, [p.time])) continue;
    const event = eventKey(p.event.name);
    if (!events.has(event)) continue;
    const key = performanceKey(athlete, event, p.reading.seconds);
    const comp = p.competition ? competitionKey(p.competition.name, p.competition.year) : null;
    const rec = perfs.get(key) ?? {
      key, athlete, event, competition: comp && competitions.has(comp) ? comp : null,
      result: { kind: 'time' as const, seconds: p.reading.seconds, display: p.reading.display },
      raw: p.time.raw, place: p.place, records: p.records, venue: p.venue, year: p.year, mentions: [],
    };
    rec.mentions.push(mention(doc, p.time));
    perfs.set(key, rec);
    if (withTrace) trace[`performance:${key}`] = p.rules;
  }

  const quotes = new Map<string, ArticleFacts['quotes'][number]>();
  for (const q of x.quotes) {
    const sp = q.speaker === null ? undefined : persons[q.speaker];
    const speaker = q.speaker === null ? null : (athleteKeyOf.get(q.speaker) ?? null);
    // a surname is all some articles give of a speaker ("said Claxton" with the first name lost): better than nothing
    const speakerName = sp ? sp.name : q.speakerName;
    const key = quoteKey(q.text, speaker ?? (speakerName ? identityKey(speakerName) : null));
    const rec = quotes.get(key) ?? { key, text: q.text, speaker, speakerName, outlet: q.outlet, mentions: [] };
    rec.mentions.push(...q.parts.map((part) => mention(doc, part)));
    quotes.set(key, rec);
    if (withTrace) trace[`quote:${key}`] = [q.rule];
  }

  const article: ArticleFacts['article'] = {
    id: doc.articleId,
    source: doc.source,
    sha256,
    title: doc.title,
    publishedAt: doc.publishedAt,
    wordCount: countWords(doc.text),
  };
  if (includeText) article.text = doc.text;
  return {
    facts: {
      article,
      athletes,
      events: [...events.values()],
      competitions: [...competitions.values()],
      performances: [...perfs.values()],
      quotes: [...quotes.values()],
    },
    trace,
  };
}
