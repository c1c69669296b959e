/**
 * Events stage: every athletics event an article names, in the contract's canonical names. Named events
 * ("pole vault", "half-marathon") come from the lexicon (built-in data plus `lexicons.events` in the
 * config); distances ("1,500m", "10 miles", "4x400m") from the patterns in `distance.ts`. Pure.
 */
import type { Discipline, Doc, EventMention } from '../../types.js';
import type { RuleSpec } from '../../rules/catalogue.js';
import { NO_LOG, type DecisionLog } from '../../rules/log.js';
import { IMPLIED_AFTER, OVER_BARRIERS } from './model.js';
import { formKey, type EventLexicon, type EventRule } from './lexicon.js';
import { bareMatches, CROSS_COUNTRY_NEAR, DISTANCE_RE, DROP_AFTER, DROP_BEFORE, RELAY_RE, distanceEvent, relayEvent, type DistanceEvent } from './distance.js';
import { RULES } from './rules.js';
import { CANONICAL_EVENTS } from '../../schema/facts.js';

export { RULES } from './rules.js';

export { EventRuleSchema, loadEventLexicon, type EventLexicon, type EventRule } from './lexicon.js';

const NUMBER_BEFORE = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half|quarter|few|several|many|half a|quarter of a))[\s-]$/i;

/** A time right before a named event: "3:47.48 mile", "a 4:05 mile". */
const TIME_BEFORE = /\d:\d\d(?:\.\d{1,2})?[\s-]$/;

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Inside a URL, a file name or an HTML attribute ("/images/Bourton-10k-2018.jpg", alt="…-4x100"). */
function inLink(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 300; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) return false;
    if (c === 61 || c === 92) return true; // "=", "\"
    // "/", except between digits: "800/1500m" is a list, not a path
    if (c === 47 && !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))) return true;
  }
  return false;
}

/** "the 5,000 and 10,000m": the first number of a list shares the unit of the last. */
const LISTED_BEFORE = /(?<![\w.,£$€¥/-])(\d{1,2},\d{3}|\d{3,5})(?: and | or | & |\/| \/ )$/;

/** "Mile End", "Ninety Mile Beach": a capitalised word after "Mile" that is no race word makes a place name. */
const PLACE_NAME_AFTER = /^ (?!(?:Race|Run|Record|Challenge|Championships?|Classic|Series|Final|Relay|Event|Trophy|Cup|Dash)\b)\p{Lu}\p{Ll}/u;

/** A rule that drops a length as no event: its id and why. */
type Drop = Pick<RuleSpec, 'id' | 'reason'>;

/** The context rule that makes the length at `[start, end)` no event ("the last 200m", "200m from the finish"), or undefined. */
function contextDrop(text: string, start: number, end: number): Drop | undefined {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  return DROP_BEFORE.find((r) => r.pattern.test(before)) ?? DROP_AFTER.find((r) => r.pattern.test(after));
}

interface Candidate {
  start: number;
  end: number;
  name: string;
  discipline: Discipline;
  distanceMeters: number | null;
  rule: string;
  /** Run over barriers (hurdles, steeplechase): plausibility reads it instead of the name. */
  barriers: boolean;
}

const CHAMPIONSHIP_EVENTS: ReadonlySet<string> = new Set(CANONICAL_EVENTS);

/** After cross country is named: a distance before "course", or before "race" when no championship event ("the 6,000-meter race"). */
function xcCourse(text: string, start: number, end: number, ev: DistanceEvent): boolean {
  const xc = CROSS_COUNTRY_NEAR;
  const after = text.slice(end, end + 12);
  if (!xc.course.test(after) && !(xc.race.test(after) && !CHAMPIONSHIP_EVENTS.has(ev.name))) return false;
  return xc.context.test(text.slice(0, start));
}

/** Why a distance read from the text is no event here: its context, a link, a cross country course; or null. */
function distanceDrop(text: string, start: number, end: number, ev: DistanceEvent): Drop | null {
  const near = contextDrop(text, start, end);
  if (near) return near;
  if (inLink(text, start)) return RULES.notInLink;
  if (xcCourse(text, start, end, ev)) return CROSS_COUNTRY_NEAR;
  if (ev.discipline === 'road' || ev.rule === RULES.distanceMile.id || ev.rule === RULES.distanceMiles.id) {
    const xc = CROSS_COUNTRY_NEAR;
    if (xc.before.test(text.slice(Math.max(0, start - 30), start)) || xc.after.test(text.slice(end, end + 20))) return xc;
    if (xc.division.test(text.slice(Math.max(0, start - 20), start)) && xc.context.test(text.slice(Math.max(0, start - 600), start))) return xc;
  }
  return null;
}

/** "the 5,000 and 10,000m": the first number of the list before a distance in metres, as its own candidate. */
function listedBefore(text: string, start: number): Candidate | null {
  const listed = LISTED_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  const first = listed ? distanceEvent(listed[1]!, '', 'm', undefined) : null;
  if (!listed || !first) return null;
  const from = start - listed[0].length;
  return { start: from, end: from + listed[1]!.length, name: first.name, discipline: first.discipline, distanceMeters: first.distanceMeters, rule: RULES.distanceListed.id, barriers: first.barriers };
}

