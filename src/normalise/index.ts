/**
 * Normalise stage: the candidates of one article become typed, keyed records (ArticleFacts), ready for the
 * merge. Decides what is kept: only full-named athletes, only entities seen in the article's own sentences
 * (not only in a caption or a related-link line), only performances tied to a kept athlete and an event.
 */
import type { ArticleFacts, Doc, Extraction, FactMention, PerformanceMention, Person, Span } from '../types.js';
import { countWords, identityKey } from '../util/text.js';
import { blockAt, ownTextAt } from '../segment/index.js';
import { isContractEventName } from '../schema/facts.js';
import { explainEvent, explainMerge, explainNotOwn, explainPerformance, explainPerson } from './explain.js';
import { settleRoles } from '../extract/persons/index.js';

export const athleteKey = (name: string) => identityKey(name);
export const eventKey = (name: string) => name;
export const competitionKey = (name: string, year: number | null) => `${identityKey(name)}|${year ?? ''}`;
export const performanceKey = (athlete: string, event: string | null, seconds: number) => `${athlete}|${event ?? ''}|${seconds.toFixed(2)}`;
export const quoteKey = (text: string, speaker: string | null) => `${identityKey(text)}|${speaker ?? ''}`;

/** Whether one of `spans` lies in a block of the article's own sentences. */
function inBody(doc: Doc, spans: readonly Span[]): boolean {
  for (let i = 0; i < spans.length; i++) if (ownTextAt(doc, spans[i]!.start)) return true;
  return false;
}

const mention = (doc: Doc, sp: Span): FactMention => ({ article: doc.articleId, start: sp.start, end: sp.end, text: doc.text.slice(sp.start, sp.end) });

/** `spans` as fact mentions, appended to `out`. */
function pushMentions(doc: Doc, spans: readonly Span[], out: FactMention[]): FactMention[] {
  for (let i = 0; i < spans.length; i++) out.push(mention(doc, spans[i]!));
  return out;
}


/** Per-fact rule ids, or null when nobody reads them. */
type Trace = Record<string, string[]> | null;

/** The persons tied to a race time. */
function timedPersons(persons: readonly Person[], performances: readonly PerformanceMention[]): Set<Person> {
  const timed = new Set<Person>();
  for (const p of performances) {
    const person = p.person === null ? undefined : persons[p.person];
    if (person) timed.add(person);
  }
  return timed;
}

/** Athletes kept (full names seen in the body), one record per key; fills `keyOf` (person index → key). */
function athleteFacts(doc: Doc, persons: readonly Person[], timed: ReadonlySet<Person>, keyOf: Map<number, string>, trace: Trace): ArticleFacts['athletes'] {
  const athletes: ArticleFacts['athletes'] = [];
  const byKey = new Map<string, ArticleFacts['athletes'][number]>();
  // the role step's last rule (a person said to be "other" but tied to a time is an athlete): src/extract/persons/role.ts
  const roles = settleRoles(doc, persons, timed);
  for (let i = 0; i < persons.length; i++) {
    const p = persons[i]!;
    const athlete = p.full && roles[i] === 'athlete';
    if (doc.log.enabled) explainPerson(doc, p, athlete, inBody(doc, p.mentions));
    if (!athlete || !inBody(doc, p.mentions)) continue;
    const key = athleteKey(p.name);
    keyOf.set(i, key);
    const existing = byKey.get(key);
    if (existing) {
      if (doc.log.enabled) explainMerge(doc, `athlete:${key}`, p.mentions[0]!, existing.mentions[0]);
      pushMentions(doc, p.mentions, existing.mentions);
      continue;
    }
    const rec = { key, name: p.name, aliases: p.aliases.filter((a) => a !== p.name), country: p.country, mentions: pushMentions(doc, p.mentions, []) };
    athletes.push(rec);
    byKey.set(key, rec);
    if (trace) trace[`athlete:${key}`] = [p.rule, ...new Set(p.mentions.map((m) => m.rule))];
  }
  return athletes;
}

/** Events by key, only those with a mention in the body. */
function eventFacts(doc: Doc, x: Extraction, performances: readonly PerformanceMention[], trace: Trace): Map<string, ArticleFacts['events'][number]> {
  const events = new Map<string, ArticleFacts['events'][number]>();
  // a race's event known from its name alone ("the Great North Run": a half marathon) when a time was run in it
  // (one mention object per race, shared by its times: a set keeps it once)
  const ofRaces = new Set(performances.flatMap((p) => (p.event && p.event.rule === 'link/event-of-race-name' ? [p.event] : [])));
  for (const e of [...x.events, ...ofRaces]) {
    if (doc.log.enabled && !isContractEventName(e.name)) explainEvent(doc, e);
    if (!isContractEventName(e.name)) continue; // no contract name (a 4x200m relay, a 50km walk): no record, no performance
    const key = eventKey(e.name);
    const rec = events.get(key) ?? { key, name: e.name, discipline: e.discipline, distanceMeters: e.distanceMeters, mentions: [] };
    rec.mentions.push(mention(doc, e));
    events.set(key, rec);
    if (trace) (trace[`event:${key}`] ??= []).push(e.rule);
  }
  if (doc.log.enabled) for (const e of events.values()) if (!inBody(doc, e.mentions)) explainNotOwn(doc, `event ${e.name}`, e.mentions);
  for (const [k, e] of events) if (!inBody(doc, e.mentions)) events.delete(k);
  return events;
}

