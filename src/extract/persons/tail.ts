/**
 * Right after a name: a time or a finishing place ("X in 53:09.8", "X (4th)", a results-table row), an age, bold, a
 * credit or a byline ("X/Getty Images", "…, X reports."), "of <club, organisation or country>", a country or its code
 * in brackets; and an aside ("X (Turkey)", "X of Adidas") past which a time, a place or a verb is still the person's.
 */
import type { Doc } from '../../types.js';
import { fold } from '../../util/text.js';
import type { PersonLexicon, Tagged } from './lexicon.js';
import type { Candidate } from './candidates.js';
import type { Evidence } from './context.js';
import { CLUB } from './model/context-words.js';
import { RULES } from './rules.js';

/** After a name: "(Jane Doe photo)", "Jane Doe/Getty Images"; "…, Jane Doe reports." ends a report's lead as its byline. */
const CREDIT_AFTER = /^\s{1,2}(?:photos?|photograph|pic)\b|^\s{0,2}\/\s{0,2}(?:getty|afp|reuters|ap\b|pa\b|shutterstock)/i;
const REPORTS_AFTER = /^,?\s{1,2}(?:reports|reported|writes|wrote)\s{0,2}[.!]?\s{0,2}$/;
/** "Sarah Wilson in 53:09.8", "Jane Doe – 32:17", "John Smith 4:12.9": a name next to a race time. */
const NAME_TIME = /^(?:\s(?:in|with|[-–—])|:|,)?\s{1,2}\d{1,2}[:.]\d{2}(?:[:.]\d{1,2})?(?![\d:])/;
/** "Beatrice Chepkoech (KEN) 8:44.32", "Peruth Chemutai UGA 8:48.03": a name, a country code, a race time. */
const COUNTRY_TIME = /^(?:\s{1,2}(?:\(\p{Lu}{3}\)|\p{Lu}{3}|\(\p{Lu}[\p{L} .'’-]{2,30}\))|,\s{1,2}\p{Lu}[\p{L} .'’-]{2,30},)\s{0,3}(?:[-–—:,]\s{1,3})?\d{1,2}[:.]\d{2}(?:[:.]\d{1,2})?(?![\d:])/u;
/** "Gracelyn Larkin in 13th", "Jane Doe (4th)": a name with the place it finished in. */
const NAME_PLACE = /^\s{1,2}(?:(?:in\s{1,2}|\(\s?)\d{1,2}(?:st|nd|rd|th)\b|(?:\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?=\s{0,2}(?:[,.;()]|$|and\b|in\b|with\b)))/;
/** A race time anywhere in a line. */
const ANY_TIME = /(?<![\d:.])\d{1,2}[:.]\d{2}(?:[:.]\d{1,2})?(?![\d:])/;

/**
 * A results table row ("| 2 | UGA | CHEMUTAI Peruth | 8:48.03 NR PB |"): the name opens a cell of a line of
 * cells, and the line or the rows just above it hold a race time (a DNF row has none of its own).
 */
function tableRow(text: string, from: number, to: number, c: Candidate): boolean {
  let a = c.start - 1;
  while (a >= from && (text[a] === ' ' || text[a] === '\t')) a--;
  if (a < from || text[a] !== '|') return false;
  if (ANY_TIME.test(text.slice(c.outer, to))) return true;
  const above = text.slice(Math.max(0, from - 300), from);
  return above.includes('|') && ANY_TIME.test(above);
}

/**
 * An aside right after a name that says where the person is from: "X (Turkey)", "X (KEN)", "X of Adidas", "X, of
 * Texas". Group 1: the bracketed words.
 */
const ASIDE = /^(?:\s{0,2}\((\p{Lu}[\p{L} .'’-]{1,30})\)|,?\s(?:of|from)\s(?:the\s)?\p{Lu}[\p{L}\p{N}&'’.-]{0,30}(?:\s\p{Lu}[\p{L}\p{N}&'’.-]{0,30}){0,3})/u;

/** A race time or a finishing place right after a name (`tail`: the text from the name's end). */
function timedTail(tail: string): boolean {
  const bracket = /^\s{0,2}\(\s{0,2}(\d{1,2}[:.]\d{2}(?:[:.]\d{1,2})?)/.test(tail);
  // (the newer patterns only when the tail's second character can start them: this runs for every candidate)
  const second = tail.charCodeAt(1);
  const upperOrBracket = second === 40 || (second >= 65 && second <= 90);
  return bracket || NAME_TIME.test(tail) || ((upperOrBracket || tail.charCodeAt(0) === 44) && COUNTRY_TIME.test(tail)) || (!upperOrBracket || second === 40 ? NAME_PLACE.test(tail) : false);
}

/**
 * Right after the name: a time in brackets, an age, bold, "of <club or country>", an IOC code, a country in brackets;
 * a time or a place after such an aside ("X (Turkey) in 48.78", "X of MVP, eighth in 11.21"). Returns where the aside
 * ends (the name's end when there is none).
 */
export function readTail(doc: Doc, lex: PersonLexicon, c: Candidate, ev: Evidence): number {
  const text = doc.text;
  const s = doc.sentences[c.sentence]!;
  const tail = text.slice(c.outer, Math.min(s.end, c.outer + 90));
  const match = c.poss ? null : ASIDE.exec(tail);
  // (a bracket is an aside only when it holds a country: "Ras Al Khaimah (RAK) Half Marathon" is not)
  const bracketed = match?.[1] ? bracketedCountry(lex, match[1]) : null;
  const aside = match && (!match[1] || bracketed) ? match : null;
  const rest = aside ? tail.slice(aside[0].length) : '';
  // (after an aside, a comma may come before the place: "X of MVP, eighth in 11.21")
  const timedAfterAside = aside !== null && (timedTail(rest) || timedTail(rest.replace(/^,/, '')));
  if (timedTail(tail) || timedAfterAside || tableRow(text, s.start, s.end, c)) ev.timed = true;
  const second = tail.charCodeAt(1);
  if ((second === 112 || second === 80 || tail.includes('/')) && CREDIT_AFTER.test(tail)) ev.post.roles.push({ value: 'other', rule: RULES.credit.id });
  else if (tail.length <= 16 && REPORTS_AFTER.test(tail)) ev.post.roles.push({ value: 'journalist', rule: RULES.byline.id });
  const age = /^,\s{0,2}(\d{2}),/.exec(tail);
  if (age) ev.age = Number(age[1]);
  if (/^\*\*/.test(tail) && text.slice(Math.max(0, c.start - 2), c.start) === '**') ev.bold = true;
  readOf(lex, tail, timedAfterAside, ev);
  if (bracketed) {
    // "Kelvin Kimutai (KEN)", "Yasmani Copello (Turkey)": a country or its code in brackets after a name marks a competitor
    // (a country's name after a lone word or a known place is a place's: "Hengelo (Netherlands)", "Addis Ababa (Ethiopia)")
    ev.country ??= bracketed;
    const code = bracketed.rule === RULES.iocCountry.id;
    if (code || (c.tokens.length > 1 && !lex.names.places.has(c.tokens.map((t) => t.key).join(' ')))) ev.post.roles.push({ value: 'athlete', rule: code ? RULES.iocCode.id : RULES.countryInBrackets.id });
  }
  return aside ? c.outer + aside[0].length : c.outer;
}

/** "X of Cheltenham Harriers" (a club), "X of UK Athletics" (an organisation), "X of Kenya" (a nationality). */
function readOf(lex: PersonLexicon, tail: string, timed: boolean, ev: Evidence): void {
  const of = /^,?\s(?:of|from)\s(?:the\s)?(\p{Lu}[\p{L} ]{1,40}?)(?=[,.;)]|\s\p{Ll}|$)/u.exec(tail);
  if (!of) return;
  const place = fold(of[1]!);
  if (!ev.country) ev.country = lex.countries.get(place) ?? null;
  // "Zara Hyde Peters of UK Athletics", "Victor Conte, of Balco Laboratories": speaks for an organisation
  // (not with a race time after it: "X of Adidas in 9.96" runs for a sponsor's team)
  const words = place.split(' ');
  if (words.some((w) => CLUB.words.has(w)) || (timed && !lex.countries.has(place))) ev.post.roles.push({ value: 'athlete', rule: RULES.ofClub.id });
  else if (!lex.countries.has(place) && words.some((w) => lex.notName.get(w) === RULES.organisationWord.id)) ev.post.roles.push({ value: 'official', rule: RULES.ofOrganisation.id });
}

/** The country of a bracket after a name: an IOC code ("KEN"), a country ("Turkey") or a nationality word; else null. */
function bracketedCountry(lex: PersonLexicon, inner: string): Tagged<string> | null {
  if (/^\p{Lu}{3}$/u.test(inner)) return lex.codes.has(inner) ? { value: inner, rule: RULES.iocCountry.id } : null;
  return lex.countries.get(fold(inner)) ?? lex.demonyms.get(fold(inner)) ?? null;
}

