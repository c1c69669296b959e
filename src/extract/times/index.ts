/**
 * Times stage: every written time with its possible readings, most likely first. A notation that can be
 * read two ways ("3:29:38": 3 h 29 min 38 s, or a typo for 3:29.38) gets both readings; the event picks
 * one later (`chooseReading`). Bare decimals ("16.6") are `weak`. Pure; linear-time scans only.
 */
import type { Doc, EventMention, TimeMention, TimeReading } from '../../types.js';
import { readingOf } from './format.js';
import { CLOCK_BEFORE, DATE_BEFORE, DECIMAL_DURATION_AFTER, HOURS_AFTER, ROUND_MARK_AFTER, RESULT_BEFORE, WIND_AFTER, RESULT_AFTER, RESULT_BRACKET, RESULT_NAMED, SPLIT_LEG_BEFORE, SPLIT_LEG_AFTER, DROP_AFTER, DROP_BEFORE, DURATION_AFTER, MARGIN_SIDE, GENERIC_RANGE, NOT_TIMED, PLAUSIBLE, EXACT_BEFORE, MILE_AFTER } from './model.js';
import type { ContextRule, NotationId } from './model.js';
import { wordTimes } from './words.js';
import type { DecisionLog } from '../../rules/log.js';
import { rejected } from '../../rules/reject.js';
import { NOT_A_NOTATION, ZERO_TIME } from './explain.js';

export { PLAUSIBLE, GENERIC_RANGE } from './model.js';

/**
 * Up to four digit groups joined by ":" or ".": "3:29.38", "2:15:25", "4.18.1", "1:00:03.0", "16.6".
 * Never starts inside a number, a word or money; never ends before more digits (dates "19.07.2017").
 * A decimal comma after minutes and seconds ("3:29,38", European notation) reads as the decimal point.
 */
const SEP_RE = /(?<![\w.:,£$€¥])(\d{1,3})([:.])(\d{1,3})(?:([:.]|(?<=:\d\d),(?=\d\d?(?![\d,])))(\d{1,3}))?(?:([:.])(\d{1,3}))?(?![:.]?\d)/g;
const SEP_PREFILTER = /\d[:.]\d/;
/** "9.58s", "10.04secs", "7:42:98s", "46.68seconds". */
const SECONDS_UNIT = /^ ?(?:s|secs?|seconds?)(?![\w])/i;

/** "3:30", "4:00", "9:05.00", "2:30:00": a threshold more than a result. */
function roundTime(raw: string): boolean {
  const groups = raw.match(/\d+/g) ?? [];
  return /^0+$/.test(groups[groups.length - 1] ?? '') || (groups.length === 2 && raw.includes(':'));
}

/** A bare decimal after a name: in brackets ("Rohan Watson (10.04)", `closed` is the bracket after it) or after "with", "at", a possessive. */
function namedResult(before: string, closed: boolean): boolean {
  return (closed && RESULT_BRACKET.pattern.test(before)) || RESULT_NAMED.pattern.test(before);
}

/** A leg of the race before or after a time; the regexes run only when a leg's unit word is there at all. */
const LEG_UNIT = /mile|km|\bk\b|kilomet|lap|half|quarter|\dm\b/i;
function splitLeg(before: string, after: string): ContextRule | null {
  return (LEG_UNIT.test(before) && SPLIT_LEG_BEFORE.pattern.test(before) && SPLIT_LEG_BEFORE) || (LEG_UNIT.test(after) && SPLIT_LEG_AFTER.pattern.test(after) && SPLIT_LEG_AFTER) || null;
}

