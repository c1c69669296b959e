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

/** Where the clause after a time ends: a comma or semicolon and a conjunction that opens another clause, or "and he was …". */
const CLAUSE_AFTER = /[,;]\s*(?:while|whereas|with|and|but|as|ahead of|followed by|before|when)\b|\s(?:and|but)\s(?:he|she|they)\s(?:was|were|is|are|had|has)\b/i;

/** A who/which aside still open at the end of the text ("Rono, who clocked 26:50.16 …", "Kipchoge - who held the record of …"): the time is inside it. */
export const OPEN_ASIDE = /(?:,|\s[-–—])\s?(?:who|which|whose)\b[^,;–—]*$/;

/** Where such an aside closes: a comma, a semicolon or a dash. */
const ASIDE_CLOSE = /[,;–—]|\s-\s/;

/**
 * A record phrase right before a time, which names that time: the last clause before it ("…, missing the world
 * record of ") or a noun phrase ("inside the previous world record of ").
 */
const RECORD_OF_NEXT = /(?:[,;–—][^,;–—]{0,80}|\b(?:the|a|an|his|her|their|its)\s(?:[^\s,;]{1,30}\s){0,4})\b(?:record|best|mark)s?\s(?:of|at)\s{1,3}$/;

/** "… and 2023 in a meeting record of 46.51": a record the runner ran in, not a mark named after another time. */
const IN_RECORD = /\bin\s(?:a|an|the)\s(?:[^\s,;]{1,30}\s){0,4}(?:record|best)s?\sof\s{1,3}$/;

/** The record phrase before a time that makes it a record's mark, named after an earlier time ("…, breaking X's record of "). */
const recordMark = (between: string): RegExpExecArray | null => (IN_RECORD.test(between) ? null : RECORD_OF_NEXT.exec(between));

/** The clause around a time: its text, where it starts, and the record phrase cut off its end that names the next time. */
export interface Clause {
  text: string;
  from: number;
  /** "…, surpassing Mutai's 2011 record of ": the phrase before the next time, which that time's record is. */
  nextRecord: { text: string; from: number } | null;
  /** The time is a record's mark named after another time ("… breaking X's record of 11.87"), not a result of the race. */
  mark: boolean;
}

export function clauseAround(doc: Doc, t: TimeMention, s: Sentence, anchors: SpanIndex<Anchor>, athlete: Anchor | null, times: SpanIndex<TimeMention>): Clause {
  let from = Math.max(s.start, t.start - REACH);
  let to = Math.min(s.end, t.end + REACH);
  const prevTime = lastIn(times, from, t.start, 1)[0];
  let mark = false;
  if (prevTime) {
    from = prevTime.end;
    // "… 1:24:27 was inside the previous world record of 1:24:38": the record's clause opens at its phrase
    const lead = recordMark(doc.text.slice(from, t.start));
    if (lead) from += lead.index;
    mark = !!lead;
  }
  const nextTime = firstIn(times, t.end, to, 1)[0];
  let nextRecord: Clause['nextRecord'] = null;
  if (nextTime) {
    to = nextTime.start;
    // "clocked 1:41.11, missing the world record of 1:40.91": the record phrase is the next time's
    const lead = RECORD_OF_NEXT.exec(doc.text.slice(t.end, to));
    if (lead) {
      to = t.end + lead.index;
      // the verb before a noun phrase says whether the time broke it ("… and improves on the meeting record of ")
      const verb = /(?:[^\s,;–—]{1,30}\s){0,3}$/.exec(doc.text.slice(Math.max(t.end, to - 60), to))?.[0] ?? '';
      nextRecord = { text: verb + lead[0], from: to };
    }
  }
  if (athlete && athlete.start >= from && athlete.end <= t.start) {
    from = athlete.start;
    // "Hahn broke her own WR with her 12.38": a pronoun's clause opens at the name it stands for
    if (athlete.ref) {
      const named = lastIn(anchors, from - REACH > s.start ? from - REACH : s.start, athlete.start).find((a) => a.person === athlete.person && !a.ref);
      if (named && !firstIn(times, named.end, athlete.start, 1).length) from = named.start;
    }
  }
  // "Rono, who clocked 26:50.16 earlier this year, was second": a time inside an aside ends at its comma
  const open = doc.text.slice(from, t.start).search(OPEN_ASIDE);
  if (open >= 0) {
    const close = doc.text.slice(t.end, to).search(ASIDE_CLOSE);
    if (close >= 0) to = t.end + close;
  }
  const other = firstIn(anchors, t.end, to).find((a) => a.person !== athlete?.person);
  if (other) to = other.start;
  // "ran 10.14 for silver, while X was third": a new clause after the time speaks of someone else
  const next = CLAUSE_AFTER.exec(doc.text.slice(t.end, to));
  if (next) to = t.end + next.index;
  // "9:04.93NR PB" in a results table: a code written onto the time is still a word of its own
  const glued = /^\p{L}/u.test(doc.text.slice(t.end, t.end + 1)) ? ' ' : '';
  return { text: doc.text.slice(from, t.end) + glued + doc.text.slice(t.end, Math.max(t.end, to)), from, nextRecord, mark };
}

