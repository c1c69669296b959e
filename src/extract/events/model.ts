/**
 * Event lexicon as data: named events and their written forms. Distances written with a number
 * ("1,500m", "10 miles", "4x400m") are not listed here: `distance.ts` reads them by pattern.
 * Forms are matched case-insensitively on word boundaries; a space or hyphen in a form matches a
 * space, a hyphen or nothing ("half-marathon", "half marathon", "halfmarathon").
 */
import type { Discipline } from '../../types.js';

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

/** Distances in miles written as a word ("two-mile", "seven miles"); other numbers are read as digits. */
const MILES_IN_WORDS: readonly (readonly [string, number])[] = [
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['twelve', 12], ['fifteen', 15], ['twenty', 20],
];

export const EVENT_RULES: readonly EventRuleData[] = [
  { id: 'event/half-marathon', reason: 'half marathon in its spellings', name: 'Half Marathon', discipline: 'road', distanceMeters: 21097.5, forms: ['half marathon', 'half marathons', 'half-marathoner', 'half marathoner', '13.1 miles', '13.1 mile', '21.1km', '21.1 km', '21.0975km'] },
  { id: 'event/marathon', reason: 'the marathon, also inside race names ("London Marathon")', name: 'Marathon', discipline: 'road', distanceMeters: 42195, forms: ['marathon', 'marathons', 'marathoner', 'marathoners', '26.2 miles', '26.2 mile', '42.2km', '42.2 km', '42.195km', '42.195 km'] },
  { id: 'event/cross-country', reason: 'cross country running, also inside championship names', name: 'Cross Country', discipline: 'cross-country', distanceMeters: null, forms: ['cross country', 'cross-country', 'x-country', 'xc', 'crosscountry'] },
  { id: 'event/mile', reason: 'the mile ("the mile record holder", "one-mile")', name: 'Mile', discipline: 'track', distanceMeters: MILE, forms: ['mile', 'one mile'] },
  { id: 'event/metric-mile', reason: 'the "metric mile" is the 1500m', name: '1500m', discipline: 'track', distanceMeters: 1500, forms: ['metric mile'] },
  { id: 'event/steeplechase', reason: 'a steeplechase without distance is the 3000m steeplechase', name: '3000m Steeplechase', discipline: 'track', distanceMeters: 3000, forms: ['steeplechase', 'steeplechaser', 'steeplechasers'] },
  { id: 'event/sprint-relay', reason: 'the sprint relay is the 4x100m', name: '4x100m Relay', discipline: 'relay', distanceMeters: 400, forms: ['sprint relay', 'sprint relays'] },
  { id: 'event/high-jump', reason: 'high jump and its athletes', name: 'High Jump', discipline: 'field', distanceMeters: null, forms: ['high jump', 'high jumper', 'high jumpers'] },
  { id: 'event/pole-vault', reason: 'pole vault and its athletes', name: 'Pole Vault', discipline: 'field', distanceMeters: null, forms: ['pole vault', 'pole vaulter', 'pole vaulters', 'pole-vaulting'] },
  { id: 'event/long-jump', reason: 'long jump and its athletes', name: 'Long Jump', discipline: 'field', distanceMeters: null, forms: ['long jump', 'long jumper', 'long jumpers'] },
  { id: 'event/triple-jump', reason: 'triple jump and its athletes', name: 'Triple Jump', discipline: 'field', distanceMeters: null, forms: ['triple jump', 'triple jumper', 'triple jumpers'] },
  { id: 'event/shot-put', reason: 'shot put; a bare "shot" is too ambiguous', name: 'Shot Put', discipline: 'field', distanceMeters: null, forms: ['shot put', 'shot putter', 'shot putters', 'shotput'] },
  { id: 'event/discus', reason: 'discus throw', name: 'Discus Throw', discipline: 'field', distanceMeters: null, forms: ['discus', 'discus throw', 'discus thrower', 'discus throwers'] },
  { id: 'event/hammer', reason: 'hammer throw ("hammer" alone is the event in athletics text)', name: 'Hammer Throw', discipline: 'field', distanceMeters: null, forms: ['hammer throw', 'hammer thrower', 'hammer throwers', 'hammer'] },
  { id: 'event/javelin', reason: 'javelin throw', name: 'Javelin Throw', discipline: 'field', distanceMeters: null, forms: ['javelin', 'javelin throw', 'javelin thrower', 'javelin throwers'] },
  { id: 'event/pentathlon', reason: 'pentathlon (indoor combined event)', name: 'Pentathlon', discipline: 'combined', distanceMeters: null, forms: ['pentathlon', 'pentathlete', 'pentathletes'] },
  { id: 'event/heptathlon', reason: 'heptathlon and its athletes', name: 'Heptathlon', discipline: 'combined', distanceMeters: null, forms: ['heptathlon', 'heptathlete', 'heptathletes'] },
  { id: 'event/decathlon', reason: 'decathlon and its athletes', name: 'Decathlon', discipline: 'combined', distanceMeters: null, forms: ['decathlon', 'decathlete', 'decathletes'] },
  ...MILES_IN_WORDS.map(([word, n]) => ({
    id: `event/${word}-miles`,
    reason: `"${word}-mile", "${word} miles" written in words`,
    name: `${n} Miles`,
    discipline: n <= 3 ? ('track' as const) : ('road' as const),
    distanceMeters: n * MILE,
    forms: [`${word} mile`, `${word} miles`],
  })),
];

/** Words after a mention that make it an event implied by a title or record ("the mile record holder"). */
export const IMPLIED_AFTER = /^[\s-]{0,3}(?:world |european |olympic |indoor |national |british )?(?:record|records|champion|champions|championship|title|titles|crown|medal|medallist|medalist|gold|silver|bronze|best)\b/i;
