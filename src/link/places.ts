/**
 * Places said apart from the time: "Obiri won the women's race." … "She clocked 2:27:23." A runner whose
 * place in the article's race is stated once, in a sentence that speaks of that race (no other year, no
 * title held, no background race), has that place on their one time in it when the time's own clause says
 * none. Runners with several times in that race (heats and finals) are left alone.
 */
import type { Doc, PerformanceMention } from '../types.js';
import type { Anchor } from './athlete.js';
import type { SpanIndex } from './spans.js';
import { firstIn } from './spans.js';
import { isObject } from './athlete.js';
import { placeOf } from './details.js';
import { isOwnText } from '../segment/index.js';
import { FUTURE } from './frame.js';

/** A sentence that speaks of another race or of a title held: its places are not this race's. */
const ELSEWHERE = /\b(?:champion|medall?ist|record[- ]holder|last (?:year|season|time)|previous(?:ly)?|former|career|in the past|since|earlier this)\b/i;

/** An age-group or category place ("5th VM40", "2nd lady") is not the race's place. */
const CATEGORY = /\b(?:[MFLW]?V\d\d|V[MFLW]\d\d|[MFLW]\d\d|U\d\d|category|age group|lady|ladies|woman|female|veteran)\b/i;

/** Between two coordinated subjects: "and", a comma, with an optional "of <Country>" each. */
const COORDINATED_SUBJECT = /^(?:\s(?:of|from)\s\p{Lu}[\p{L}-]{1,30})?(?:,|\s&|,?\sand)\s$/u;

const YEAR = /\b(?:19|20)\d\d\b/g;

/** A tally of wins ("has secured five wins this indoor season") is no place in one race. */
const WIN_COUNT = /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s(?:straight\s|consecutive\s|successive\s)?(?:wins|victories|titles|golds)\b/i;

/** A place denied: "his efforts were insufficient to end up with the gold medal", "failed to win", "missed out on gold". */
const NEGATED = /\b(?:not|never|insufficient|failed|fail(?:s|ing)?|without|denied|short of|missed out on|miss(?:ed|es)? out on)\b/i;

/** A sentence naming a year other than the race's speaks of another race (its places and records are that race's). */
export function otherYear(text: string, raceYear: number | null): boolean {
  for (const m of text.matchAll(YEAR)) if (Number(m[0]) !== raceYear) return true;
  return false;
}

/** A word without which no place rule can match: sentences without one are not read. */
const PLACE_WORD = /\b(?:won|wins?|winn\w*|victor\w*|gold|silver|bronze|runner|title|crown|race|triumph\w*|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\b/i;

/** How far after a name its place phrase may stand ("Obiri, 33, won the women's race"). */
const REACH = 90;

export function placesSaid(doc: Doc, anchors: SpanIndex<Anchor>, raceYear: number | null): Map<number, number> {
  const said = new Map<number, number>();
  for (const s of doc.sentences) {
    // a photo caption or a related-story line is not the report's own word
    if (!isOwnText(doc.blocks[s.block]) && doc.blocks[s.block]?.kind !== 'headline') continue;
    const text = doc.text.slice(s.start, s.end);
    // (a place hoped for — "is confident he can win his first major title this weekend" — is not one won)
    if (!PLACE_WORD.test(text) || ELSEWHERE.test(text) || NEGATED.test(text) || FUTURE.test(text) || WIN_COUNT.test(text) || otherYear(text, raceYear)) continue;
    const people = firstIn(anchors, s.start, s.end);
    for (let i = 0; i < people.length; i++) {
      const a = people[i]!;
      if (isObject(doc, a, s.start)) continue;
      let next = people.slice(i + 1).find((b) => b.person !== a.person);
      // "Lemma of Ethiopia and Obiri of Kenya used different strategies to win": coordinated subjects share
      // the predicate after the last of them
      let from = a.end;
      while (next && COORDINATED_SUBJECT.test(doc.text.slice(from, next.start))) {
        from = next.end;
        const after: number = next.person;
        next = people.slice(people.indexOf(next) + 1).find((b) => b.person !== a.person && b.person !== after);
      }
      const to = Math.min(next ? next.start : s.end, from + REACH);
      const place = placeOf(doc.text.slice(from, to));
      // the category may follow the next name ("4th in his MV60 category"): read on to the reach
      if (!place || CATEGORY.test(doc.text.slice(from, Math.min(s.end, from + REACH)))) continue;
      const known = said.get(a.person);
      said.set(a.person, known === undefined || known === place.value ? place.value : -1);
    }
  }
  return said;
}

/** Gives the stated place to a runner's only time in the article's race. */
export function carryPlaces(perfs: PerformanceMention[], places: () => ReadonlyMap<number, number>, sameRace: (p: PerformanceMention) => boolean): void {
  // a runner's times in the article's race (an earlier best elsewhere does not count)
  const count = new Map<number, number>();
  for (const p of perfs) if (p.person !== null && sameRace(p)) count.set(p.person, (count.get(p.person) ?? 0) + 1);
  let said: ReadonlyMap<number, number> | null = null; // read only when a time needs it
  for (const p of perfs) {
    if (p.place !== null || p.person === null || count.get(p.person) !== 1) continue;
    const place = (said ??= places()).get(p.person);
    if (place === undefined || place < 1 || !sameRace(p)) continue;
    p.place = place;
    p.rules.push('place/said-elsewhere');
  }
}