/**
 * A results line's leading position: "1 Peres Jepchirchir (KEN) 1:06:45", "2. Lokedi 1:07:43", "| 3 | Purdue |
 * GBR | 1:09:36 |". Only for a line that holds this one time and no longer than a results row.
 */
const RESULT_ROW = /^[ \t|]*(\d{1,3})(?:[.)]|st|nd|rd|th|=)?[ \t|]+\p{Lu}/u;

export function rowPlace(doc: Doc, t: TimeMention, times: SpanIndex<TimeMention>): Found<number> | null {
  const text = doc.text;
  const from = text.lastIndexOf('\n', t.start) + 1;
  if (t.start - from > 120) return null;
  let to = text.indexOf('\n', t.end);
  if (to < 0) to = text.length;
  if (to - t.end > 60 || firstIn(times, from, to, 2).length !== 1) return null;
  const m = RESULT_ROW.exec(text.slice(from, t.start));
  if (!m) return null;
  const place = Number(m[1]);
  return place >= 1 && place <= 500 ? { value: place, rule: 'place/results-row' } : null;
}

/** A relative clause or a title in apposition inside the clause ("Rono, who was fourth at the Olympics, finished second", "Tirop, the world bronze medallist, won") speaks of another race. */
const ASIDE = /,\s?(?:who|which|whose)\b[^,;]{0,120},|,\s?(?:the|a|an)\s(?:[^,;]|,(?=\d)){0,80}?\b(?:champion|medall?ist|winner|holder|finalist)s?\s?,/g;

/** The clause without its asides between commas. */
const withoutAsides = (clause: string, aside: RegExp) => (clause.includes(',') ? clause.replace(aside, ',') : clause);

export function placeOf(clause: string): Found<number> | null {
  const main = withoutAsides(clause, ASIDE);
  for (const r of PLACE_RULES) {
    const m = r.pattern.exec(main);
    if (!m) continue;
    const place = r.place === 'ordinal' ? ordinalValue(m[1] ?? '') : r.place;
    if (place !== null) return { value: place, rule: r.id };
  }
  return null;
}