/** The context rule that makes the time at [start, end) not a result, or null (the decision log names it). */
function dropped(text: string, start: number, end: number, log: DecisionLog): ContextRule | null {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 30);
  if (MARGIN_SIDE.pattern.test(after) && !MARGIN_SIDE.result.test(before)) return MARGIN_SIDE;
  if (ROUND_MARK_AFTER.pattern.test(after) && roundTime(text.slice(start, end))) return ROUND_MARK_AFTER;
  const leg = splitLeg(text.slice(Math.max(0, start - 60), start), text.slice(end, end + 60));
  if (leg) return leg;
  const drop = DROP_BEFORE.find((r) => r.pattern.test(before)) ?? DROP_AFTER.find((r) => r.pattern.test(after)) ?? null;
  // "3:47.48 mile pb": a colon time is never a length in miles
  if (drop?.id !== 'time/not-measure' || !text.slice(start, end).includes(':') || !MILE_AFTER.pattern.test(after)) return drop;
  log.accept('times', MILE_AFTER.id, start, end, MILE_AFTER.reason);
  return null;
}

/** "at 19:30" is a time of day; "improved his best from 13:43 to 13:39" is not. */
function clockTime(text: string, start: number): boolean {
  return CLOCK_BEFORE.pattern.test(text.slice(Math.max(0, start - 12), start)) && !CLOCK_BEFORE.result!.test(text.slice(Math.max(0, start - 60), start));
}

const two = (s: string | undefined) => s !== undefined && s.length === 2 && Number(s) < 60;

interface Read {
  readings: TimeReading[];
  rule: NotationId;
  weak?: boolean;
}

/** The readings of a separator notation, or null when it is not a time. */
function readSeparated(g: (string | undefined)[], seps: string, unit: boolean): Read | null {
  const [a, b, c, d] = g;
  const A = Number(a);
  const B = Number(b);
  if (!two(b) && !(seps === '.' && b !== undefined)) return null;
  switch (seps) {
    case ':': {
      const readings = [readingOf(0, A, B, '', 'm:ss')];
      // "2:08" for a marathon: hours and minutes, a second reading only
      if (A >= 1 && A <= 7 && !unit) readings.push(readingOf(A, B, 0, '', 'h:mm'));
      return { readings, rule: 'time/m-ss' };
    }
    case '.': {
      // a bare decimal: seconds; weak unless a unit says so
      const readings = [readingOf(0, 0, A, b!, 'ss.cc')];
      if (unit) return { readings, rule: 'time/seconds-unit' };
      if (two(b) && A < 60) readings.push(readingOf(0, A, B, '', 'm.ss'));
      return { readings, rule: 'time/bare-decimal', weak: true };
    }
    case '::': {
      const readings: TimeReading[] = [];
      const hms = two(c) && !unit ? readingOf(A, B, Number(c), '', 'h:mm:ss') : null;
      const mss = c!.length <= 2 && A < 60 ? readingOf(0, A, B, c!, 'm:ss:cc') : null;
      if (A <= 9 && !unit) readings.push(...[hms, mss].filter((r) => r !== null));
      else readings.push(...[mss, hms].filter((r) => r !== null));
      return readings.length ? { readings, rule: 'time/colons' } : null;
    }
    case ':.':
      return { readings: [readingOf(0, A, B, c!, 'm:ss.cc')], rule: 'time/m-ss-cc' };
    case '..': {
      const readings: TimeReading[] = [];
      if (c!.length <= 2 && A < 60) readings.push(readingOf(0, A, B, c!, 'm.ss.cc'));
      if (two(c) && A <= 9 && !unit) readings.push(readingOf(A, B, Number(c), '', 'h.mm.ss'));
      return readings.length ? { readings, rule: 'time/dots' } : null;
    }
    case '::.':
    case '...':
      return two(c) && d!.length <= 3 ? { readings: [readingOf(A, B, Number(c), d!, 'h:mm:ss.t')], rule: 'time/h-mm-ss-t' } : null;
    default:
      return null;
  }
}

