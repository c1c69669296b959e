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
  /** A pronoun or descriptor, not a written name. */
  ref: boolean;
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
    for (const m of p.mentions) out.push({ start: m.start, end: m.end, person, ref: false });
  });
  for (const r of x.persons.refs) out.push({ start: r.start, end: r.end, person: r.person, ref: true });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

const within = <T extends { start: number; end: number }>(list: readonly T[], from: number, to: number) =>
  list.filter((x) => x.start >= from && x.end <= to);

/**
 * A name in object position ("followed Paul running …", "to beat the Norwegian", "paced by Chris Hale")
 * did not run the time that follows; a relative clause ("followed by X who …") makes it the subject again.
 */
const OBJECT_BEFORE = /\b(?:followed|follows|beat|beats|beating|ahead of|behind|passed|passing|overtook|overtaking|edged out|edging out|outkicked|outsprinted|pipped|defeated|defeating|than|(?:held|holding|holds|fought|fighting|saw|seeing) off|absence of|(?:paced|coached|guided|helped|led|cheered|encouraged)(?: again| home)? by(?: (?:club|his|her|the) [\p{L}-]+)?)\s+(?:the\s+)?$/iu;
const SUBJECT_AFTER = /^['’]?s?\s*(?:,\s*)?(?:who|which)\b/i;

function isObject(doc: Doc, a: Anchor, sentenceStart: number): boolean {
  const before = doc.text.slice(Math.max(sentenceStart, a.start - 40), a.start);
  return OBJECT_BEFORE.test(before) && !SUBJECT_AFTER.test(doc.text.slice(a.end, a.end + 12));
}

/** A time right after a possessive ("the great Brit's 8:03:40") belongs to the possessor. */
const POSSESSIVE_BEFORE = /\w['’]s?\s*$/;

interface Found<T> {
  value: T;
  rule: string;
}

function findAthlete(doc: Doc, t: TimeMention, anchors: readonly Anchor[], sIdx: number, times: readonly TimeMention[]): Found<Anchor> | null {
  const s = doc.sentences[sIdx]!;
  const inSentence = within(anchors, s.start, s.end);
  const before = inSentence.filter((a) => a.end <= t.start && !isObject(doc, a, s.start));
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
    if (timesIn.length > 1) return null; // the pairing is unknown: better no athlete than the wrong one
  }
  // "to beat the great Brit's 8:03:40": the time is someone else's, and that someone is not resolved
  if (POSSESSIVE_BEFORE.test(doc.text.slice(Math.max(s.start, t.start - 8), t.start))) return null;
  if (last?.ref) {
    // "Emma Abbey completed the strider contingent running … 6.21.8": a descriptor after a name in the same
    // clause (no time between them) is more likely an object than a new subject
    const named = [...before].reverse().find((a) => !a.ref);
    const timeBetween = named && times.some((x) => x.start >= named.end && x.end <= last.start);
    if (named && !timeBetween) return { value: named, rule: 'link/athlete-named-subject' };
  }
  if (last) return { value: last, rule: 'link/athlete-before-in-sentence' };
  // the subject of the previous sentence in the same block
  const prev = doc.sentences[sIdx - 1];
  if (prev && prev.block === s.block) {
    const first = within(anchors, prev.start, prev.end)[0];
    if (first) return { value: first, rule: 'link/athlete-previous-subject' };
  }
  // "In 32:17.8, Ferguson won": a name after the time only when the time opens the sentence
  const next = after[0];
  const lead = doc.text.slice(s.start, t.start).trim().split(/\s+/).filter(Boolean).length;
  if (next && lead <= 3) return { value: next, rule: 'link/athlete-after-in-sentence' };
  return null;
}

/**
 * The candidate closest to the time. One after the time counts 1.5 times its distance, and 4 times when a
 * clause boundary (a comma or semicolon) stands between: "at the Worlds, where he won in 7:42.98, and the
 * Oregon Relays" names the Worlds for that time.
 */
function nearest<T extends { start: number; end: number }>(list: readonly T[], t: TimeMention, ok: (x: T) => boolean, text = ''): T | null {
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

/** Whether `e` lies inside a competition's name ("Staverton 10-mile race", "Wokingham Half Marathon"). */
const embeddedIn = (e: EventMention, comps: readonly CompetitionMention[]) => comps.find((c) => e.start >= c.start && e.end <= c.end) ?? null;

function findEvent(
  doc: Doc,
  t: TimeMention,
  events: readonly EventMention[],
  comps: readonly CompetitionMention[],
  comp: CompetitionMention | null,
  sIdx: number,
): Found<{ event: EventMention; reading: TimeReading }> | null {
  const s = doc.sentences[sIdx]!;
  const plausible = (e: EventMention) => chooseReading(t, e.name) !== null;
  const found = (e: EventMention | null | undefined, rule: string) => (e ? { value: { event: e, reading: chooseReading(t, e.name)! }, rule } : null);
  // an event named inside another competition's name is that race's distance, not this one's
  const free = (e: EventMention) => {
    const c = embeddedIn(e, comps);
    return !c || !comp || (c.name === comp.name && c.year === comp.year);
  };
  const inSentence = nearest(within(events, s.start, s.end), t, (e) => plausible(e) && (free(e) || !!comp), doc.text);
  if (inSentence) return found(inSentence, 'link/event-in-sentence');
  const block = doc.blocks[s.block]!;
  const inParagraph = within(events, block.start, t.start).filter((e) => plausible(e) && free(e));
  if (inParagraph.length) return found(inParagraph[inParagraph.length - 1], 'link/event-earlier-in-paragraph');
  // the race's own distance ("the Bourton 10k")
  if (comp) {
    const own = within(events, 0, doc.text.length).find((e) => embeddedIn(e, [comp]) && plausible(e));
    if (own) return found(own, 'link/event-of-competition');
    const same = events.find((e) => plausible(e) && comps.some((c) => c.name === comp.name && c.year === comp.year && e.start >= c.start && e.end <= c.end));
    if (same) return found(same, 'link/event-of-competition');
  }
  // the article's main event so far: most mentioned before the time, ties to the latest
  const counts = new Map<string, { n: number; last: EventMention }>();
  for (const e of events) {
    if (e.start >= t.start || !plausible(e) || !free(e)) continue;
    const c = counts.get(e.name);
    counts.set(e.name, { n: (c?.n ?? 0) + 1, last: e });
  }
  let best: { n: number; last: EventMention } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n || (c.n === best.n && c.last.start > best.last.start)) best = c;
  if (best) return found(best.last, 'link/event-main-before');
  return found(nearest(events, t, plausible), 'link/event-in-article');
}

function findCompetition(doc: Doc, t: TimeMention, all: readonly CompetitionMention[], sIdx: number, ok: (c: CompetitionMention) => boolean = () => true): Found<CompetitionMention> | null {
  const comps = all.filter(ok);
  const s = doc.sentences[sIdx]!;
  const inSentence = nearest(within(comps, s.start, s.end), t, () => true, doc.text);
  if (inSentence) return { value: inSentence, rule: 'link/competition-in-sentence' };
  const block = doc.blocks[s.block]!;
  const earlier = within(comps, block.start, t.start);
  if (earlier.length) return { value: earlier[earlier.length - 1]!, rule: 'link/competition-earlier-in-paragraph' };
  const prev = doc.sentences[sIdx - 1];
  const inPrev = prev ? within(comps, prev.start, prev.end) : [];
  if (inPrev.length) return { value: inPrev[inPrev.length - 1]!, rule: 'link/competition-previous-sentence' };
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
  // a report about one competition: the only one the article names, or the one its headline names
  if (comps.length && new Set(comps.map(key)).size === 1) return { value: comps[0]!, rule: 'link/competition-only-one' };
  const headline = doc.blocks.find((b) => b.kind === 'headline');
  const inHeadline = headline ? within(comps, headline.start, headline.end)[0] : undefined;
  if (inHeadline) return { value: comps.find((c) => c !== inHeadline && key(c) === key(inHeadline)) ?? inHeadline, rule: 'link/competition-headline' };
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
    let comp = findCompetition(doc, t, x.competitions, sIdx);
    const ev = findEvent(doc, t, x.events, x.competitions, comp?.value ?? null, sIdx);
    // a relay time is a team's, not one runner's
    if (!ev || ev.value.event.discipline === 'relay') continue;
    // a race whose name gives another distance ("Wokingham Half Marathon") is not where a 10km time was run
    const raceEvent = (c: CompetitionMention) => x.events.find((e) => embeddedIn(e, [c]))?.name ?? null;
    const fits = (c: CompetitionMention) => {
      const own = x.competitions.filter((o) => o.name === c.name && o.year === c.year).map(raceEvent).find((n) => n !== null) ?? null;
      return own === null || own === ev.value.event.name;
    };
    if (comp && !fits(comp.value)) comp = findCompetition(doc, t, x.competitions, sIdx, fits);
    const ath = findAthlete(doc, t, anchors, sIdx, x.times);
    if (t.weak && (!ath || ev.rule !== 'link/event-in-sentence')) continue;
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
