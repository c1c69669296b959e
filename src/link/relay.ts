/**
 * A relay team named in the sentence of its time: "the American team of Javianne Oliver, Teahna Daniels,
 * Jenna Prandini and Gabrielle Thomas won silver in 41.45". The runners are the last run of two to six
 * written names before the time joined only by commas and "and".
 */
import type { Doc, Sentence, TimeMention } from '../types.js';
import type { Anchor } from './athlete.js';
import type { SpanIndex } from './spans.js';
import { lastIn } from './spans.js';

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