function separatedTimes(text: string, taken: (s: number, e: number) => boolean, log: DecisionLog): TimeMention[] {
  const out: TimeMention[] = [];
  if (!SEP_PREFILTER.test(text)) return out;
  for (const m of text.matchAll(SEP_RE)) {
    if (m.index === undefined) continue;
    const start = m.index;
    let end = start + m[0].length;
    const unitM = SECONDS_UNIT.exec(text.slice(end, end + 9));
    if (unitM) end += unitM[0].length;
    if (taken(start, end)) continue;
    const seps = ((m[2] ?? '') + (m[4] ?? '') + (m[6] ?? '')).replace(',', '.');
    const read = readSeparated([m[1], m[3], m[5], m[7]], seps, unitM !== null);
    if (!read && rejected(log, 'times', NOT_A_NOTATION, start, end)) continue;
    if (!read || rejected(log, 'times', read.readings[0]!.seconds === 0 ? ZERO_TIME : dropped(text, start, end, log), start, end)) continue;
    if (seps.length === 1 && Number(m[1]) <= 24 && clockTime(text, start) && rejected(log, 'times', CLOCK_BEFORE, start, end)) continue;
    if (seps === '.' && DECIMAL_DURATION_AFTER.pattern.test(text.slice(end, end + 10)) && rejected(log, 'times', DECIMAL_DURATION_AFTER, start, end)) continue;
    if (seps[0] === ':' && HOURS_AFTER.pattern.test(text.slice(end, end + 8))) read.readings.sort((x, y) => Number(y.notation.startsWith('h')) - Number(x.notation.startsWith('h')));
    if (seps === '..' && Number(m[3]) <= 12 && DATE_BEFORE.pattern.test(text.slice(Math.max(0, start - 12), start)) && rejected(log, 'times', DATE_BEFORE, start, end)) continue;
    const t: TimeMention = { start, end, rule: read.rule, raw: text.slice(start, end), readings: read.readings };
    if (read.weak) {
      if (RESULT_BEFORE.pattern.test(text.slice(Math.max(0, start - 30), start))) t.rule = 'time/bare-decimal-result' satisfies NotationId;
      else if (WIND_AFTER.pattern.test(text.slice(end, end + 20))) t.rule = 'time/bare-decimal-wind' satisfies NotationId;
      else if (RESULT_AFTER.pattern.test(text.slice(end, end + 24)) || namedResult(text.slice(Math.max(0, start - 40), start), text.charCodeAt(end) === 41)) t.rule = 'time/bare-decimal-result' satisfies NotationId;
      else t.weak = true;
    }
    out.push(t);
  }
  return out;
}

/** A round number of seconds made precise: "in exactly 50 seconds", "third in 10 seconds". */
function exactSeconds(text: string, start: number, log: DecisionLog, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const exact = EXACT_BEFORE.pattern.test(before) || RESULT_BEFORE.pattern.test(before);
  if (exact) log.accept('times', EXACT_BEFORE.id, start, end, EXACT_BEFORE.reason);
  return exact;
}

/** Every written time of the article, in text order. */
export function extractTimes(doc: Doc): TimeMention[] {
  const text = doc.text;
  const out: TimeMention[] = [];
  for (const w of wordTimes(text)) {
    if (rejected(doc.log, 'times', w.reading.seconds === 0 ? ZERO_TIME : dropped(text, w.start, w.end, doc.log), w.start, w.end)) continue;
    const single = w.parts.length === 1 ? w.parts[0]! : null;
    if (single && DURATION_AFTER.pattern.test(text.slice(w.end, w.end + 30)) && rejected(doc.log, 'times', DURATION_AFTER, w.start, w.end)) continue;
    const t: TimeMention = { start: w.start, end: w.end, rule: (single?.rank === 1 ? 'time/seconds-unit' : 'time/unit-words') satisfies NotationId, raw: text.slice(w.start, w.end), readings: [w.reading] };
    // "32 minutes", "10 seconds", "two hours": round figures, not a precise result ("in exactly 50 seconds" is one)
    if (single && (single.rank !== 1 || (single.fraction === '' && !exactSeconds(text, w.start, doc.log, w.end)))) t.weak = true;
    out.push(t);
  }
  // both lists are in text order: one moving pointer keeps the overlap test linear
  let k = 0;
  const taken = (s: number, e: number) => {
    while (k < out.length && out[k]!.end <= s) k++;
    return k < out.length && out[k]!.start < e;
  };
  out.push(...separatedTimes(text, taken, doc.log));
  return out.sort((x, y) => x.start - y.start);
}

