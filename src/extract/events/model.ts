/**
 * Event lexicon as data: named events and their written forms (ids, reasons and forms declared once in
 * `rules.ts`; here the canonical name, discipline and distance of each). Distances written with a number
 * ("1,500m", "10 miles", "4x400m") are not listed here: `distance.ts` reads them by pattern.
 * Forms are matched case-insensitively on word boundaries; a space or hyphen in a form matches a
 * space, a hyphen or nothing ("half-marathon", "half marathon", "halfmarathon").
 */
import type { Discipline } from '../../types.js';
import type { RuleSpec } from '../../rules/catalogue.js';
import { RULES } from './rules.js';

export interface EventRuleData {
  id: string;
  reason: string;
  /** Canonical contract name. */
  name: string;
  discipline: Discipline;
  distanceMeters: number | null;
  /** Written forms, lower case. */
  forms: string[];
}

const MILE = 1609.344;

const named = (rule: RuleSpec, name: string, discipline: Discipline, distanceMeters: number | null): EventRuleData => ({
  id: rule.id,
  reason: rule.reason,
  name,
  discipline,
  distanceMeters,
  forms: [...(rule.words ?? [])],
});

/** Distances in miles written as a word ("two-mile", "seven miles"); other numbers are read as digits. */
const MILES_IN_WORDS: readonly (readonly [RuleSpec, number])[] = [
  [RULES.twoMiles, 2], [RULES.threeMiles, 3], [RULES.fourMiles, 4], [RULES.fiveMiles, 5], [RULES.sixMiles, 6], [RULES.sevenMiles, 7],
  [RULES.eightMiles, 8], [RULES.nineMiles, 9], [RULES.tenMiles, 10], [RULES.twelveMiles, 12], [RULES.fifteenMiles, 15], [RULES.twentyMiles, 20],
];

export const EVENT_RULES: readonly EventRuleData[] = [
  named(RULES.halfMarathon, 'Half Marathon', 'road', 21097.5),
  named(RULES.marathon, 'Marathon', 'road', 42195),
  named(RULES.crossCountry, 'Cross Country', 'cross-country', null),
  named(RULES.mile, 'Mile', 'track', MILE),
  named(RULES.metricMile, '1500m', 'track', 1500),
  named(RULES.steeplechase, '3000m Steeplechase', 'track', 3000),
  named(RULES.sprintRelay, '4x100m Relay', 'relay', 400),
  named(RULES.highJump, 'High Jump', 'field', null),
  named(RULES.poleVault, 'Pole Vault', 'field', null),
  named(RULES.longJump, 'Long Jump', 'field', null),
  named(RULES.tripleJump, 'Triple Jump', 'field', null),
  named(RULES.shotPut, 'Shot Put', 'field', null),
  named(RULES.discus, 'Discus Throw', 'field', null),
  named(RULES.hammer, 'Hammer Throw', 'field', null),
  named(RULES.javelin, 'Javelin Throw', 'field', null),
  named(RULES.pentathlon, 'Pentathlon', 'combined', null),
  named(RULES.heptathlon, 'Heptathlon', 'combined', null),
  named(RULES.decathlon, 'Decathlon', 'combined', null),
  ...MILES_IN_WORDS.map(([rule, n]) => named(rule, `${n} Miles`, n <= 3 ? 'track' : 'road', n * MILE)),
];

/** Named events run over barriers (the plausible time of a steeplechase is slower than of the flat distance). */
export const OVER_BARRIERS: ReadonlySet<string> = new Set([RULES.steeplechase.id]);

/** Words after a mention that make it an event implied by a title or record ("the mile record holder"). */
export const IMPLIED_AFTER = /^[\s-]{0,3}(?:world |european |olympic |indoor |national |british )?(?:record|records|champion|champions|championship|title|titles|crown|medal|medallist|medalist|gold|silver|bronze|best)\b/i;
