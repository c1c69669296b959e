/**
 * Which event and which competition a time belongs to. The competition is found first; the event must
 * make the time's reading plausible and must not be the distance of another race named nearby.
 */
import type { CompetitionMention, Doc, EventMention, Sentence, TimeMention, TimeReading } from '../types.js';
import { YEAR_ANAPHOR_ID } from '../extract/competitions/anaphora.js';
import { chooseReading } from '../extract/times/index.js';
import { isOwnText } from '../segment/index.js';
import type { Found } from './athlete.js';
import type { SpanIndex } from './spans.js';
import { CAP, around, firstIn, lastIn } from './spans.js';
import type { ArticleFrames } from './frame.js';
import { OPEN_ASIDE } from './details.js';
import { competitionKey, readFrames } from './frame.js';

export { competitionKey };

/** What the linker knows about an article's events and competitions, computed once. */
export interface LinkContext {
  doc: Doc;
  events: SpanIndex<EventMention>;
  comps: SpanIndex<CompetitionMention>;
  /** The competition whose name holds an event ("Staverton 10-mile race"), per event. */
  eventIn: Map<EventMention, CompetitionMention>;
  /** The distance a race's name gives ("Bourton 10k" → 10km), per competition key. */
  raceEvent: Map<string, EventMention>;
  /** Index of the nearest heading block at or before each block, or -1. */
  headingOf: Int32Array;
  /** The article's race-walk events by distance in metres. */
  walks: Map<number, EventMention>;
  /** How each competition mention stands (a race reported, aimed at or in the background) and the article's own. */
  frames: ArticleFrames;
}

export function buildContext(doc: Doc, events: SpanIndex<EventMention>, comps: SpanIndex<CompetitionMention>): LinkContext {
  const eventIn = new Map<EventMention, CompetitionMention>();
  const raceEvent = new Map<string, EventMention>();
  for (const e of events.items) {
    const c = lastIn(comps, Math.max(0, e.start - 200), e.end + 200, 8).find((x) => x.start <= e.start && x.end >= e.end);
    if (!c) continue;
    eventIn.set(e, c);
    if (!raceEvent.has(competitionKey(c))) raceEvent.set(competitionKey(c), e);
  }
  // a race whose name does not give its distance but the gazetteer does ("the Great North Run")
  // (its mention in the body preferred: a fact must be seen in the article's own text)
  const headline = doc.blocks[0]?.kind === 'headline' ? doc.blocks[0] : null;
  const inHeadline = (c: CompetitionMention) => !!headline && c.start < headline.end;
  for (const c of [...comps.items.filter((x) => !inHeadline(x)), ...comps.items.filter(inHeadline)]) {
    if (!c.event || raceEvent.has(competitionKey(c))) continue;
    raceEvent.set(competitionKey(c), { start: c.start, end: c.end, text: c.text, ...c.event, rule: 'link/event-of-race-name', implied: true });
  }
  const headingOf = new Int32Array(doc.blocks.length);
  let h = -1;
  for (const b of doc.blocks) {
    if (b.kind === 'heading') h = b.index;
    headingOf[b.index] = h;
  }
  const walks = new Map<number, EventMention>();
  for (const e of events.items) if (e.discipline === 'walk' && e.distanceMeters !== null && !walks.has(e.distanceMeters)) walks.set(e.distanceMeters, e);
  return { doc, events, comps, eventIn, raceEvent, headingOf, walks, frames: readFrames(doc, comps.items) };
}

/**
 * The candidate closest to the time. One after the time counts 1.5 times its distance, and 4 times when a
 * clause boundary (a comma or semicolon) stands between: "at the Worlds, where he won in 7:42.98, and the
 * Oregon Relays" names the Worlds for that time.
 */
function nearest<T extends { start: number; end: number }>(list: readonly T[], t: TimeMention, ok: (x: T) => boolean, text: string): T | null {
  let best: T | null = null;
  let bestD = Infinity;
  for (const x of list) {
    if (!ok(x)) continue;
    const after = x.start >= t.end ? (x.start - t.end) * (/[,;]/.test(text.slice(t.end, x.start)) ? 4 : 1.5) : 0;
    const d = x.end <= t.start ? t.start - x.end : after;
    if (d < bestD) {
      bestD = d;
      best = x;
    }
  }
  return best;
}