type Kind = 'run' | 'hurdles' | 'walk' | 'relay';

/** What plausibility reads of an event: the events stage's mention (or a race's event from the gazetteer). */
export type TimedEvent = Pick<EventMention, 'name' | 'discipline' | 'distanceMeters' | 'barriers'>;

/** How the event is run, from the mention's fields (no re-reading of its name). */
const kindOf = (e: TimedEvent): Kind => (e.discipline === 'walk' ? 'walk' : e.discipline === 'relay' ? 'relay' : e.barriers ? 'hurdles' : 'run');

/** Fastest (just over world-record pace) and slowest believable average speeds, m/s, over a distance. */
function speeds(d: number, kind: Kind): [number, number] {
  if (kind === 'walk') return [4.9, 1.2];
  // relay legs start flying: the pace of one leg, not of the whole distance
  const leg = kind === 'relay' ? d / 4 : d;
  const fast = leg <= 300 ? 10.5 : leg <= 400 ? 9.4 : leg <= 600 ? 9 : leg <= 1000 ? 8 : leg <= 3000 ? 7.2 : leg <= 10000 ? 6.7 : leg <= 21100 ? 6.3 : leg <= 42195 ? 6 : 5.5;
  const slow = leg <= 400 ? 4 : leg <= 3000 ? 2.5 : 1.4;
  return kind === 'hurdles' ? [fast / 1.05, slow / 1.2] : [fast, slow];
}

const RANGES = new Map(PLAUSIBLE.map((r) => [r.event, r] as const));

/** Whether a time is believable for the event, from a world record to a slow club runner. */
export function plausibleSeconds(seconds: number, event: TimedEvent | null): boolean {
  if (!Number.isFinite(seconds) || seconds <= 0) return false;
  if (event === null) return seconds >= GENERIC_RANGE.min && seconds <= GENERIC_RANGE.max;
  if (NOT_TIMED.has(event.name)) return false;
  const r = RANGES.get(event.name);
  if (r) return seconds >= r.min && seconds <= r.max;
  const d = event.distanceMeters;
  if (d === null) return seconds >= GENERIC_RANGE.min && seconds <= GENERIC_RANGE.max;
  const [fast, slow] = speeds(d, kindOf(event));
  return seconds >= (d / fast) * 0.98 && seconds <= d / slow + 10;
}

/** The first (most likely) reading that the event makes plausible; null when none is. */
export function chooseReading(time: TimeMention, event: TimedEvent | null): TimeReading | null {
  return time.readings.find((r) => plausibleSeconds(r.seconds, event)) ?? typedHours(time, event);
}

/** "2:11.40" typed for 2:11:40: hours, minutes and seconds with a point for the last colon. */
const TYPED_HOURS = /^([1-7]):([0-5]\d)[.,]([0-5]\d)$/;

/**
 * The reading h:mm:ss of "2:11.40" when its minutes-and-seconds reading is no time for the event and the event is run
 * in hours (half marathon and longer, race walks): only there, so a time tied to a wrong event is not made to fit.
 */
function typedHours(time: TimeMention, event: TimedEvent | null): TimeReading | null {
  const m = event !== null && (event.distanceMeters ?? 0) >= 20000 ? TYPED_HOURS.exec(time.raw) : null;
  const r = m ? readingOf(Number(m[1]), Number(m[2]), Number(m[3]), '', 'h:mm.ss') : null;
  return r && plausibleSeconds(r.seconds, event) ? r : null;
}
