/**
 * The normalise stage's drops and merges, for the decision log (issue 12): a candidate that leaves no fact, and
 * a mention folded into a fact the article already gave. Called only when the log is on (`doc.log.enabled`).
 */
import type { Doc, EventMention, FactMention, PerformanceMention, Person, Span } from '../types.js';
import type { DropRule } from '../rules/reject.js';
import { rejected } from '../rules/reject.js';

export const NOT_OWN_TEXT: DropRule = { id: 'normalise/not-own-text', reason: "seen only outside the article's own text (a caption, a related-link line, the headline): no fact" };
export const NOT_FULL_NAME: DropRule = { id: 'normalise/athlete-not-full-name', reason: 'only a surname or one word: not enough to name an athlete across articles' };
export const NOT_AN_ATHLETE: DropRule = { id: 'normalise/not-an-athlete', reason: 'the text gives the person another role (coach, official, pundit …) and ties no time to them as a competitor' };
export const NO_CONTRACT_EVENT: DropRule = { id: 'normalise/event-without-contract-name', reason: 'the event has no name in the facts contract (a 4x200m relay, a 50km walk): no event record, no performance' };
export const PERFORMANCE_WITHOUT_ATHLETE: DropRule = { id: 'normalise/performance-without-athlete', reason: 'no athlete was found for the time' };
export const PERFORMANCE_ATHLETE_DROPPED: DropRule = { id: 'normalise/performance-athlete-dropped', reason: 'the runner the time was tied to is not kept as an athlete' };
export const PERFORMANCE_EVENT_DROPPED: DropRule = { id: 'normalise/performance-event-dropped', reason: "the time's event is not kept (no contract name, or seen only outside the article's own text)" };
export const MERGED: DropRule = { id: 'normalise/merged', reason: 'the same fact again in this article (same identity key): one more mention of it, no new record' };

/** A person that gives no athlete: why, logged at its first mention. */
export function explainPerson(doc: Doc, p: Person, athlete: boolean, body: boolean): void {
  const at = p.mentions[0];
  if (!at || (athlete && body)) return;
  const rule = !athlete ? (p.full ? NOT_AN_ATHLETE : NOT_FULL_NAME) : NOT_OWN_TEXT;
  rejected(doc.log, 'normalise', rule, at.start, at.end, () => `${p.name}: ${rule.reason}${rule === NOT_AN_ATHLETE ? ` (role ${p.role})` : ''}`);
}

/** A performance candidate that gives no performance: why. */
export function explainPerformance(doc: Doc, p: PerformanceMention, athlete: string | undefined, ownText: boolean, eventKept: boolean): void {
  const rule = p.person === null ? PERFORMANCE_WITHOUT_ATHLETE : !athlete ? PERFORMANCE_ATHLETE_DROPPED : !ownText ? NOT_OWN_TEXT : !p.event || !eventKept ? PERFORMANCE_EVENT_DROPPED : null;
  rejected(doc.log, 'normalise', rule, p.time.start, p.time.end);
}

/** Every mention of a record dropped for lying outside the article's own text. */
export function explainNotOwn(doc: Doc, what: string, mentions: readonly Span[]): void {
  for (const m of mentions) rejected(doc.log, 'normalise', NOT_OWN_TEXT, m.start, m.end, () => `${what}: ${NOT_OWN_TEXT.reason}`);
}

/** An event mention with no contract name. */
export function explainEvent(doc: Doc, e: EventMention): void {
  rejected(doc.log, 'normalise', NO_CONTRACT_EVENT, e.start, e.end, () => `${e.name}: ${NO_CONTRACT_EVENT.reason}`);
}

/** A mention folded into a record the article gave already (logged as accepted: the fact keeps it). */
export function explainMerge(doc: Doc, key: string, sp: Span, first: FactMention | undefined): void {
  if (first) doc.log.accept('normalise', MERGED.id, sp.start, sp.end, () => `${MERGED.reason}: ${key}, first at [${first.start}, ${first.end})`);
}
