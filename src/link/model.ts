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

export const RECORD_RULES: readonly RecordRule[] = [
  { id: 'record/indoor-world', reason: '"indoor world record" is a WR set indoors', pattern: /\bindoor world (?:record|best)\b|\bworld indoor (?:record|best)\b/i, code: 'WR', indoor: true },
  { id: 'record/world', reason: '"world record" / "WR"', pattern: /\bworld[- ]record\b|\bWR\b/i, code: 'WR' },
  { id: 'record/area', reason: 'continental records other than European are area records', pattern: /\b(?:african|asian|oceanian|north american|south american|area|continental|commonwealth) (?:indoor )?record\b|\bAR\b/i, code: 'AR' },
  { id: 'record/european', reason: '"European record"', pattern: /\beuropean (?:indoor )?record\b|\bER\b/i, code: 'ER' },
  { id: 'record/national', reason: 'national records, named by nation adjective or "national"', pattern: /\b(?:national|british|scottish|english|welsh|irish|american|us|kenyan|norwegian|french|german|spanish|italian|australian|canadian|jamaican|ethiopian|japanese|chinese|swedish|dutch|belgian|polish|russian|greek|portuguese|ugandan|moroccan) (?:indoor |u\d\d |junior |senior )?record\b|\bNR\b/i, code: 'NR' },
  { id: 'record/championship', reason: '"championship record", "championships best", "Games record", "CR"', pattern: /\bchampionships? (?:record|best)\b|\bgames record\b|\bCR\b/i, code: 'CR' },
  { id: 'record/meeting', reason: '"meeting record", "meet record", "course record", "MR"', pattern: /\b(?:meeting|meet|course) record\b|\bMR\b/i, code: 'MR' },
  { id: 'record/personal-best', reason: '"personal best", "PB", "PR", "lifetime best"', pattern: /\bpersonal best\b|\bPBs?\b|\bPR\b|\blifetime best\b/i, code: 'PB' },
  { id: 'record/season-best', reason: '"season\'s best", "seasonal best", "SB"', pattern: /\bseason(?:'|’)?s?(?:al)? best\b|\bSB\b/i, code: 'SB' },
  { id: 'record/world-lead', reason: '"world lead", "world-leading", "fastest in the world this year", "WL"', pattern: /\bworld[- ]lead(?:ing)?\b|\bWL\b/i, code: 'WL' },
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

/** Tried on the clause around a time, in order; the first that matches decides. */
export const PLACE_RULES: readonly PlaceRule[] = [
  { id: 'place/ordinal-place', reason: '"1st place", "for 5th place", "finished 3rd"', pattern: /\b(\d{1,2})(?:st|nd|rd|th)\b(?! (?:in (?:his|her|the) )?(?:[MFLW]?V\d\d|[MFLW]\d\d|U\d\d|category|age|lady|ladies|woman|women|female|male|man|vet|veteran|junior|senior|master|club|team|counter|scorer))/i, place: 'ordinal' },
  { id: 'place/ordinal-word', reason: '"finished second", "came third", "took fourth", "finished a distant second"', pattern: /\b(?:finished|came|come|comes|placed|took|taking|was|in|claimed|claiming|secured|securing)(?: (?:a|an|the|distant|close|strong|comfortable|creditable|fine|fighting|superb|excellent|respectable|solid|narrow)){0,2} (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b(?! (?:in (?:his|her|the) )?(?:[MFLW]?V\d\d|category|age|lady|woman|female|vet))/i, place: 'ordinal' },
  { id: 'place/runner-up', reason: '"runner-up", "narrowly missed out", "silver" mean second', pattern: /\brunner[- ]up\b|\bnarrowly missed out\b|\bsilver\b/i, place: 2 },
  { id: 'place/bronze', reason: '"bronze" means third', pattern: /\bbronze\b/i, place: 3 },
  { id: 'place/win', reason: 'winning words: won, win, victory, victor, gold, title, first past the post', pattern: /\b(?:won|wins|win|winning|victory|victor|victorious|gold|clinch(?:ed)? the title|took the title|claimed the title|first across the line|first past the post|triumph(?:ed)?)\b/i, place: 1 },
];

export function ordinalValue(s: string): number | null {
  const n = Number.parseInt(s, 10);
  if (Number.isFinite(n)) return n >= 1 ? n : null;
  return ORDINALS[s.toLowerCase()] ?? null;
}