/** "world record-holder Hicham El Guerrouj", "French record holder": a title of a person, not a record of the time. */
const HOLDER = /record[- ]?holders?\b/gi;
/** The up to three words of a holder's title before "record holder" ("world", "French 800m", "former world"). */
const HOLDER_WORDS = /(?:[\p{L}\d'’.-]{1,30}\s){0,3}$/u;

/** The text without its record holders' titles. */
export function withoutHolders(text: string): string {
  if (!/record[- ]?holder/i.test(text)) return text;
  let out = '';
  let at = 0;
  for (const m of text.matchAll(HOLDER)) {
    const before = text.slice(Math.max(at, m.index - 90), m.index);
    const words = HOLDER_WORDS.exec(before);
    out += text.slice(at, m.index - (words ? words[0].length : 0)) + ' ';
    at = m.index + m[0].length;
  }
  return out + text.slice(at);
}

export function recordsOf(text: string): { codes: RecordCode[]; indoor: boolean; rules: string[] } {
  const codes = new Set<RecordCode>();
  const rules: string[] = [];
  let indoor = false;
  const clause = withoutHolders(text);
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

/** An appositive or relative aside ("Seville, a World Championships finalist in 2022, finished second"). */
const APPOSITIVE = /,\s?(?:who|which|whose|a|an|the)\b[^,;]{0,120},/g;

export function yearOf(clause: string): number | null {
  const m = YEAR.exec(withoutAsides(clause, APPOSITIVE));
  return m ? Number(m[1]) : null;
}

const ORDINAL_WORD = String.raw`(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))`;

/** Between a name and its bracketed time, a bare ordinal: "Ky Robisson of Stanford third (28:55.7)", "with Kiplagat second (2:02:55)". */
const ORDINAL_BRACKET = new RegExp(String.raw`^(?:\s(?:of|from)\s\p{Lu}[\p{L}'’.-]{0,30}(?:\s\p{Lu}[\p{L}'’.-]{0,30}){0,2})?,?\s${ORDINAL_WORD}\s?\(\s?$`, 'iu');

/** Before a name at the start of its sentence: "Second place went to Sprintec's Shashalee Forbes in 10.96". */
const PLACE_WENT_TO = new RegExp(String.raw`^\s*(?:(?:And|But|In|The)\s)?(?:${ORDINAL_WORD}(?:[- ]place)?|(gold|silver|bronze)(?:\smedal)?)\s(?:went\sto|was|belonged\sto|fell\sto)\s(?:[\p{L}'’.-]{1,30}\s){0,4}$`, 'iu');

/** "In third, 20-year-old Kirsty Maher …": an ordinal opening the sentence, before the runner. */
const IN_ORDINAL = new RegExp(String.raw`^\s*In\s${ORDINAL_WORD}(?:\splace)?,\s(?:[\p{L}\d'’.-]{1,30}\s){0,4}$`, 'iu');

/** "Japan won bronze through Masumi Aoki, whose time …", "India's second gold came in the 1500m through X": a medal won through the runner. */
const MEDAL_THROUGH = /\b(gold|silver|bronze)\b[^.;!?]{0,60}\bthrough\s(?:[\p{L}'’.-]{1,30}\s){0,3}$/iu;

const MEDAL_PLACE: Readonly<Record<string, number>> = { gold: 1, silver: 2, bronze: 3 };

/** A place said around the runner's name rather than in the clause after it. */
export function placeAtName(doc: Doc, t: TimeMention, s: Sentence, athlete: Anchor | null, times: SpanIndex<TimeMention>): Found<number> | null {
  // the runner's first time after the name only
  if (!athlete || athlete.end > t.start || athlete.start < s.start || firstIn(times, athlete.end, t.start, 1).length) return null;
  const bracket = ORDINAL_BRACKET.exec(doc.text.slice(athlete.end, t.start));
  if (bracket) return found(ordinalValue(bracket[1]!), 'place/ordinal-bracketed');
  const opening = doc.text.slice(s.start, athlete.start);
  const went = PLACE_WENT_TO.exec(opening) ?? IN_ORDINAL.exec(opening);
  if (went) return found(went[2] ? MEDAL_PLACE[went[2].toLowerCase()] : ordinalValue(went[1]!), 'place/went-to');
  const medal = opening.includes('through') ? MEDAL_THROUGH.exec(opening) : null;
  return medal ? found(MEDAL_PLACE[medal[1]!.toLowerCase()], 'place/medal-through') : null;
}

function found(place: number | null | undefined, rule: string): Found<number> | null {
  return place === null || place === undefined ? null : { value: place, rule };
}

/** The earlier time of the sentence when this one is a record's mark named after it ("ran 4:25.13 to smash a championship record of 4:27.18"), else null. */
export function markAfter(doc: Doc, t: TimeMention, s: Sentence, times: SpanIndex<TimeMention>): TimeMention | null {
  const prev = lastIn(times, s.start, t.start, 1)[0];
  return prev && recordMark(doc.text.slice(prev.end, t.start)) ? prev : null;
}
