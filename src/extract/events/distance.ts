/**
 * Events written as a distance: "1,500m", "1500 metres", "1500-metre", "10k", "10 miles", "60m hurdles",
 * "3,000m steeplechase", "20km walk", "4x100m", "4 x 400m relay". Every rule has an id and a reason in
 * rules.ts; the context rules drop lengths that are not races ("200m from the finish", "17.30m").
 */
import { z } from 'zod';
import type { Discipline } from '../../types.js';
import type { RuleSpec } from '../../rules/catalogue.js';
import { RULES } from './rules.js';

/** The rules that read an event from a distance: the rule ids of those mentions (declared in rules.ts). */
export const DISTANCE_RULES: readonly RuleSpec[] = [
  RULES.distanceMetres, RULES.distanceHurdles, RULES.distanceSteeplechase, RULES.distanceWalk, RULES.distanceRelayLeg, RULES.distanceKm,
  RULES.distanceKmTrack, RULES.distanceMile, RULES.distanceMiles, RULES.relay, RULES.distanceListed, RULES.distanceBare,
];
export type DistanceRuleId = string;

export interface DistanceEvent {
  name: string;
  discipline: Discipline;
  distanceMeters: number;
  rule: DistanceRuleId;
  /** Hurdles or steeplechase. */
  barriers: boolean;
}

const MILE = 1609.344;

/**
 * A number (no decimals: "17.30m" is a jump, "10.6km" a course; not the seconds of a time: "6:30 miles") then a unit ("5-miler" too, and a hyphen left by a
 * line break: "110- meter"), then an optional event word.
 * Bounded repeats only; the lookbehind keeps the scan from starting inside a number, a word or money.
 */
export const DISTANCE_RE =
  /(?<![\w.,:£$€¥+]|[A-Za-z0-9]-|[^\d]\/)(\d{1,2},\d{3}|\d{1,6})(- |[ -]?)(metres|meters|metre|meter|kilometres|kilometers|kilometre|kilometer|km|k|milers|miler|miles|mile|m)(?:[ -](hurdles|hurdlers|hurdler|steeplechasers|steeplechaser|steeplechase|steeple|race walkers|race walker|race walk|walkers|walker|walk|relay))?(?![\w]|[-.][A-Za-z])/gi;

/**
 * An event number without its unit, as athletics writers use it: "won the 1500 in 3:35", "the men's 5,000
 * final", "the flat 400" (not the hurdles), "3:30.20 1500 pb" (a time, then its event). Only the classic
 * track distances, and only before a word that goes with a race.
 */
