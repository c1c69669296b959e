/**
 * Link rules as data: record phrases, place phrases and the words that make a place a category place
 * (not the overall place). Each has an id and a reason; the linker names the ids it used.
 */
import type { RecordCode } from '../types.js';

export interface RecordRule {
  id: string;
  reason: string;
  /** Matched case-insensitively on the clause around a time. */
  pattern: RegExp;
  code: RecordCode;
  /** The phrase also says the record is an indoor one. */
  indoor?: boolean;
}

/**
 * Up to three words between a record's adjective and the word "record": "European men's record", "UK 10km
 * record", "British 5000m indoor record"; never an age group or a league ("world U20 record", "Diamond League
 * record" carry no tag).
 */
const FILLER = String.raw`(?:(?!(?:[Uu]\d\d|under|junior|youth|age|masters?|[wmv]\d\d|all-comers|club|county|schools?|debut|leading|lead)\b)(?:(?:men|women)['’]s|[a-z\d][\p{L}\d.,-]*)\s){0,3}`;

/** Between "world" and "record", only an event or a sex: "world half marathon record", "world 3000m steeplechase record", "world women's record". */
const EVENT_FILLER = String.raw`(?:(?:(?:men|women)['’]s|half[- ]marathon|marathon|road|mile|steeplechase|hurdles|relay|\d[\d,.]{0,6}\s?(?:m|km|k|metres?|meters?|miles?))\s){0,3}`;

