/**
 * The records of a time, read beyond the words of its own clause (details.ts `recordsOf`):
 * - a bare "record" ("the record of 8:44.32", "improving on the previous record", "Mutai's 2011 record of
 *   2:05:06") is the record the text named last before it, in its sentence or the sentence before in the
 *   paragraph ("… short of the world record. … the record of 8:44.32" → WR); with none named, a road race's
 *   record is its course record;
 * - a time that breaks a record whose old mark comes next ("in 2:04:58, surpassing Mutai's record of 2:05:06")
 *   holds that record too.
 */
import type { Doc, PerformanceMention, RecordCode, Sentence, Span, TimeMention } from '../types.js';
import type { Anchor } from './athlete.js';
import type { SpanIndex } from './spans.js';
import { RECORD_RULES, type RecordRule } from './model.js';
import { recordsOf, withoutHolders, type Clause } from './details.js';
import { firstIn, lastIn, sentenceAt } from './spans.js';
import { otherYear } from './places.js';

/** Codes a bare "record" can stand for: records of a race or a nation, not a runner's bests. */
const OFFICIAL: ReadonlySet<RecordCode> = new Set(['WR', 'AR', 'ER', 'NR', 'CR', 'MR']);

/**
 * "the record", "a record of", "his previous record", "Mutai's 2011 record", "the 3,000-metre record": a record
 * with no kind. Not "record holder", "record-breaking", "a record crowd", "a record 13th title".
 */