export const BARE_RE =
  /(?<=(?:\b(?:the|men's|women's|men’s|women’s|mens|womens|flat)|\d:\d\d(?:\.\d{1,2})?) )(1,500|1500|5,000|5000|10,000|10000|3,000|3000|800|400|200|100|110(?= hurdles)|60(?= hurdles))(?: (hurdles))?(?= (?:final|finals|title|titles|race|races|heats?|semi-finals?|semis|crown|gold|silver|bronze|champion|champions|championship|world|record|double|event|win|victory|field|and|or|in|at|on|with|was|is|this|last|next|pb|sb|pr|personal best|season's best|season’s best)\b|[,.;:!?)])/gi;

/**
 * The matches of `BARE_RE` over `text`, in order, as `matchAll` gives them. Its lookbehind makes it start
 * only at a digit right after a space, so it is tried (sticky) only there: run at every offset of the
 * text, the lookbehind was the most expensive regex of the stage.
 */
export function bareMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const bare = new RegExp(BARE_RE.source, 'iy'); // per call: no regex state outlives it
  const start = / \d/g;
  for (let c = start.exec(text); c; c = start.exec(text)) {
    bare.lastIndex = c.index + 1;
    const m = bare.exec(text);
    if (m) out.push(m);
  }
  return out;
}

/** "4x100m", "4 x 400 metres relay", "4×400". */
export const RELAY_RE = /(?<![\w.,/]|[A-Za-z0-9]-)4 ?[x×] ?(\d{3,4})(?:[ -]?(?:metres|meters|metre|meter|m)(?![\w]))?(?:[ -](relay))?(?![\w]|[-.][A-Za-z])/gi;

/** Checked once, when the module loads: a bad rule is a programming error. */
const ContextRuleSchema = z.strictObject({ id: z.string().regex(/^event\//), reason: z.string().min(1), pattern: z.instanceof(RegExp) });
export type ContextRule = z.infer<typeof ContextRuleSchema>;
const said = (r: RuleSpec) => ({ id: r.id, reason: r.reason });

/** Matched on up to 40 characters before a distance. */
export const DROP_BEFORE: readonly ContextRule[] = z.array(ContextRuleSchema).parse([
  { ...said(RULES.notSplit), pattern: /\b(?:the|a)(?: [a-z]{2,12})? (?:last|final|first|opening|closing|next|remaining|middle)\s$|\b(?:her|his|their)(?: [a-z]{2,12})? (?:last|final|opening|closing)\s$|\b(?:last|final|closing)\s$|\b(?:first|last|final|opening|closing|second|third) (?:round|lap|leg|section|part|half|stretch) of\s$|\bthe(?: [a-z]{2,12}){0,3} (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s$|\b(?:her|his|their)(?: [a-z]{2,12}){0,3} (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s$/i },
  { ...said(RULES.notPace), pattern: /\b(?:each|every|per|a further)\s$/i },
  { ...said(RULES.notCourse), pattern: /\b(?:laps?|loops?|circuits?|legs?) \($/i },
  { ...said(RULES.notSplitList), pattern: /\d ?(?:k|km|m|mi|miles?)\b \d{1,2}:\d\d(?:\.\d{1,2})? ?[-–—] ?$/i },
  { ...said(RULES.notMargin), pattern: /\b(?:by|within|another|extra|about|around|some|nearly|almost|roughly|than|over the|across the|legs? of|laps? of|loops? of|after|past|until|through|reaching|reached|reach|passing|passed|halfway|just over|a little over|the next)(?: (?:a|an|the|just|only|almost|nearly|some|about|more))?\s$/i },
]);

/** Matched on up to 40 characters after a distance. */
export const DROP_AFTER: readonly ContextRule[] = z.array(ContextRuleSchema).parse([
  { ...said(RULES.notPosition), pattern: /^[ -](?:from|to go|to run|out|clear|left|remaining|ahead|behind|away|into|down the|up the|lead|gap|margin|short|before the|after the|mark|split|splits|later|in front)\b/i },
  { ...said(RULES.notSize), pattern: /^[ -](?:high|long|deep|wide|tall|per|a (?:week|day|month|year)|each|every|an hour|north|south|east|west|radius|leg|legs|loop|loops|lap|laps|stage|pace|paces|marker|markers|post|posts|point|points|repeats|reps|intervals|efforts|of (?:the|his|her|their|a) (?:race|run|course|lap))\b/i },
  { ...said(RULES.notSplitList), pattern: /^ \d{1,2}:\d\d(?:\.\d{1,2})? ?[-–—] ?\d{1,2}(?:,\d{3}|\d{0,4}) ?(?:k|km|m|mi|miles?)\b \d{1,2}:\d\d/i },
  { ...said(RULES.notMoneyOrHeight), pattern: /^[ -](?:euros?|dollars?|pounds?|yen|francs?|people|viewers|fans|budget|deal|contract|sponsorship|worth|above|altitude|elevation|below)\b/i },
]);

/** A course length next to "cross country" ("world cross country 4km champion") is not its own event. */
export const CROSS_COUNTRY_NEAR = {
  id: RULES.notXcCourse.id,
  reason: RULES.notXcCourse.reason,
  before: /cross[ -]country(?: [a-z]+)?\s$/i,
  after: /^[ -](?:cross[ -]country|xc)\b/i,
  /** A race division right before the distance ("the women's 8km race")… */
  division: /\b(?:men's|women's|men’s|women’s|mens|womens|junior|juniors|senior|seniors|short|long|short-course|long-course|short course|long course)\s$/i,
  /** …in a text that speaks of cross country in the 600 characters before. */
  context: /cross[ -]?country|\bxc\b/i,
  /** After cross country is named anywhere before: "the 10,000-meter course", and "the 6,000-meter race" over a distance that is no championship track event. */
  course: /^[ -](?:course|loop|circuit)\b/i,
  race: /^[ -](?:race|races)\b/i,
};

const TRACK_METRES = new Set([50, 55, 60, 80, 150, 250, 1600, 3200]);
const HURDLES = new Set([50, 55, 60, 80, 100, 110, 200, 300, 400]);
const STEEPLE = new Set([1500, 2000, 3000]);

function trackMetresOk(n: number): boolean {
  return TRACK_METRES.has(n) || (n % 100 === 0 && n >= 100 && n <= 10000) || n === 20000 || n === 25000 || n === 30000;
}

/** The event of a matched distance, or null when the number and unit do not make a race distance. */
export function distanceEvent(numberText: string, sep: string, unitText: string, suffixText: string | undefined): DistanceEvent | null {
  const n = Number(numberText.replace(/,/g, ''));
  if (!Number.isInteger(n) || n <= 0) return null;
  const unit = unitText.toLowerCase();
  const suffix = suffixText?.toLowerCase().replace(/-/g, ' ');
  const isMetres = unit === 'm' || unit.startsWith('metre') || unit.startsWith('meter');
  const isKm = unit === 'km' || unit === 'k' || unit.startsWith('kilomet');
  const isMile = unit.startsWith('mile');
  // "10 k" with a space reads too often as something else (money, thousands); "1500 m" is fine from 60 up
  if (sep === ' ' && (unit === 'k' || (unit === 'm' && n < 60))) return null;
  if (isMetres) {
    if (suffix?.startsWith('hurdle')) return HURDLES.has(n) ? { name: `${n}m Hurdles`, discipline: 'track', distanceMeters: n, rule: RULES.distanceHurdles.id, barriers: true } : null;
    if (suffix?.startsWith('steeple')) return STEEPLE.has(n) ? { name: `${n}m Steeplechase`, discipline: 'track', distanceMeters: n, rule: RULES.distanceSteeplechase.id, barriers: true } : null;
    if (suffix?.includes('walk')) {
      if (n % 1000 === 0 && n >= 10000) return { name: `${n / 1000}km Race Walk`, discipline: 'walk', distanceMeters: n, rule: RULES.distanceWalk.id, barriers: false };
      return n >= 1000 && n % 100 === 0 ? { name: `${n}m Race Walk`, discipline: 'walk', distanceMeters: n, rule: RULES.distanceWalk.id, barriers: false } : null;
    }
    if (suffix === 'relay') return n === 100 || n === 200 || n === 400 || n === 800 ? { name: `4x${n}m Relay`, discipline: 'relay', distanceMeters: 4 * n, rule: RULES.distanceRelayLeg.id, barriers: false } : null;
    return trackMetresOk(n) ? { name: `${n}m`, discipline: 'track', distanceMeters: n, rule: RULES.distanceMetres.id, barriers: false } : null;
  }
  if (isKm) {
    if (n > 100) return null;
    if (suffix?.includes('walk')) return { name: `${n}km Race Walk`, discipline: 'walk', distanceMeters: n * 1000, rule: RULES.distanceWalk.id, barriers: false };
    if (suffix) return null;
    // "3km" in a list of records is the 3000m; 5km and up are road distances in the contract
    if (n === 1 || n === 2 || n === 3) return { name: `${n * 1000}m`, discipline: 'track', distanceMeters: n * 1000, rule: RULES.distanceKmTrack.id, barriers: false };
    return { name: `${n}km`, discipline: 'road', distanceMeters: n * 1000, rule: RULES.distanceKm.id, barriers: false };
  }
  if (isMile) {
    if (n > 100 || suffix) return null;
    if (n === 1) return { name: 'Mile', discipline: 'track', distanceMeters: MILE, rule: RULES.distanceMile.id, barriers: false };
    return { name: `${n} Miles`, discipline: n <= 3 ? 'track' : 'road', distanceMeters: Math.round(n * MILE * 1000) / 1000, rule: RULES.distanceMiles.id, barriers: false };
  }
  return null;
}

export function relayEvent(legText: string): DistanceEvent | null {
  const n = Number(legText);
  if (![100, 200, 400, 800, 1500].includes(n)) return null;
  return { name: `4x${n}m Relay`, discipline: 'relay', distanceMeters: 4 * n, rule: RULES.relay.id, barriers: false };
}
