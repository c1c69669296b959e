/**
 * Link stage: each time becomes a performance by finding, around it, the athlete who ran it, the event
 * that makes its reading plausible, the competition, the place and the records. Pure; linear in the size
 * of the article (every look-up is a bounded range query over sorted spans).
 */
import type { CompetitionMention, Doc, EventMention, Extraction, PerformanceMention } from '../types.js';
import type { Anchor } from './athlete.js';
import { findAthlete } from './athlete.js';
import { buildContext, competitionKey, findCompetition, findEvent, isEpithet } from './context.js';
import { clauseAround, placeOf, recordsOf, rowPlace, yearOf } from './details.js';
import { carryPlaces, placesSaid } from './places.js';
import { relayTeam } from './relay.js';
import { placeRuns } from './sequence.js';
import { firstIn, indexSpans, sentenceAt } from './spans.js';
import { spanIndexAt } from '../util/spans.js';
import { plausibleSeconds } from '../extract/times/index.js';
import { rejected } from '../rules/reject.js';
import { COMPETITION_IS_TITLE, COMPETITION_OTHER_YEAR, NO_EVENT, OUTSIDE_SENTENCES, RELAY_WITHOUT_TEAM, WEAK_TIME_ALONE, noEventReason, weakReason } from './explain.js';

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

/** Link stage: one performance per time that can be tied to an athlete and an event. */
export function linkPerformances(doc: Doc, x: Extraction): PerformanceMention[] {
  if (!x.times.length) return [];
  const anchors = indexSpans(personAnchors(x));
  const times = indexSpans(x.times);
  // "a three-time Olympic champion", "the world indoor title": a title names no race the time was run in
  const races = x.competitions.filter((c) => !TITLE_WORD.test(c.text) && !TITLE_AFTER.test(doc.text.slice(c.end, c.end + 24)));
  if (doc.log.enabled) for (const c of x.competitions) if (!races.includes(c)) rejected(doc.log, 'link', COMPETITION_IS_TITLE, c.start, c.end);
  // a competition named inside a quote ("I'm going to win the worlds") is a wish, not where a time outside it was run
  const quoted = indexSpans(x.quotes.flatMap((q) => q.parts)).items;
  const inQuote = (sp: { start: number; end: number }) => (quoted[spanIndexAt(quoted, sp.start)]?.end ?? -1) >= sp.end;
  const ctx = buildContext(doc, indexSpans(x.events), indexSpans(races));
  // the article's main event so far, swept along with the times (events not inside a race's name)
  const main = new Map<string, { n: number; last: EventMention }>();
  const objects = new Map<Anchor, boolean>(); // anchors in object position, read once (see findAthlete)
  let nextEvent = 0;
  const out: PerformanceMention[] = [];
  for (const t of times.items) {
    for (; nextEvent < ctx.events.items.length && ctx.events.items[nextEvent]!.start < t.start; nextEvent++) {
      const e = ctx.events.items[nextEvent]!;
      if (ctx.eventIn.has(e)) continue;
      // (an epithet's event, "the world 800m champion", counted apart from the races named)
      const key = isEpithet(doc, e) ? `epithet:${e.name}` : e.name;
      main.set(key, { n: (main.get(key)?.n ?? 0) + 1, last: e });
    }
    const sIdx = sentenceAt(doc.sentences, t.start);
    if (sIdx < 0 && rejected(doc.log, 'link', OUTSIDE_SENTENCES, t.start, t.end)) continue;
    const s = doc.sentences[sIdx]!;
    // a race whose name gives a distance the time is implausible for ("Wokingham Half Marathon" for a
    // 38-minute time) is not where the time was run
    const possible = (c: CompetitionMention) => {
      const own = ctx.raceEvent.get(competitionKey(c));
      return !own || t.readings.some((r) => plausibleSeconds(r.seconds, own));
    };
    const timeQuoted = inQuote(t);
    const usable = (c: CompetitionMention) => possible(c) && (timeQuoted || !inQuote(c));
    // a results row ("1 | BRN | YAVI Winfred | 8:44.39") belongs to the race the article reports, whatever
    // background race its paragraph named before the table
    const row = rowPlace(doc, t, times);
    const reported = ctx.frames.main;
    let comp = row && reported && usable(reported) && !firstIn(ctx.comps, s.start, s.end, 1).length ? { value: reported, rule: 'link/competition-of-results-table' } : findCompetition(ctx, t, sIdx, usable);
    const ev = findEvent(ctx, t, sIdx, comp?.value ?? null, main);
    if (!ev) {
      rejected(doc.log, 'link', NO_EVENT, t.start, t.end, noEventReason(t));
      continue;
    }
    // a relay time is a team's: it is each named runner's when the sentence names the team ("the American team
    // of Oliver, Daniels, Prandini and Thomas won silver in 41.45"), and no one's otherwise
    const team = ev.value.event.discipline === 'relay' ? relayTeam(doc, t, s, anchors) : null;
    if (ev.value.event.discipline === 'relay' && !team && rejected(doc.log, 'link', RELAY_WITHOUT_TEAM, t.start, t.end)) continue;
    // a race whose name gives another distance ("Wokingham Half Marathon") is not where a 10km time was run
    const fits = (c: CompetitionMention) => {
      const own = ctx.raceEvent.get(competitionKey(c));
      return !own || own.name === ev.value.event.name;
    };
    if (comp && !fits(comp.value)) comp = findCompetition(ctx, t, sIdx, (c) => usable(c) && fits(c));
    const ath = team ? { value: team[team.length - 1]!, rule: 'link/athlete-relay-team' } : findAthlete(doc, t, sIdx, anchors, times, objects);
    if (t.weak && (!ath || ev.rule !== 'link/event-in-sentence') && rejected(doc.log, 'link', WEAK_TIME_ALONE, t.start, t.end, weakReason(!!ath, ev.rule))) continue;
    const clause = clauseAround(doc, t, s, anchors, ath?.value ?? null, times);
    // "the record of 8:44.32 set by Chepkoech in 2018": a year in the time's clause that is not the race's
    // edition dates another race, which the article does not name
    const clauseYear = yearOf(clause);
    if (comp && clauseYear !== null && comp.value.year !== null && clauseYear !== comp.value.year && !clause.includes(comp.value.text) && rejected(doc.log, 'link', COMPETITION_OTHER_YEAR, t.start, t.end, () => `${COMPETITION_OTHER_YEAR.reason}: ${clauseYear}, not ${comp!.value.name} ${comp!.value.year}`)) comp = null;
    const place = row ?? placeOf(clause);
    const rec = recordsOf(clause);
    const indoor = rec.indoor || /\bindoors?\b/i.test(doc.text.slice(Math.max(s.start, t.start - 300), Math.min(s.end, t.end + 300))) || comp?.value.indoor === true;
    for (const runner of team ?? [ath?.value ?? null]) out.push({
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
      rules: [t.rule, ev.rule, ath?.rule, comp?.rule, place?.rule, ...rec.rules].filter((r): r is string => !!r),
    });
  }
  placeRuns(doc, out);
  const own = ctx.frames.main;
  carryPlaces(out, () => placesSaid(doc, anchors, own?.year ?? doc.year), (p) => !!own && (p.competition === own || (p.competition !== null && competitionKey(p.competition) === competitionKey(own))));
  return out;
}