const BARE_RECORD = /(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Pp]revious|[Oo]ld|[Nn]ew|[Ff]ormer|[Ee]xisting|[Ss]tanding|(?:19|20)\d\d)|\b\p{Lu}[\p{L}-]*['’]s)\s(?:(?:previous|old|new|former|existing|standing|own|official|current|ratified)\s)?(?:[\d,.]+[- ]?(?:m|k|km|metres?|meters?|metre|meter|miles?)\s)?record\b(?![- ]?(?:holders?|breaking|breaker|books?|crowd|field|number|entry|low|high|\d))/u;

/** A phrase that breaks the record whose mark is the next time ("…, surpassing Mutai's 2011 record of "). */
const BREAKS = /\b(?:surpass\w*|break\w*|broke|better\w*|improv\w*|eclips\w*|lower\w*|smash\w*|shatter\w*|erased?|erasing|beat(?:ing|s)?)\b/i;

/** Each record rule's pattern, global, to find the last record named in a text. */
const GLOBAL: readonly [RecordRule, RegExp][] = RECORD_RULES.filter((r) => OFFICIAL.has(r.code)).map((r) => [r, new RegExp(r.pattern.source, `${r.pattern.flags.replace('g', '')}g`)]);

/** The kind of the last official record named in a text, or null. */
function lastRecordNamed(text: string): RecordRule | null {
  let best: RecordRule | null = null;
  let at = -1;
  const plain = withoutHolders(text);
  for (const [rule, g] of GLOBAL) {
    g.lastIndex = 0;
    for (let m = g.exec(plain); m; m = g.exec(plain)) if (m.index > at) [best, at] = [rule, m.index];
  }
  return best;
}

interface BareRecord {
  code: RecordCode;
  rule: string;
}

/**
 * The record a bare "record" in a time's clause stands for: the last one named before the clause (its sentence,
 * and the sentence before in its paragraph), else a road race's course record. Null when the clause names a
 * record's kind itself or no bare record.
 */
function bareRecord(doc: Doc, s: number, clauseFrom: number, clause: string, codes: readonly RecordCode[], road: boolean): BareRecord | null {
  if (!clause.includes('record') || codes.some((c) => OFFICIAL.has(c)) || !BARE_RECORD.test(withoutHolders(clause))) return null;
  const here = doc.sentences[s]!;
  const prev = doc.sentences[s - 1];
  const from = prev && prev.block === here.block ? prev.start : here.start;
  const named = lastRecordNamed(doc.text.slice(from, Math.max(from, clauseFrom)));
  if (named) return { code: named.code, rule: 'record/named-before' };
  return road ? { code: 'CR', rule: 'record/road-course' } : null;
}

interface Records {
  codes: RecordCode[];
  rules: string[];
}

/** The records a time holds beyond its clause's own words: a bare record's kind, a record it broke whose mark follows. */
export function recordsBeyond(doc: Doc, t: Span, clause: Clause, road: boolean, own: readonly RecordCode[]): Records {
  const s = sentenceAt(doc.sentences, t.start);
  const out: Records = { codes: [], rules: [] };
  const bare = bareRecord(doc, s, clause.from, clause.text, own, road);
  if (bare) out.codes.push(bare.code), out.rules.push(bare.rule);
  const next = clause.nextRecord;
  if (next && BREAKS.test(next.text)) {
    const said = recordsOf(next.text).codes.filter((c) => OFFICIAL.has(c));
    const kind = said.length ? said : [bareRecord(doc, s, next.from, next.text, said, road)?.code].filter((c): c is RecordCode => !!c);
    if (kind.length) out.codes.push(...kind), out.rules.push('record/broke-next');
  }
  return out;
}

/** Two lists of record codes as one, each code once, in code order. */
const union = (a: readonly RecordCode[], b: readonly RecordCode[]): RecordCode[] => [...new Set([...a, ...b])].sort();

/** Adds records to a clause's own, each code once, in code order. */
export function addRecords(rec: Records, more: Records): void {
  if (!more.codes.length) return;
  rec.codes = union(rec.codes, more.codes);
  rec.rules.push(...more.rules);
}

/** A sentence that states records of a time said before it: "It was a Welsh record for Azu", "Wanyonyi set a meeting record". */
const SAID_OPENER = /^\s*(?:(?:It|That|This|The\s(?:time|mark|run|performance|clocking)|(?:His|Her|Their)\s(?:time|mark|run|performance|clocking))\s(?:\w+\s)?(?:was|is|represents|represented|also|equalled|set|broke)\b|\p{Lu}[\p{L}'’-]+\s(?:also\s)?(?:set|broke|equalled|established|smashed|lowered|improved)\s)/u;

/** How many sentences back a time may stand from the sentence that states its records. */
const SAID_REACH = 2;

/**
 * Records stated apart from the time, in the next sentences: "He clocked 6.47 … . It was a Welsh record for Azu."
 * A sentence with no time or year of its own that opens with "It was" / "The time was" or with a runner's name and
 * "set" gives its records to that runner's (or, for "It", the last) time in the two sentences before, in its
 * paragraph or the one before.
 */
export function recordsSaidApart(doc: Doc, perfs: readonly PerformanceMention[], anchors: SpanIndex<Anchor>, times: SpanIndex<TimeMention>): void {
  if (!perfs.length) return;
  for (let i = 0; i < doc.sentences.length; i++) {
    const s = doc.sentences[i]!;
    const text = doc.text.slice(s.start, s.end);
    if (!SAID_OPENER.test(text) || !/record|\b(?:PB|SB|WL|NR|CR|MR)\b|best|lead/i.test(text) || otherYear(text, doc.year) || firstIn(times, s.start, s.end, 1).length) continue;
    const codes = recordsOf(text).codes;
    if (!codes.length) continue;
    const named = firstIn(anchors, s.start, s.end, 1)[0];
    const first = doc.sentences[Math.max(0, i - SAID_REACH)]!;
    // (in its paragraph or the one before)
    const from = first.block >= s.block - 1 ? first.start : (doc.blocks[s.block - 1]?.start ?? s.start);
    const target = [...perfs].reverse().find((p) => p.start >= from && p.start < s.start && (named ? p.person === named.person : true));
    if (!target || (!named && !/^\s*(?:It|That|This|The|His|Her|Their)\b/.test(text))) continue;
    for (const p of perfs) {
      if (p.time !== target.time) continue;
      p.records = union(p.records, codes);
      p.rules.push('record/said-apart');
    }
  }
}

/** "ran PBs of 52.64 and 52.77": a plural record phrase before a list of times is each one's. */
const PLURAL_RECORDS = /\b(?:PBs|SBs|personal bests|season(?:['’]s)? bests|lifetime bests|(?:national|world|area|European|championship|meeting|course)\s(?:records|bests))\s(?:of|in)\s$/i;
/** Between two times of one list. */
const LIST_JOIN = /^\s?(?:,|,?\s(?:and|&))\s?$/;

/** The codes of a plural record phrase before the list a time ends ("PBs of 52.64 and 52.77"), or none. */
export function pluralRecords(doc: Doc, t: Span, s: Sentence, times: SpanIndex<TimeMention>): Records {
  const none: Records = { codes: [], rules: [] };
  let first = t;
  for (let prev = lastIn(times, s.start, first.start, 1)[0]; prev && LIST_JOIN.test(doc.text.slice(prev.end, first.start)); prev = lastIn(times, s.start, first.start, 1)[0]) first = prev;
  if (first === t) return none;
  const phrase = PLURAL_RECORDS.exec(doc.text.slice(Math.max(s.start, first.start - 40), first.start));
  return phrase ? { codes: recordsOf(phrase[0]).codes, rules: ['record/plural-list'] } : none;
}

/** "improved his PB from 13:43 to 13:39", "her best all the way from 15:42 to 15:18": a best bettered, old mark to new. */
const BEST_FROM = /\b(?:PB|personal best|best|record|SB|season(?:['’]s)? best)\s(?:(?:all\s)?(?:the\s)?(?:way\s)?)?from\s$/i;
const FROM_TO = /^ ?(?:secs?|seconds?)? ?to $/i;

/**
 * A best bettered "from" an old mark "to" a new one: both were the runner's best when run, and the old one is
 * from a race the article does not name. Null for any other time.
 */
export function bestFromTo(doc: Doc, t: Span, s: Sentence, times: SpanIndex<TimeMention>): { old: boolean; codes: RecordCode[] } | null {
  const prev = lastIn(times, s.start, t.start, 1)[0];
  if (prev && FROM_TO.test(doc.text.slice(prev.end, t.start))) {
    const phrase = BEST_FROM.exec(doc.text.slice(Math.max(s.start, prev.start - 40), prev.start));
    if (phrase) return { old: false, codes: bestCodes(phrase[0]) };
  }
  const next = firstIn(times, t.end, s.end, 1)[0];
  if (!next || !FROM_TO.test(doc.text.slice(t.end, next.start))) return null;
  const phrase = BEST_FROM.exec(doc.text.slice(Math.max(s.start, t.start - 40), t.start));
  return phrase ? { old: true, codes: bestCodes(phrase[0]) } : null;
}

/** The kind of a best bettered: a season's best, a record named, else a personal best ("her best"). */
function bestCodes(phrase: string): RecordCode[] {
  if (/season|\bSB\b/i.test(phrase)) return ['SB'];
  const named = recordsOf(phrase).codes;
  return named.length ? named : ['PB'];
}