export const RECORD_RULES: readonly RecordRule[] = [
  { id: 'record/indoor-world', reason: '"indoor world record" is a WR set indoors', pattern: /\bindoor world (?:record|best)\b|\bworld indoor (?:record|best)\b/i, code: 'WR', indoor: true },
  { id: 'record/world', reason: '"world record", "world half marathon record" / "WR"', pattern: new RegExp(String.raw`\b[Ww]orld[- ]${EVENT_FILLER}[Rr]ecord\b|\bWORLD RECORD\b|\bWR\b`, 'u'), code: 'WR' },
  { id: 'record/area', reason: 'continental records other than European are area records', pattern: new RegExp(String.raw`\b(?:[Aa]frican|[Aa]sian|[Oo]ceanian|[Nn]orth [Aa]merican|[Ss]outh [Aa]merican|[Aa]rea|[Cc]ontinental|[Cc]ommonwealth)\s${FILLER}(?:[Ii]ndoor\s)?(?:record|mark)\b|\bAR\b`, 'u'), code: 'AR' },
  { id: 'record/european', reason: '"European record"', pattern: new RegExp(String.raw`\b[Ee]uropean\s${FILLER}(?:[Ii]ndoor\s)?(?:record|mark)\b|\bER\b`, 'u'), code: 'ER' },
  { id: 'record/national', reason: 'national records, named by "national" or a nation adjective ("Kenyan", "British", "UK 10km record", "Bahraini women\'s record")', pattern: new RegExp(String.raw`\b(?:[Nn]ational|NATIONAL|UK|GB|US|USA|(?<!(?:North|South|Central)\s)(?!Europe|Africa|Asia|Oceania|Commonwealth|Olympi)[A-Z][a-z]+(?:an|ian|ese|ish|sh|i|ch))\s${FILLER}(?:[Ii]ndoor\s)?(?:record|mark)\b|\bNR\b`, 'u'), code: 'NR' },
  { id: 'record/championship', reason: '"championship record", "championships best", "Games record", "Trials record", a road race\'s "course record", "CR"', pattern: /\bchampionships? (?:record|best)\b|\b(?:games|trials) record\b|\bcourse record\b|\bCR\b/i, code: 'CR' },
  { id: 'record/meeting', reason: '"meeting record", "meet record", "MR"', pattern: /\b(?:meeting|meet) record\b|\bMR\b/i, code: 'MR' },
  { id: 'record/personal-best', reason: '"personal best", "personal record", "PB", "PR", "lifetime best", "her previous best" (the best it was when set)', pattern: /\bpersonal (?:best|record)\b|\bPBs?\b|\bPR\b|\blifetime best\b|\b(?:his|her|their) (?:previous|old|former) best\b/i, code: 'PB' },
  { id: 'record/season-best', reason: '"season\'s best", "seasonal best", "SB"', pattern: /\bseason(?:'|’)?s?(?:al)? best\b|\bSB\b/i, code: 'SB' },
  { id: 'record/world-lead', reason: '"world lead", "world-leading", "world seasonal lead", "WL"', pattern: /\bworld[- ](?:season(?:al|'s|’s)?[- ])?lead(?:ing)?\b|\bWL\b/i, code: 'WL' },
];

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12,
};

export interface PlaceRule {
  id: string;
  reason: string;
  pattern: RegExp;
  /** Place from the match: a fixed number or the ordinal in group 1. */
  place: number | 'ordinal';
}

/**
 * After an ordinal, what makes it no place in a race: a superlative ("the fourth fastest ever"), a count of wins
 * ("a second 400m hurdles win", "his third title"), a leg or distance ("in the 19th mile", "the 5th lap"), a place in
 * a race of another year ("4th at 2022 Worlds").
 */
const NOT_PLACE = String.raw`(?![- ](?:fastest|quickest|best|slowest|highest|lowest|longest|biggest|ever|all-time)\b)(?! (?:at|in) (?:the )?(?:19|20)\d\d\b)(?! (?:(?!(?:to|and|but|or|in|at|for|with|behind|after|place|position|spot)\s)\S{1,20} ){0,2}(?:wins?|victory|victories|titles?|crowns?|medals?|straight|consecutive|successive|mile|miles|km|kilometres?|kilometers?|laps?|hurdles?|barriers?|minutes?|birthday|season|year)\b)`;

/** Tried on the clause around a time, in order; the first that matches decides. */
export const PLACE_RULES: readonly PlaceRule[] = [
  { id: 'place/ordinal-place', reason: '"1st place", "for 5th place", "finished 3rd"', pattern: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)\b${NOT_PLACE}(?! (?:place )?(?:in (?:his|her|the) )?(?:age )?(?:[MFLW]?V\d\d|V[MFLW]\d\d|[MFLW]\d\d|U\d\d|category|age|lady|ladies|woman|women|female|male|man|vet|veteran|junior|senior|master|club|team|counter|scorer))`, 'i'), place: 'ordinal' },
  { id: 'place/ordinal-word', reason: '"finished second", "came third", "took fourth", "finished a distant second"', pattern: new RegExp(String.raw`\b(?:finished|came|come|comes|placed|took|taking|was|in|claimed|claiming|secured|securing)(?: (?:a|an|the|distant|close|strong|comfortable|creditable|fine|fighting|superb|excellent|respectable|solid|narrow)){0,2} (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b${NOT_PLACE}(?! (?:in (?:his|her|the) )?(?:[MFLW]?V\d\d|category|age|lady|woman|female|vet))`, 'i'), place: 'ordinal' },
  { id: 'place/ordinal-in', reason: '"second in 9.83", "settled second in 2:01.32", "fourth-place finish with", "second place in"', pattern: new RegExp(String.raw`\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:[- ]place)?(?: finish)?,? (?:in|with|at|clocking|timing|(?:place|position|spot)(?! on\b))\b(?! (?:history|the world|years|decades|a (?:decade|year|while)|(?:19|20)\d\d|(?:his|her|their) (?:career|life)))`, 'i'), place: 'ordinal' },
  { id: 'place/moved-to', reason: '"faded to eighth", "dropped to fifth", "moved up to third"', pattern: /\b(?:faded|dropped|slipped|fell|moved(?: up)?|rose|climbed|held on|hung on|ended up|finishing|finish(?:es)?|crossed the line|home)(?: back)? (?:to |in )?(?:a |an )?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b(?! (?:in (?:his|her|the) )?(?:[MFLW]?V\d\d|category|age|lady|woman|female|vet))/i, place: 'ordinal' },
  { id: 'place/for-ordinal', reason: '"with 9.98 for fourth", "for second place"', pattern: /\bfor (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?: place)?\b(?! (?:time|straight|consecutive|successive|year|season))/i, place: 'ordinal' },
  { id: 'place/title', reason: '"to take the women\'s 100m title", "raced to the British title", "clinched the race": a title or race won', pattern: /\b(?:to|take|takes|took|taking|claim(?:s|ed|ing)?|clinch(?:es|ed|ing)?|win|wins|won|winning|secur(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|retain(?:s|ed|ing)?|seal(?:s|ed|ing)?)\s+(?:the|her|his|their|a)\s+(?:[\p{L}\d'’-]+\s+){0,3}(?:title|crown|race)\b/iu, place: 1 },
  { id: 'place/winner', reason: '"Tola was a comfortable winner", "emerged as the winner"', pattern: /\b(?:was|is|were|emerged as|ended up|finished as|came home) (?:a |an |the )?(?:[\p{L}-]+ )?winner\b/iu, place: 1 },
  { id: 'place/podium-last', reason: '"completed the podium", "rounded out the podium": third', pattern: /\b(?:complet(?:ed|es|ing)|round(?:ed|s|ing) (?:out|off)|fill(?:ed|s|ing)) the (?:\w+ )?podium\b/i, place: 3 },
  { id: 'place/runner-up', reason: '"runner-up", "narrowly missed out", "silver" mean second', pattern: /\brunner[- ]up\b|\bnarrowly missed out\b|\bsilver\b/i, place: 2 },
  { id: 'place/bronze', reason: '"bronze" means third', pattern: /\bbronze\b/i, place: 3 },
  { id: 'place/win', reason: 'winning words: won, win, victory, victor, gold, title, first past the post', pattern: /\b(?:won|wins|win|winning|victory|victories|victor|victorious|gold|clinch(?:ed)? the title|took the title|claimed the title|first across the line|first past the post|triumph(?:ed)?)\b/i, place: 1 },
];

export function ordinalValue(s: string): number | null {
  const n = Number.parseInt(s, 10);
  if (Number.isFinite(n)) return n >= 1 ? n : null;
  return ORDINALS[s.toLowerCase()] ?? null;
}
