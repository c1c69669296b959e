/**
 * Link stage: each time becomes a performance by finding, around it, the athlete who ran it, the event
 * that makes its reading plausible, the competition, the place and the records. Pure; linear in the size
 * of the article (every look-up is a bounded range query over sorted spans).
 */
import type { CompetitionMention, Doc, EventMention, Extraction, PerformanceMention, Sentence, TimeMention, TimeReading } from '../types.js';
import type { Anchor, Found } from './athlete.js';
import { findAthlete } from './athlete.js';
import { buildContext, competitionKey, findCompetition, findEvent, isEpithet, type LinkContext } from './context.js';
import { clauseAround, markAfter, placeAtName, placeOf, recordsOf, rowPlace, yearOf } from './details.js';
import { addRecords, bestFromTo, pluralRecords, recordsBeyond, recordsSaidApart } from './records.js';
import { carryPlaces, placesSaid } from './places.js';
import { relayTeam, sharedBy } from './relay.js';
import { followers, placeRuns } from './sequence.js';
import { firstIn, indexSpans, sentenceAt, type SpanIndex } from './spans.js';
import { spanIndexAt } from '../util/spans.js';
import { plausibleSeconds } from '../extract/times/index.js';
import { rejected } from '../rules/reject.js';
import { COMPETITION_IS_TITLE, COMPETITION_OTHER_YEAR, MARK_WITHOUT_HOLDER, NO_EVENT, OUTSIDE_SENTENCES, RELAY_WITHOUT_TEAM, WEAK_TIME_ALONE, noEventReason, weakReason } from './explain.js';

export { PLACE_RULES, RECORD_RULES } from './model.js';

/** A title word right after the mention: "World Cross Country bronze", "Olympic 200m champion". */
const TITLE_AFTER = /^(?:\s\d{2,5}m)?(?:,?\s(?:and|&)(?:\s[\p{L}-]{1,20}){1,3}?)?\s(?:champions?|(?:semi-?)?finalists?|title|titles|medall?ists?|medals?|gold|silver|bronze|crown|record)\b/iu;

/** A competition mention that ends in one of these words is a title someone holds, not a race. */
const TITLE_WORD = /\b(?:champions?|championship title|title(?:-holder)?s?|medall?ists?|(?:gold|silver|bronze) medals?|medals?|gold|silver|bronze|finalists?|winners?|crown|record(?:-holder)?)$/i;

function personAnchors(x: Extraction): Anchor[] {
  const out: Anchor[] = [];
  x.persons.persons.forEach((p, person) => {
    for (const m of p.mentions) out.push({ start: m.start, end: m.end, person, ref: false });
  });
  for (const r of x.persons.refs) out.push({ start: r.start, end: r.end, person: r.person, ref: true });
  return out;
}

/** What the linker holds for one article while it walks the times. */
interface Linker {
  doc: Doc;
  ctx: LinkContext;
  anchors: SpanIndex<Anchor>;
  times: SpanIndex<TimeMention>;
  inQuote: (sp: { start: number; end: number }) => boolean;
  /** The article's main event so far, swept along with the times (events not inside a race's name). */
  main: Map<string, { n: number; last: EventMention }>;
  nextEvent: number;
  /** Anchors in object position, read once (see findAthlete). */
  objects: Map<Anchor, boolean>;
  /** Performances whose time is a record's mark named after another time: no result of the race. */
  marks: Set<PerformanceMention>;
}

