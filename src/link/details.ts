/**
 * Place, records, venue and year of a performance, read from the clause around its time: from the athlete
 * (or the previous time) to the next time or the next other person.
 */
import type { Doc, RecordCode, Sentence, TimeMention } from '../types.js';
import type { Anchor, Found } from './athlete.js';
import type { SpanIndex } from './spans.js';
import { firstIn, lastIn } from './spans.js';
import { PLACE_RULES, RECORD_RULES, ordinalValue } from './model.js';

/** The most characters a clause spans on either side of its time. */
const REACH = 160;

/** Where the clause after a time ends: a comma or semicolon and a conjunction that opens another clause. */
const CLAUSE_AFTER = /[,;]\s*(?:while|whereas|with|and|but|as|ahead of|followed by|before|when)\b/i;

export function clauseAround(doc: Doc, t: TimeMention, s: Sentence, anchors: SpanIndex<Anchor>, athlete: Anchor | null, times: SpanIndex<TimeMention>): string {
  let from = Math.max(s.start, t.start - REACH);
  let to = Math.min(s.end, t.end + REACH);
  const prevTime = lastIn(times, from, t.start, 1)[0];
  if (prevTime) from = prevTime.end;
  const nextTime = firstIn(times, t.end, to, 1)[0];
  if (nextTime) to = nextTime.start;
  if (athlete && athlete.start >= from && athlete.end <= t.start) from = athlete.start;
  const other = firstIn(anchors, t.end, to).find((a) => a.person !== athlete?.person);
  if (other) to = other.start;
  // "ran 10.14 for silver, while X was third": a new clause after the time speaks of someone else
  const next = CLAUSE_AFTER.exec(doc.text.slice(t.end, to));
  if (next) to = t.end + next.index;
  return doc.text.slice(from, to);
}

export function placeOf(clause: string): Found<number> | null {
  for (const r of PLACE_RULES) {
    const m = r.pattern.exec(clause);
    if (!m) continue;
    const place = r.place === 'ordinal' ? ordinalValue(m[1] ?? '') : r.place;
    if (place !== null) return { value: place, rule: r.id };
  }
  return null;
}

export function recordsOf(clause: string): { codes: RecordCode[]; indoor: boolean; rules: string[] } {
  const codes = new Set<RecordCode>();
  const rules: string[] = [];
  let indoor = false;
  for (const r of RECORD_RULES) {
    if (!r.pattern.test(clause)) continue;
    if (r.code === 'WR' && codes.has('WR')) continue;
    codes.add(r.code);
    rules.push(r.id);
    if (r.indoor) indoor = true;
  }
  return { codes: [...codes].sort(), indoor, rules };
}

const YEAR = /\b(?:in|from|since|of) ((?:19|20)\d\d)\b/;

export function yearOf(clause: string): number | null {
  const m = YEAR.exec(clause);
  return m ? Number(m[1]) : null;
}
