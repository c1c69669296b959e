/**
 * Link stage: each time becomes a performance by finding, around it, the athlete who ran it, the event
 * that makes its reading plausible, the competition, the place and the records. Pure; works on the
 * extraction of one article.
 */
import type { CompetitionMention, Doc, EventMention, Extraction, PerformanceMention, RecordCode, Sentence, TimeMention, TimeReading } from '../types.js';
import { chooseReading } from '../extract/times/index.js';
import { PLACE_RULES, RECORD_RULES, ordinalValue } from './model.js';

interface Anchor {
  start: number;
  end: number;
  person: number;
}

/** Index of the sentence holding `pos` (sentences are sorted and disjoint). */
function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function personAnchors(x: Extraction): Anchor[] {
  const out: Anchor[] = [];
  x.persons.persons.forEach((p, person) => {
    for (const m of p.mentions) out.push({ start: m.start, end: m.end, person });
  });
  for (const r of x.persons.refs) out.push({ start: r.start, end: r.end, person: r.person });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

const within = <T extends { start: number; end: number }>(list: readonly T[], from: number, to: number) =>
  list.filter((x) => x.start >= from && x.end <= to);

/** A time right after a possessive ("the great Brit's 8:03:40") belongs to the possessor. */
const POSSESSIVE_BEFORE = /\w['’]s?\s*$/;

interface Found<T> {
  value: T;
  rule: string;
}

function findAthlete(doc: Doc, t: TimeMention, anchors: readonly Anchor[], sIdx: number, times: readonly TimeMention[]): Found<Anchor> | null {
  const s = doc.sentences[sIdx]!;
  const inSentence = within(anchors, s.start, s.end);
  const before = inSentence.filter((a) => a.end <= t.start);
  const after = inSentence.filter((a) => a.start >= t.end);
  // "Name (1.53.4)", "Name 32:17", "Name's 8:03.40"
  const last = before[before.length - 1];
  if (last && /^(?:['’]s?)?\s*[(:,–-]?\s*$/.test(doc.text.slice(last.end, t.start))) return { value: last, rule: 'link/athlete-adjacent' };
  // "X and Y ran … 16.6 and 18.8 respectively"
  if (/\brespectively\b/i.test(doc.text.slice(t.end, s.end))) {
    const timesIn = times.filter((x) => x.start >= s.start && x.end <= s.end);
    const k = timesIn.indexOf(t);
    const people = [...new Map(inSentence.filter((a) => a.end <= (timesIn[0]?.start ?? t.start)).map((a) => [a.person, a])).values()];
    if (k >= 0 && people.length === timesIn.length && people[k]) return { value: people[k]!, rule: 'link/athlete-respectively' };
  }
  // "to beat the great Brit's 8:03:40": the time is someone else's, and that someone is not resolved
  if (POSSESSIVE_BEFORE.test(doc.text.slice(Math.max(s.start, t.start - 8), t.start))) return null;
  if (last) return { value: last, rule: 'link/athlete-before-in-sentence' };
  // the subject of the previous sentence in the same block
  const prev = doc.sentences[sIdx - 1];
  if (prev && prev.block === s.block) {
    const first = within(anchors, prev.start, prev.end)[0];
    if (first) return { value: first, rule: 'link/athlete-previous-subject' };
  }
  const next = after[0];
  if (next) return { value: next, rule: 'link/athlete-after-in-sentence' };
  return null;
}

function nearest<T extends { start: number; end: number }>(list: readonly T[], t: TimeMention, ok: (x: T) => boolean): T | null {
  let best: T | null = null;
  let bestD = Infinity;
  for (const x of list) {
    if (!ok(x)) continue;
    const d = x.end <= t.start ? t.start - x.end : x.start >= t.end ? (x.start - t.end) * 1.5 : 0;
    if (d < bestD) {
      bestD = d;
      best = x;
    }
  }
  return best;
}

function findEvent(doc: Doc, t: TimeMention, events: readonly EventMention[], sIdx: number): Found<{ event: EventMention; reading: TimeReading }> | null {
  const s = doc.sentences[sIdx]!;
  const tryIn = (list: readonly EventMention[], rule: string, pick: 'nearest' | 'last') => {
    const ok = (e: EventMention) => chooseReading(t, e.name) !== null;
    const e = pick === 'nearest' ? nearest(list, t, ok) : [...list].reverse().find(ok) ?? null;
    return e ? { value: { event: e, reading: chooseReading(t, e.name)! }, rule } : null;
  };
  const block = doc.blocks[s.block]!;
  return (
    tryIn(within(events, s.start, s.end), 'link/event-in-sentence', 'nearest') ??
    tryIn(within(events, block.start, t.start), 'link/event-earlier-in-paragraph', 'last') ??
    tryIn(within(events, 0, t.start), 'link/event-earlier-in-article', 'last') ??
    tryIn(events, 'link/event-in-article', 'nearest')
  );
}

function findCompetition(doc: Doc, t: TimeMention, comps: readonly CompetitionMention[], sIdx: number): Found<CompetitionMention> | null {
  const s = doc.sentences[sIdx]!;
  const inSentence = nearest(within(comps, s.start, s.end), t, () => true);
  if (inSentence) return { value: inSentence, rule: 'link/competition-in-sentence' };
  const block = doc.blocks[s.block]!;
  const earlier = within(comps, block.start, t.start);
  if (earlier.length) return { value: earlier[earlier.length - 1]!, rule: 'link/competition-earlier-in-paragraph' };
  // a report in sections ("### Manchester Marathon, Sunday 14 April"): the section's heading names the race
  let heading = -1;
  for (let i = s.block - 1; i >= 0; i--) {
    if (doc.blocks[i]!.kind === 'heading') {
      heading = i;
      break;
    }
  }
  const sectionStart = heading >= 0 ? doc.blocks[heading]!.start : 0;
  const inSection = within(comps, sectionStart, t.start);
  if (heading >= 0) {
    const h = doc.blocks[heading]!;
    const named = within(comps, h.start, h.end)[0];
    if (named) return { value: named, rule: 'link/competition-section-heading' };
  }
  // one competition named so far in the section: the report is about it
  const key = (c: CompetitionMention) => `${c.name}|${c.year ?? ''}`;
  if (inSection.length && new Set(inSection.map(key)).size === 1) return { value: inSection[0]!, rule: 'link/competition-only-one-before' };
  // a report about one competition: the only one the article names
  if (comps.length && new Set(comps.map(key)).size === 1) return { value: comps[0]!, rule: 'link/competition-only-one' };
  return null;
}

function clauseAround(doc: Doc, t: TimeMention, s: Sentence, anchors: readonly Anchor[], athlete: Anchor | null, times: readonly TimeMention[]): string {
  let from = s.start;
  let to = s.end;
  for (const x of times) {
    if (x.end <= t.start && x.end > from && x.start >= s.start) from = x.end;
    if (x.start >= t.end && x.start < to) to = x.start;
  }
  if (athlete && athlete.start >= from && athlete.end <= t.start) from = athlete.start;
  for (const a of anchors) if (a.start >= t.end && a.start < to && a.person !== athlete?.person) to = a.start;
  return doc.text.slice(from, to);
}

function placeOf(clause: string): Found<number> | null {
  for (const r of PLACE_RULES) {
    const m = r.pattern.exec(clause);
    if (!m) continue;
    const place = r.place === 'ordinal' ? ordinalValue(m[1] ?? '') : r.place;
    if (place !== null) return { value: place, rule: r.id };
  }
  return null;
}

function recordsOf(clause: string): { codes: RecordCode[]; indoor: boolean; rules: string[] } {
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

/** Link stage: one performance per time that can be tied to an athlete and an event. */
export function linkPerformances(doc: Doc, x: Extraction): PerformanceMention[] {
  const anchors = personAnchors(x);
  const out: PerformanceMention[] = [];
  for (const t of x.times) {
    const sIdx = sentenceAt(doc.sentences, t.start);
    if (sIdx < 0) continue;
    const s = doc.sentences[sIdx]!;
    const ev = findEvent(doc, t, x.events, sIdx);
    if (!ev) continue;
    const ath = findAthlete(doc, t, anchors, sIdx, x.times);
    if (t.weak && (!ath || ev.rule !== 'link/event-in-sentence')) continue;
    const comp = findCompetition(doc, t, x.competitions, sIdx);
    const clause = clauseAround(doc, t, s, anchors, ath?.value ?? null, x.times);
    const place = placeOf(clause);
    const rec = recordsOf(clause);
    const sentenceText = doc.text.slice(s.start, s.end);
    const indoor = rec.indoor || /\bindoors?\b/i.test(sentenceText) || comp?.value.indoor === true;
    const yearM = /\b(?:in|from|since|of) ((?:19|20)\d\d)\b/.exec(clause);
    out.push({
      start: t.start,
      end: t.end,
      rule: t.rule,
      time: t,
      reading: ev.value.reading,
      person: ath?.value.person ?? null,
      event: ev.value.event,
      competition: comp?.value ?? null,
      place: place?.value ?? null,
      records: rec.codes,
      venue: indoor ? 'indoor' : null,
      year: yearM ? Number(yearM[1]) : (comp?.value.year ?? null),
      rules: [t.rule, ev.rule, ath?.rule, comp?.rule, place?.rule, ...rec.rules].filter((r): r is string => !!r),
    });
  }
  return out;
}