/** The opening words of a relative clause or an aside about someone's past. */
const ASIDE_OPENS = /^\s?(?:who|which|whose|having|a former|the former)\b/i;
/** A clause boundary between two spans of one sentence: a comma, semicolon, dash or bracket. */
const CLAUSE_BREAK = /[,;()\u2013\u2014]/;

/** A sentence set on an earlier day than the race reported ("last week", "two weeks earlier", "earlier this season"). */
const EARLIER_DAY = /\b(?:last\s(?:week|month|year|season|summer|winter|spring|weekend|time)|(?:a|one|two|three|four|five|six|several|few)\s(?:weeks?|months?|years?)\s(?:earlier|ago|before)|earlier\s(?:this|in\sthe)\s(?:year|season|month|summer)|previously)\b/i;
/** A relative clause or aside between commas ("Kipruto, who clocked 26:50.16 earlier this year, was second in …"): its time words are its own. */
const ASIDE_CLAUSE = /,\s?(?:who|which|whose|when|where)\b[^,;]{0,160},/g;

/**
 * "Only Chambers with 6.42 and Gardener with 6.46 have run quicker": a comparison with the all-time lists, naming
 * no race. Its times are from races the article does not name.
 */
const EVER_QUICKER = /\b(?:ha(?:ve|s|d)|'ve)\s(?:ever\s)?(?:run|gone|clocked|been)\s(?:quicker|faster)\b/i;

/** The competition of a time; a bare city that is the reported race's own venue stands for that race. */
export function findCompetition(ctx: LinkContext, t: TimeMention, sIdx: number, ok: (c: CompetitionMention) => boolean = () => true): Found<CompetitionMention> | null {
  const found = competitionOf(ctx, t, sIdx, ok);
  const main = found && ctx.frames.venueOfMain.get(found.value);
  return main ? { value: main, rule: found.rule } : found;
}

function competitionOf(ctx: LinkContext, t: TimeMention, sIdx: number, ok: (c: CompetitionMention) => boolean): Found<CompetitionMention> | null {
  const { doc, comps, frames } = ctx;
  const s = doc.sentences[sIdx]!;
  const reported = (c: CompetitionMention) => ok(c) && (frames.frame.get(c) ?? 'here') === 'here';
  const inSentence = raceInSentence(ctx, t, s, ok);
  if (inSentence) return { value: inSentence, rule: 'link/competition-in-sentence' };
  if (saidEarlierDay(doc, t, s) || EVER_QUICKER.test(doc.text.slice(s.start, s.end))) return null;
  const block = doc.blocks[s.block]!;
  const earlier = lastIn(comps, block.start, s.start).filter(reported);
  if (earlier.length) return { value: earlier[earlier.length - 1]!, rule: 'link/competition-earlier-in-paragraph' };
  const inPrev = raceInPreviousSentence(ctx, t, sIdx, reported);
  if (inPrev) return { value: inPrev, rule: 'link/competition-previous-sentence' };
  return raceOfArticle(ctx, t, s, ok, reported);
}

/**
 * A race named in the time's sentence. One in the time's own clause is where it was run, even an earlier edition
 * ("won the 2019 London Marathon in 2:05:01"); one in an aside or another clause only when the article reports
 * it ("Rono, who was fourth at the Olympics, finished second in 1:44.52").
 */
function raceInSentence(ctx: LinkContext, t: TimeMention, s: Sentence, ok: (c: CompetitionMention) => boolean): CompetitionMention | null {
  const { doc, frames } = ctx;
  const frameOf = (c: CompetitionMention) => frames.frame.get(c) ?? 'here';
  const sameClause = (c: CompetitionMention) => !CLAUSE_BREAK.test(doc.text.slice(Math.min(c.end, t.end), Math.max(c.start, t.start)));
  const inAside = (c: CompetitionMention) => {
    const open = Math.max(doc.text.lastIndexOf(',', c.start), s.start);
    return open > s.start && (open < t.start) === (c.start < t.start) && ASIDE_OPENS.test(doc.text.slice(open + 1, c.start)) && !sameClause(c);
  };
  return nearest(around(ctx.comps, s, t), t, (c) => ok(c) && ((frameOf(c) === 'here' && !inAside(c)) || (frameOf(c) === 'past' && sameClause(c))), doc.text);
}

/**
 * "Last week, Bol ran 49.63 in Liévin": a time said to be from an earlier day, with no race named, is from a race
 * the article does not name. A time inside an aside reads the whole aside ("who clocked 26:50.16 earlier this
 * year"); one outside reads the sentence before it without its asides.
 */
function saidEarlierDay(doc: Doc, t: TimeMention, s: Sentence): boolean {
  // (either reading is a part of the sentence: a sentence with no cue at all needs neither)
  if (!EARLIER_DAY.test(doc.text.slice(s.start, s.end))) return false;
  const before = doc.text.slice(s.start, t.start);
  const aside = before.search(OPEN_ASIDE);
  const closing = aside >= 0 ? /[,;]/.exec(doc.text.slice(t.end, s.end)) : null;
  const said = aside >= 0 ? doc.text.slice(s.start + aside, closing ? t.end + closing.index : s.end) : before.replace(ASIDE_CLAUSE, ',');
  return EARLIER_DAY.test(said);
}

/**
 * A reported race named in the sentence before: in the same paragraph, or the last sentence of the paragraph
 * before when it names the race outright with an event the time fits ("They raced in the 1500m at the 2023 World
 * Championships." / "Kerr clocked 3:29.38 …"; a bare city there is only a guess). A related-story line or a
 * caption is not the report's.
 */
function raceInPreviousSentence(ctx: LinkContext, t: TimeMention, sIdx: number, reported: (c: CompetitionMention) => boolean): CompetitionMention | null {
  const { doc } = ctx;
  const s = doc.sentences[sIdx]!;
  const prev = doc.sentences[sIdx - 1];
  if (!prev) return null;
  const sameBlock = prev.block === s.block;
  if (!sameBlock && !(isOwnText(doc.blocks[prev.block]) && lastIn(ctx.events, prev.start, prev.end).some((e) => !e.implied && chooseReading(t, e) !== null))) return null;
  const inPrev = lastIn(ctx.comps, prev.start, prev.end).filter((c) => reported(c) && (sameBlock || c.rule !== 'competition/bare-city'));
  return inPrev[inPrev.length - 1] ?? null;
}

/** No race near the time: its section heading's, the article's own, the only one named so far or at all, the headline's. */
function raceOfArticle(ctx: LinkContext, t: TimeMention, s: Sentence, ok: (c: CompetitionMention) => boolean, reported: (c: CompetitionMention) => boolean): Found<CompetitionMention> | null {
  const { doc, comps, frames } = ctx;
  // a report in sections ("### Manchester Marathon, Sunday 14 April"): the section's heading names the race
  const heading = ctx.headingOf[s.block] ?? -1;
  if (heading >= 0) {
    const h = doc.blocks[heading]!;
    const named = firstIn(comps, h.start, h.end).find(reported);
    if (named) return { value: named, rule: 'link/competition-section-heading' };
  }
  const main = frames.main;
  if (main && ok(main)) return { value: main, rule: 'link/competition-of-article' };
  const sectionStart = heading >= 0 ? doc.blocks[heading]!.start : 0;
  // "the 2023 race" (YEAR_ANAPHOR_ID) names another edition of a race: it does not make the article name two races
  const inSection = firstIn(comps, sectionStart, t.start, CAP + 1).filter((c) => reported(c) && c.rule !== YEAR_ANAPHOR_ID);
  if (inSection.length && inSection.length <= CAP && new Set(inSection.map(competitionKey)).size === 1) return { value: inSection[0]!, rule: 'link/competition-only-one-before' };
  // a report about one competition: the only one the article names, or the one its headline names
  const all = firstIn(comps, 0, doc.text.length, CAP + 1).filter((c) => reported(c) && c.rule !== YEAR_ANAPHOR_ID);
  if (all.length && all.length <= CAP && new Set(all.map(competitionKey)).size === 1) return { value: all[0]!, rule: 'link/competition-only-one' };
  const headline = doc.blocks[0]?.kind === 'headline' ? doc.blocks[0] : undefined;
  const inHeadline = headline ? firstIn(comps, headline.start, headline.end).find(reported) : undefined;
  if (!inHeadline) return null;
  const inBody = all.find((c) => c !== inHeadline && competitionKey(c) === competitionKey(inHeadline));
  return { value: inBody ?? inHeadline, rule: 'link/competition-headline' };
}

/** An event in a person's epithet: "the 800m champion", "Africa Cross Country champion X", "the mile record holder". */
const EPITHET_AFTER = /^[\s-]{0,3}(?:(?:world|european|olympic|indoor|national|british|gold|silver|bronze)\s{1,3}){0,2}(?:champions?|record[- ]holders?|medall?ists?|medalists?)\b/i;
export const isEpithet = (doc: Doc, e: EventMention) => !!e.implied && EPITHET_AFTER.test(doc.text.slice(e.end, e.end + 30));

export function findEvent(ctx: LinkContext, t: TimeMention, sIdx: number, comp: CompetitionMention | null, main: ReadonlyMap<string, { n: number; last: EventMention }>): Found<{ event: EventMention; reading: TimeReading }> | null {
  const { doc, events } = ctx;
  const s = doc.sentences[sIdx]!;
  const plausible = (e: EventMention) => chooseReading(t, e) !== null;
  const read = (e: EventMention | null | undefined, rule: string) => (e ? { value: { event: e, reading: chooseReading(t, e)! }, rule } : null);
  // in a race-walking article a bare road distance is the walk of that distance ("Cai won the 20km in 1:17:39"
  // after "the 20km race walk")
  const found = (e: EventMention | null | undefined, rule: string) => {
    const walk = e && e.discipline === 'road' && e.distanceMeters !== null ? ctx.walks.get(e.distanceMeters) : undefined;
    return walk && plausible(walk) ? read(walk, 'link/event-walk-of-distance') : read(e, rule);
  };
  // an event named inside another competition's name is that race's distance, not this one's
  const free = (e: EventMention) => {
    const c = ctx.eventIn.get(e);
    return !c || !comp || competitionKey(c) === competitionKey(comp);
  };
  const block = doc.blocks[s.block]!;
  // a cross-country race's distance ("over the 10km course") is its course, not the event
  const own = comp ? ctx.raceEvent.get(competitionKey(comp)) : undefined;
  // (a road distance named in the paragraph says a road race: the competition found was another one)
  if (own && own.discipline === 'cross-country' && plausible(own) && !lastIn(events, block.start, block.end).some((e) => e.discipline === 'road')) return found(own, 'link/event-of-cross-country-race');
  // a title's event ("Africa Cross Country champion X was fourth with 59:49") gives way to a race's event
  // named in the sentence or its paragraph
  const near = around(events, s, t);
  const blockEvents = lastIn(events, block.start, t.start);
  // the article's main event so far (not counting epithets): most mentioned before the time, ties to the latest
  let best: { n: number; last: EventMention } | null = null;
  for (const c of main.values()) {
    if (isEpithet(doc, c.last) || !plausible(c.last)) continue;
    if (!best || c.n > best.n || (c.n === best.n && c.last.start > best.last.start)) best = c;
  }
  const raceNamed = [...near, ...blockEvents].some((e) => !e.implied && plausible(e));
  // a title's event gives way to a race named nearby; an epithet's ("Africa Cross Country champion X was fourth
  // with 59:49" in a half-marathon report) also to the article's main event
  const raceKnown = !!best || (!!own && plausible(own));
  const skip = (e: EventMention) => !!e.implied && (raceNamed || (raceKnown && isEpithet(doc, e)));
  const inSentence = nearest(near, t, (e) => !skip(e) && plausible(e) && (free(e) || !!comp), doc.text);
  if (inSentence) return found(inSentence, 'link/event-in-sentence');
  // "in the discus … beaten by Alekna with 69.78": a bare decimal in a sentence about a field event is its mark
  if (t.rule.startsWith('time/bare-decimal') && near.some((e) => e.discipline === 'field' && e.start < t.start)) return null;
  const inParagraph = blockEvents.filter((e) => !skip(e) && plausible(e) && free(e));
  if (inParagraph.length) return found(inParagraph[inParagraph.length - 1], 'link/event-earlier-in-paragraph');
  // the race's own distance ("the Bourton 10k")
  if (own && plausible(own)) return found(own, 'link/event-of-competition');
  if (best) return found(best.last, 'link/event-main-before');
  // an epithet's event when no race is named ("the mile record holder … ran 3:50")
  const titled = [...main.values()].filter((c) => plausible(c.last)).sort((a, b) => b.n - a.n || b.last.start - a.last.start)[0];
  if (titled) return found(titled.last, 'link/event-main-before');
  return found(nearest(firstIn(events, t.end, doc.text.length, 8), t, plausible, doc.text), 'link/event-after');
}
