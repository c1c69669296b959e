/**
 * A relay team named in the sentence of its time: "the American team of Javianne Oliver, Teahna Daniels,
 * Jenna Prandini and Gabrielle Thomas won silver in 41.45". The runners are the last run of two to six
 * written names before the time joined only by commas and "and".
 */
import type { Doc, Sentence, TimeMention } from '../types.js';
import type { Anchor } from './athlete.js';
import type { SpanIndex } from './spans.js';
import { firstIn, lastIn } from './spans.js';

const JOIN = /^\s?(?:,|,? and|&)\s?$/;

export function relayTeam(doc: Doc, t: TimeMention, s: Sentence, anchors: SpanIndex<Anchor>): Anchor[] | null {
  const names = lastIn(anchors, s.start, t.start).filter((a) => !a.ref);
  let best: Anchor[] = [];
  let run: Anchor[] = [];
  for (const a of names) {
    const prev = run[run.length - 1];
    run = prev && JOIN.test(doc.text.slice(prev.end, a.start)) ? [...run, a] : [a];
    if (run.length >= best.length) best = run;
  }
  const people = new Set(best.map((a) => a.person));
  return people.size >= 2 && people.size <= 6 && people.size === best.length ? best : null;
}

/** "A and B both of 48.79", "both men recording 1:17:39": the two runners named last before the time share it. */
const BOTH = /\bboth(?:\s(?:men|women|athletes|runners|of them))?\s(?:of|in|with|on|clocking|recording|clocked|recorded|ran|running|timed|timing|stopping the clock at)\s$/i;
/** "… in 11.06 seconds, the same time as B": the runner named next shares it. */
const SAME_TIME = /^(?: ?seconds?| ?secs?)?,? (?:the same time as|as did|in a dead heat with|level with) $/i;

/** The runners of a time several share (a dead heat, "both in"), or null: the time's own runner first. */
export function sharedBy(doc: Doc, t: TimeMention, s: Sentence, anchors: SpanIndex<Anchor>, runner: Anchor | null): Anchor[] | null {
  const before = doc.text.slice(Math.max(s.start, t.start - 40), t.start);
  if (BOTH.test(before)) {
    const named = [...new Map(lastIn(anchors, s.start, t.start).filter((a) => !a.ref).map((a) => [a.person, a])).values()];
    return named.length >= 2 ? named.slice(-2) : null;
  }
  if (!runner) return null;
  const next = firstIn(anchors, t.end, Math.min(s.end, t.end + 40), 1)[0];
  return next && next.person !== runner.person && SAME_TIME.test(doc.text.slice(t.end, next.start)) ? [runner, next] : null;
}