function distanceCandidates(text: string, withContext: boolean, log: DecisionLog): Candidate[] {
  const out: Candidate[] = [];
  const push = (m: RegExpMatchArray, ev: DistanceEvent | null) => {
    if (m.index === undefined) return;
    const start = m.index;
    const end = start + m[0].length;
    const drop = !withContext ? null : ev ? distanceDrop(text, start, end, ev) : RULES.notRaceDistance;
    if (drop) log.reject('events', drop.id, start, end, drop.reason);
    if (!ev || drop) return;
    const listed = withContext && ev.rule === RULES.distanceMetres.id ? listedBefore(text, start) : null;
    if (listed) out.push(listed);
    out.push({ start, end, name: ev.name, discipline: ev.discipline, distanceMeters: ev.distanceMeters, rule: ev.rule, barriers: ev.barriers });
  };
  if (/\d/.test(text)) {
    for (const m of text.matchAll(DISTANCE_RE)) push(m, distanceEvent(m[1]!, m[2] ?? '', m[3]!, m[4]));
    if (/4 ?[x×] ?\d/i.test(text)) for (const m of text.matchAll(RELAY_RE)) push(m, relayEvent(m[1]!));
    if (withContext) for (const m of bareMatches(text)) {
      // ("the women's 100 hurdles": the unit left out before the event word)
      const ev = distanceEvent(m[1]!, '', 'm', m[2]);
      push(m, ev && { ...ev, rule: RULES.distanceBare.id });
    }
  }
  return out;
}

/** Why a named event's form is no event here: inside a link; for a form that is also a length ("mile"), a number
 *  before it, its context, or a place name after it; or null. */
function namedDrop(text: string, start: number, end: number, rule: EventRule): Drop | null {
  if (inLink(text, start)) return RULES.notInLink;
  if (!rule.measure) return null;
  // "three-mile", "half a mile", "won by a mile", "a mile from home"; not a time before it ("3:47.48 mile pb")
  const before = text.slice(Math.max(0, start - 12), start);
  if (NUMBER_BEFORE.test(before) && !TIME_BEFORE.test(before)) return RULES.notCounted;
  const near = contextDrop(text, start, end);
  if (near) return near;
  return PLACE_NAME_AFTER.test(text.slice(end, end + 20)) ? RULES.notPlaceName : null;
}

function namedCandidates(text: string, lexicon: EventLexicon, withContext: boolean, log: DecisionLog): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(lexicon.formsRe)) {
    const rule = lexicon.byForm.get(formKey(m[0]));
    if (!rule || m.index === undefined) continue;
    const start = m.index;
    const end = start + m[0].length;
    const drop = withContext ? namedDrop(text, start, end, rule) : null;
    if (drop) {
      log.reject('events', drop.id, start, end, drop.reason);
      continue;
    }
    out.push({ start, end, name: rule.name, discipline: rule.discipline, distanceMeters: rule.distanceMeters, rule: rule.id, barriers: OVER_BARRIERS.has(rule.id) });
  }
  return out;
}

/** Leftmost first; at one start the longest; nothing that overlaps a kept candidate. */
function disjoint(cands: Candidate[]): Candidate[] {
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  let lastEnd = -1;
  for (const c of cands) {
    if (c.start < lastEnd) continue;
    out.push(c);
    lastEnd = c.end;
  }
  return out;
}

function candidates(text: string, lexicon: EventLexicon, withContext: boolean, log: DecisionLog): Candidate[] {
  return disjoint([...distanceCandidates(text, withContext, log), ...namedCandidates(text, lexicon, withContext, log)]);
}

/** "covered her first mile in 4:40": a runner's first stretch, timed… */
const FIRST_LEG_BEFORE = /\b(?:her|his|their) first\s$/i;
const TIMED_AFTER = /^ in (?:(?:a|an|the|very|fast|quick|slow|swift|rapid|blistering|sizzling|steady|sub)\s){0,3}\d{1,2}:\d\d/i;

/** …is a leg of a longer race the article names, not an event ("her first marathon in 2:25" stays one). */
function dropFirstLegs(text: string, cands: Candidate[], log: DecisionLog): Candidate[] {
  const longest = Math.max(0, ...cands.map((c) => c.distanceMeters ?? 0));
  return cands.filter((c) => {
    const leg = c.distanceMeters !== null && c.distanceMeters < longest && FIRST_LEG_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start)) && TIMED_AFTER.test(text.slice(c.end, c.end + 40));
    if (leg) log.reject('events', RULES.notFirstLeg.id, c.start, c.end, RULES.notFirstLeg.reason);
    return !leg;
  });
}

/** Every event mention of the article, in text order. */
export function extractEvents(doc: Doc, lexicon: EventLexicon): EventMention[] {
  const text = doc.text;
  return dropFirstLegs(text, candidates(text, lexicon, true, doc.log), doc.log).map((c) => {
    // `implied` is always present (undefined when not), so every mention has one shape for the later stages
    const implied = IMPLIED_AFTER.test(text.slice(c.end, c.end + 40)) ? true : undefined;
    if (implied) doc.log.accept('events', RULES.implied.id, c.start, c.end, RULES.implied.reason);
    const mention: EventMention = { start: c.start, end: c.end, text: text.slice(c.start, c.end), name: c.name, discipline: c.discipline, distanceMeters: c.distanceMeters, rule: c.rule, implied, barriers: c.barriers };
    return mention;
  });
}

/** The canonical event of a written form ("1,500 metres" → 1500m), or null when it names none. */
export function canonicalEvent(written: string, lexicon: EventLexicon): { name: string; discipline: Discipline; distanceMeters: number | null } | null {
  const s = written.trim().slice(0, 200);
  const c = candidates(s, lexicon, false, NO_LOG).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  return c ? { name: c.name, discipline: c.discipline, distanceMeters: c.distanceMeters } : null;
}