/** Competitions by key, only those with a mention in the body. */
function competitionFacts(doc: Doc, x: Extraction, trace: Trace): Map<string, ArticleFacts['competitions'][number]> {
  const competitions = new Map<string, ArticleFacts['competitions'][number]>();
  for (const c of x.competitions) {
    const key = competitionKey(c.name, c.year);
    const rec = competitions.get(key) ?? { key, name: c.name, year: c.year, location: c.location, indoor: c.indoor, mentions: [] };
    rec.location ??= c.location;
    rec.indoor ??= c.indoor;
    rec.mentions.push(mention(doc, c));
    competitions.set(key, rec);
    if (trace) (trace[`competition:${key}`] ??= []).push(c.rule);
  }
  // the headline states the race the article reports: a race named there and only as "the test in Seville" in
  // the body is still the article's (a caption or a related-story line is not)
  const said = (c: { mentions: readonly Span[] }) => inBody(doc, c.mentions) || c.mentions.some((m) => blockAt(doc, m.start)?.kind === 'headline');
  if (doc.log.enabled) for (const c of competitions.values()) if (!said(c)) explainNotOwn(doc, `competition ${c.name}`, c.mentions);
  for (const [k, c] of competitions) if (!said(c)) competitions.delete(k);
  return competitions;
}

/** Performances of kept athletes in kept events, by key. */
function performanceFacts(
  doc: Doc,
  performances: readonly PerformanceMention[],
  athleteKeyOf: ReadonlyMap<number, string>,
  events: ReadonlyMap<string, unknown>,
  competitions: ReadonlyMap<string, unknown>,
  trace: Trace,
): ArticleFacts['performances'] {
  const perfs = new Map<string, ArticleFacts['performances'][number]>();
  for (const p of performances) {
    const athlete = p.person === null ? undefined : athleteKeyOf.get(p.person);
    // a time only in a caption or a related-story line is not the article's own fact
    if (doc.log.enabled) explainPerformance(doc, p, athlete, ownTextAt(doc, p.time.start), !!p.event && events.has(eventKey(p.event.name)));
    if (!athlete || !p.event || !ownTextAt(doc, p.time.start)) continue;
    const event = eventKey(p.event.name);
    if (!events.has(event)) continue;
    const key = performanceKey(athlete, event, p.reading.seconds);
    const comp = p.competition ? competitionKey(p.competition.name, p.competition.year) : null;
    const rec = perfs.get(key) ?? {
      key, athlete, event, competition: comp && competitions.has(comp) ? comp : null,
      result: { kind: 'time' as const, seconds: p.reading.seconds, display: p.reading.display },
      raw: p.time.raw, place: p.place, records: p.records, venue: p.venue, year: p.year, mentions: [],
    };
    // the same result said twice (in the lead and in a results table): what one mention says and the first
    // did not (place, records, race) is kept
    if (rec.mentions.length) {
      if (rec.place === null) rec.place = p.place;
      if (rec.competition === null && comp && competitions.has(comp)) rec.competition = comp;
      if (p.records.some((r) => !rec.records.includes(r))) rec.records = [...new Set([...rec.records, ...p.records])].sort();
    }
    if (doc.log.enabled) explainMerge(doc, `performance:${key}`, p.time, rec.mentions[0]);
    rec.mentions.push(mention(doc, p.time));
    perfs.set(key, rec);
    if (trace) trace[`performance:${key}`] = p.rules;
  }
  return [...perfs.values()];
}

/** Quotes by key (text and speaker). */
function quoteFacts(doc: Doc, x: Extraction, athleteKeyOf: ReadonlyMap<number, string>, trace: Trace): ArticleFacts['quotes'] {
  const persons = x.persons.persons;
  const quotes = new Map<string, ArticleFacts['quotes'][number]>();
  for (const q of x.quotes) {
    const sp = q.speaker === null ? undefined : persons[q.speaker];
    const speaker = q.speaker === null ? null : (athleteKeyOf.get(q.speaker) ?? null);
    // a surname is all some articles give of a speaker ("said Claxton" with the first name lost): better than nothing
    const speakerName = sp ? sp.name : q.speakerName;
    const key = quoteKey(q.text, speaker ?? (speakerName ? identityKey(speakerName) : null));
    const rec = quotes.get(key) ?? { key, text: q.text, speaker, speakerName, outlet: q.outlet, mentions: [] };
    pushMentions(doc, q.parts, rec.mentions);
    quotes.set(key, rec);
    if (trace) trace[`quote:${key}`] = [q.rule];
  }
  return [...quotes.values()];
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
  const tr: Trace = withTrace ? trace : null;
  const persons = x.persons.persons;
  const athleteKeyOf = new Map<number, string>();
  const athletes = athleteFacts(doc, persons, timedPersons(persons, performances), athleteKeyOf, tr);
  const events = eventFacts(doc, x, performances, tr);
  const competitions = competitionFacts(doc, x, tr);
  const perfs = performanceFacts(doc, performances, athleteKeyOf, events, competitions, tr);
  const quotes = quoteFacts(doc, x, athleteKeyOf, tr);

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
      performances: perfs,
      quotes,
    },
    trace,
  };
}