/** A record held, named before its mark ("currently holds the world record of "). */
const HELD_RECORD = /\b(?:holds?|held|owns?|owned|holder of)\s(?:the\s|a\s)?(?:[\w'’-]{1,20}\s){0,3}(?:record|best)\sof\s$/i;

/** Athlete rules that take the sentence's subject (not a name tied to the time itself: a possessive, "set by"). */
const SUBJECT_RULES: ReadonlySet<string> = new Set(['link/athlete-before-in-sentence', 'link/athlete-named-subject', 'link/athlete-coordinated-subject', 'link/athlete-previous-subject']);

/** Link stage: one performance per time that can be tied to an athlete and an event. */
export function linkPerformances(doc: Doc, x: Extraction): PerformanceMention[] {
  if (!x.times.length) return [];
  // "a three-time Olympic champion", "the world indoor title": a title names no race the time was run in
  const races = x.competitions.filter((c) => !TITLE_WORD.test(c.text) && !TITLE_AFTER.test(doc.text.slice(c.end, c.end + 24)));
  if (doc.log.enabled) for (const c of x.competitions) if (!races.includes(c)) rejected(doc.log, 'link', COMPETITION_IS_TITLE, c.start, c.end);
  // a competition named inside a quote ("I'm going to win the worlds") is a wish, not where a time outside it was run
  const quoted = indexSpans(x.quotes.flatMap((q) => q.parts)).items;
  const lk: Linker = {
    doc,
    ctx: buildContext(doc, indexSpans(x.events), indexSpans(races)),
    anchors: indexSpans(personAnchors(x)),
    times: indexSpans(x.times),
    inQuote: (sp) => (quoted[spanIndexAt(quoted, sp.start)]?.end ?? -1) >= sp.end,
    main: new Map(),
    nextEvent: 0,
    objects: new Map(),
    marks: new Set(),
  };
  const out: PerformanceMention[] = [];
  for (const t of lk.times.items) out.push(...linkTime(lk, t));
  placeRuns(doc, out);
  recordsSaidApart(doc, out, lk.anchors, lk.times);
  const own = lk.ctx.frames.main;
  // an article that names no race of its own reports one unnamed race: the times tied to no race are its
  const raceOf = own ? (p: PerformanceMention) => p.competition === own || (p.competition !== null && competitionKey(p.competition) === competitionKey(own)) : mostLinked(out);
  carryPlaces(out, () => placesSaid(doc, lk.anchors, own?.year ?? doc.year), (p) => !lk.marks.has(p) && raceOf(p));
  followers(doc, out);
  return out;
}

/**
 * An article whose lead names no race of its own: the race most of its times are tied to (no race at all when
 * most are tied to none) is the one it reports.
 */
function mostLinked(perfs: readonly PerformanceMention[]): (p: PerformanceMention) => boolean {
  const keyOf = (p: PerformanceMention) => (p.competition ? competitionKey(p.competition) : '');
  const count = new Map<string, number>();
  for (const p of perfs) count.set(keyOf(p), (count.get(keyOf(p)) ?? 0) + 1);
  let best = '';
  for (const [k, n] of count) if (n > (count.get(best) ?? 0)) best = k;
  return (p) => keyOf(p) === best;
}

/** Counts the events named before the time into the article's main event (an epithet's apart from the races). */
function sweepEvents(lk: Linker, t: TimeMention): void {
  const items = lk.ctx.events.items;
  for (; lk.nextEvent < items.length && items[lk.nextEvent]!.start < t.start; lk.nextEvent++) {
    const e = items[lk.nextEvent]!;
    if (lk.ctx.eventIn.has(e)) continue;
    const key = isEpithet(lk.doc, e) ? `epithet:${e.name}` : e.name;
    lk.main.set(key, { n: (lk.main.get(key)?.n ?? 0) + 1, last: e });
  }
}

/**
 * Which competitions a time may belong to: not a race whose name gives a distance the time is implausible for
 * ("Wokingham Half Marathon" for a 38-minute time), not one named inside a quote the time is not in.
 */
function usableFor(lk: Linker, t: TimeMention): (c: CompetitionMention) => boolean {
  const timeQuoted = lk.inQuote(t);
  return (c) => {
    const own = lk.ctx.raceEvent.get(competitionKey(c));
    return (!own || t.readings.some((r) => plausibleSeconds(r.seconds, own))) && (timeQuoted || !lk.inQuote(c));
  };
}

/** One time's performances: none, one, or one per runner of a relay team. */
function linkTime(lk: Linker, t: TimeMention): PerformanceMention[] {
  const { doc, ctx } = lk;
  sweepEvents(lk, t);
  const sIdx = sentenceAt(doc.sentences, t.start);
  if (sIdx < 0 && rejected(doc.log, 'link', OUTSIDE_SENTENCES, t.start, t.end)) return [];
  const s = doc.sentences[sIdx]!;
  const usable = usableFor(lk, t);
  // a results row ("1 | BRN | YAVI Winfred | 8:44.39") belongs to the race the article reports, whatever
  // background race its paragraph named before the table
  const row = rowPlace(doc, t, lk.times);
  const reported = ctx.frames.main;
  let comp = row && reported && usable(reported) && !firstIn(ctx.comps, s.start, s.end, 1).length ? { value: reported, rule: 'link/competition-of-results-table' } : findCompetition(ctx, t, sIdx, usable);
  const ev = findEvent(ctx, t, sIdx, comp?.value ?? null, lk.main);
  if (!ev) {
    rejected(doc.log, 'link', NO_EVENT, t.start, t.end, noEventReason(t));
    return [];
  }
  // a relay time is a team's: it is each named runner's when the sentence names the team ("the American team
  // of Oliver, Daniels, Prandini and Thomas won silver in 41.45"), and no one's otherwise
  const team = ev.value.event.discipline === 'relay' ? relayTeam(doc, t, s, lk.anchors) : null;
  if (ev.value.event.discipline === 'relay' && !team && rejected(doc.log, 'link', RELAY_WITHOUT_TEAM, t.start, t.end)) return [];
  // a race whose name gives another distance ("Wokingham Half Marathon") is not where a 10km time was run
  const fits = (c: CompetitionMention) => {
    const own = ctx.raceEvent.get(competitionKey(c));
    return !own || own.name === ev.value.event.name;
  };
  if (comp && !fits(comp.value)) comp = findCompetition(ctx, t, sIdx, (c) => usable(c) && fits(c));
  let ath = team ? { value: team[team.length - 1]!, rule: 'link/athlete-relay-team' } : findAthlete(doc, t, sIdx, lk.anchors, lk.times, lk.objects);
  if (t.weak && (!ath || ev.rule !== 'link/event-in-sentence') && rejected(doc.log, 'link', WEAK_TIME_ALONE, t.start, t.end, weakReason(!!ath, ev.rule))) return [];
  // "Ramsden ran 4:25.13 to smash a nine-year-old championship record of 4:27.18": the subject named before the
  // earlier time ran that one; the record's holder is not named
  const mark = ath && SUBJECT_RULES.has(ath.rule) ? markAfter(doc, t, s, lk.times) : null;
  if (mark && ath!.value.end <= mark.start && rejected(doc.log, 'link', MARK_WITHOUT_HOLDER, t.start, t.end)) return [];
  // a dead heat, "A and B both of 48.79": one time, each runner's
  const shared = team ? null : sharedBy(doc, t, s, lk.anchors, ath?.value ?? null);
  if (shared) ath = { value: shared[0]!, rule: 'link/athlete-shared-time' };
  return performancesOf(lk, t, s, { ev, comp, ath, row, team: team ?? shared, shared: !!shared });
}

interface Linked {
  ev: Found<{ event: EventMention; reading: TimeReading }>;
  comp: Found<CompetitionMention> | null;
  ath: Found<Anchor> | null;
  row: Found<number> | null;
  team: Anchor[] | null;
  /** The team is runners sharing one time, not a relay team. */
  shared?: boolean;
}

/** The time's performances with the place, records, venue and year its clause gives. */
function performancesOf(lk: Linker, t: TimeMention, s: Sentence, { ev, comp, ath, row, team, shared }: Linked): PerformanceMention[] {
  const { doc } = lk;
  const around = clauseAround(doc, t, s, lk.anchors, ath?.value ?? null, lk.times);
  const clause = around.text;
  // "the record of 8:44.32 set by Chepkoech in 2018": a year in the time's clause that is not the race's
  // edition dates another race, which the article does not name
  const clauseYear = yearOf(clause);
  const race = comp?.value;
  if (race && clauseYear !== null && race.year !== null && clauseYear !== race.year && !clause.includes(race.text) && rejected(doc.log, 'link', COMPETITION_OTHER_YEAR, t.start, t.end, () => `${COMPETITION_OTHER_YEAR.reason}: ${clauseYear}, not ${race.name} ${race.year}`)) comp = null;
  // "improved his PB from 13:43 to 13:39": both were bests; the old one was run in a race the article does not name
  const bettered = bestFromTo(doc, t, s, lk.times);
  if (bettered?.old) comp = null;
  const place = bettered?.old ? null : (row ?? placeAtName(doc, t, s, ath?.value ?? null, lk.times) ?? placeOf(clause));
  const rec = recordsOf(clause);
  addRecords(rec, recordsBeyond(doc, t, around, ev.value.event.discipline === 'road', rec.codes));
  addRecords(rec, pluralRecords(doc, t, s, lk.times));
  // (the old mark's records are the best it was, not what its clause says of the new race)
  if (bettered?.old) rec.codes = [];
  if (bettered) addRecords(rec, { codes: bettered.codes, rules: ['record/best-from-to'] });
  const indoor = rec.indoor || /\bindoors?\b/i.test(doc.text.slice(Math.max(s.start, t.start - 300), Math.min(s.end, t.end + 300))) || comp?.value.indoor === true;
  const rules = [t.rule, ev.rule, ath?.rule, comp?.rule, place?.rule, ...rec.rules].filter((r): r is string => !!r);
  const out = (team ?? [ath?.value ?? null]).map((runner): PerformanceMention => ({
    start: t.start,
    end: t.end,
    rule: t.rule,
    time: t,
    reading: ev.value.reading,
    person: runner?.person ?? null,
    event: ev.value.event,
    competition: comp?.value ?? null,
    place: place?.value ?? null,
    records: rec.codes,
    venue: indoor ? 'indoor' : null,
    year: clauseYear ?? comp?.value.year ?? null,
    rules: team ? [...rules] : rules,
  }));
  // runners sharing a time ("the same time as B") share no stated place: only the time's own runner has it
  if (shared) for (const p of out.slice(1)) p.place = null;
  // "Greene currently holds the world record of 6.39": a record held is a mark, not a result of the race
  if (around.mark || HELD_RECORD.test(doc.text.slice(Math.max(s.start, t.start - 70), t.start))) for (const p of out) lk.marks.add(p);
  return out;
}
