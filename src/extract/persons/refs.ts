/**
 * References to persons: pronouns ("he", "her") and descriptors ("the Norwegian", "the 29-year-old",
 * "the latter", "the two-time champion") resolved to the most salient compatible person: the subject
 * (first person) of the sentence, then of the sentences before, by gender where the text shows it and by
 * nationality for "the Kenyan". One pass in text order; each resolved reference counts as a mention.
 */
import type { Doc, PersonRef } from '../../types.js';
import { fold } from '../../util/text.js';
import type { PersonLexicon } from './lexicon.js';
import type { Built } from './group.js';
import type { Gender } from './model/name-data.js';
import { blockAt } from '../../segment/index.js';
import { MODIFIERS } from './model/context-words.js';
import { firstAtOrAfter, spanIndexAt } from '../../util/spans.js';
import { pickPerson, type Context, type RefCand } from './pick-person.js';
import { RULES } from './rules.js';

const BODY_KINDS = new Set(['paragraph', 'list', 'heading', 'dateline']);
const PRONOUN = /\b(?:he|she|his|her|him|himself|herself)\b/gi;
const LATTER = /\bthe (latter|former)\b/gi;
const AGE = /\bthe (\d{2})-year-old\b/gi;
const DEMONYM = /\b[Tt]he (?:(?:great|former|veteran|young|in-form|reigning|defending|experienced|legendary|evergreen|talented) )?(\p{Lu}\p{Ll}{2,20}(?: \p{Lu}\p{Ll}{2,20})?)\b/gu;
/** After "the Kenyan": a word that shows the nationality word is a noun ("the Kenyan said", "the Kenyan, who"). */
const NOUN_END = /^(?:['’]s\b|\s*[,.;:!?)"”]|\s+(?:is|was|has|had|will|would|could|can|did|who|and|as|in|at|on|to|for|with|but|after|before|then|also|said|says|added|told|won|ran|finished|clocked|took|beat|led|set|broke|came|edged|moved|remains|looked|made)\b)/;


/** "the" (or "The") as a word; the words after it are read one by one by `readDescriptor`. */
const THE = /\b[Tt]he /g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

/**
 * End of the word at `pos`: up to 20 letters, digits, apostrophes and hyphens (`/[\p{L}\p{N}'’-]{1,20}/uy`
 * as a char-code scan, since it runs after every "the"); `pos` itself when there is none.
 */
function wordEnd(text: string, pos: number): number {
  let j = pos;
  for (let n = 0; n < 20 && j < text.length; n++) {
    const c = text.charCodeAt(j);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45 || c === 0x2019) j++;
    else if (c < 128) break;
    else {
      LETTER_OR_DIGIT.lastIndex = j;
      if (!LETTER_OR_DIGIT.test(text)) break;
      j = LETTER_OR_DIGIT.lastIndex;
    }
  }
  return j;
}

/**
 * Modifiers then an athlete noun after "the " at `from` ("four-time world 1500m champion"): the end of the
 * descriptor and the nationality it states. Reads at most six words and stops at the first that does not fit.
 */
function readDescriptor(lex: PersonLexicon, text: string, from: number): { end: number; country: string | null } | null {
  let country: string | null = null;
  let pos = from;
  let prevKey: string | null = null;
  for (let n = 0; n < 6; n++) {
    const end = wordEnd(text, pos);
    if (end === pos) return null;
    const w = text.slice(pos, end);
    const k = fold(w);
    // (a two-word noun starts with one of the noun heads)
    if (prevKey !== null && lex.nounHeads.has(prevKey) && lex.athleteNouns.has(`${prevKey} ${k}`)) return { end, country };
    if (lex.athleteNouns.has(k)) {
      // "record holder", "distance runner": a two-word noun
      const after = /^ ([a-z-]{3,12})/.exec(text.slice(end, end + 14));
      return { end: after && lex.athleteNouns.has(`${k} ${after[1]}`) ? end + 1 + after[1]!.length : end, country };
    }
    const demonym = lex.demonyms.get(k);
    if (demonym) country ??= demonym.value;
    else if (!/[\d-]|^\p{Lu}/u.test(w) && !MODIFIERS.words.has(k) && !lex.nounHeads.has(k)) return null;
    prevKey = k;
    if (text[end] !== ' ') return null;
    pos = end + 1;
  }
  return null;
}

function findPronouns(text: string, out: RefCand[]): void {
  PRONOUN.lastIndex = 0;
  for (let m = PRONOUN.exec(text); m; m = PRONOUN.exec(text)) {
    const w = m[0].toLowerCase();
    const gender: Gender = w.startsWith('s') || w.startsWith('her') ? 'f' : 'm';
    const afterQuote = /["”’'],?\s{0,2}$/.test(text.slice(Math.max(0, m.index - 4), m.index));
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'pronoun', gender, object: w === 'him', afterQuote, age: null, country: null, rule: RULES.pronoun.id });
  }
}

function findLatter(lex: PersonLexicon, text: string, out: RefCand[]): void {
  if (!/\bthe (?:latter|former)\b/i.test(text)) return;
  LATTER.lastIndex = 0;
  for (let m = LATTER.exec(text); m; m = LATTER.exec(text)) {
    const kind = m[1]!.toLowerCase() as 'latter' | 'former';
    out.push({ start: m.index, end: m.index + m[0].length, kind, gender: null, object: false, afterQuote: false, age: null, country: null, rule: lex.descriptors.get(`the ${kind}`)?.rule ?? RULES[kind].id });
  }
}

function findAges(text: string, out: RefCand[]): void {
  if (!text.includes('-year-old')) return;
  AGE.lastIndex = 0;
  for (let m = AGE.exec(text); m; m = AGE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'age', gender: null, object: false, afterQuote: false, age: Number(m[1]), country: null, rule: RULES.refAge.id });
}

function findDemonyms(lex: PersonLexicon, text: string, out: RefCand[]): void {
  DEMONYM.lastIndex = 0;
  for (let m = DEMONYM.exec(text); m; m = DEMONYM.exec(text)) {
    const d = lex.demonyms.get(fold(m[1]!));
    if (!d || !NOUN_END.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'demonym', gender: null, object: false, afterQuote: false, age: null, country: d.value, rule: RULES.refNationality.id });
  }
}

function findDescriptors(lex: PersonLexicon, text: string, out: RefCand[]): void {
  THE.lastIndex = 0;
  for (let m = THE.exec(text); m; m = THE.exec(text)) {
    const d = readDescriptor(lex, text, m.index + 4);
    if (!d || /^[ -]\p{Lu}/u.test(text.slice(d.end, d.end + 2))) continue;
    out.push({ start: m.index, end: d.end, kind: 'descriptor', gender: null, object: false, afterQuote: false, age: null, country: d.country, rule: RULES.descriptor.id });
  }
}

/** Every reference of the text's body blocks, in text order (the longer first at one start). */
function findRefs(doc: Doc, lex: PersonLexicon): RefCand[] {
  const text = doc.text;
  const found: RefCand[] = [];
  findPronouns(text, found);
  findLatter(lex, text, found);
  findAges(text, found);
  findDemonyms(lex, text, found);
  findDescriptors(lex, text, found);
  const out: RefCand[] = [];
  for (const r of found) if (BODY_KINDS.has(blockAt(doc, r.start)?.kind ?? 'noise')) out.push(r);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

const QUOTE_MARK = /["“”]/g;

/**
 * The spans inside double quotation marks (per block; straight, curly and mismatched marks), as
 * [open, close, open, close, …]. The marks are found by one regex pass over the text (a jump from mark to
 * mark rather than a loop over every character), then read block by block.
 */
function quoteSpans(doc: Doc): number[] {
  const text = doc.text;
  const marks: number[] = [];
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(text); m; m = QUOTE_MARK.exec(text)) marks.push(m.index);
  const spans: number[] = [];
  for (const b of doc.blocks) {
    let open = -1;
    for (let k = firstAtOrAfter(marks, b.start); k < marks.length && marks[k]! < b.end; k++) {
      const i = marks[k]!;
      const ch = text.charCodeAt(i);
      if (ch === 0x22 /* " */) {
        if (open < 0) open = i;
        else spans.push(open, i), (open = -1);
      } else if (ch === 0x201c /* “ */) open = i;
      else if (open >= 0) spans.push(open, i), (open = -1); // ”
    }
    if (open >= 0) spans.push(open, b.end); // a quote continued in the next paragraph
  }
  return spans;
}

/** Whether `pos` is inside one of the quotation spans. */
function inQuotes(spans: readonly number[], pos: number): boolean {
  let lo = 0;
  let hi = spans.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pos < spans[2 * mid]!) hi = mid - 1;
    else if (pos > spans[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

const PREDICATIVE = /\b(?:as|is|was|became|becomes|remains|remained)\s{1,2}$/i;

/** End of the latest mention or reference before the current one. */
function lastEnd(anchors: Built['anchors'], a: number, out: readonly PersonRef[]): number {
  return Math.max(anchors[a - 1]?.end ?? -1, out[out.length - 1]?.end ?? -1);
}

function sentenceOf(doc: Doc, pos: number): number {
  return spanIndexAt(doc.sentences, pos);
}

/** The references that are not inside a name ("the Kenyan" of "the Kenyan Eliud …" is a name's context). */
function outsideNames(found: readonly RefCand[], anchors: Built['anchors']): RefCand[] {
  const refs: RefCand[] = [];
  let o = 0;
  for (const r of found) {
    while (o < anchors.length && anchors[o]!.end <= r.start) o++;
    const next = anchors[o];
    if (!next || next.start >= r.end) refs.push(r);
  }
  return refs;
}

/** Genders the text shows: a pronoun after the only person named in its sentence votes for that person. */
function voteGenders(doc: Doc, refs: readonly RefCand[], anchors: Built['anchors'], gender: (Gender | null)[]): void {
  const m = new Int32Array(gender.length);
  const f = new Int32Array(gender.length);
  let k = 0;
  for (const r of refs) {
    if (r.kind !== 'pronoun') continue;
    const s = sentenceOf(doc, r.start);
    while (k < anchors.length && anchors[k]!.start < r.start && anchors[k]!.sentence < s) k++;
    // the one person named before it in its sentence, or -2 when there are several
    let only = -1;
    for (let j = k; j < anchors.length && j < k + 64 && anchors[j]!.start < r.start; j++) {
      const p = anchors[j]!.person;
      if (anchors[j]!.sentence === s) only = only === -1 || only === p ? p : -2;
    }
    if (only >= 0) (r.gender === 'f' ? f : m)[only]!++;
  }
  for (let p = 0; p < gender.length; p++) if (gender[p] === null && m[p]! + f[p]! > 0) gender[p] = m[p]! >= f[p]! ? 'm' : 'f';
}

/** Resolves pronouns and descriptors; fills in genders shown by "X … she". */
export function resolveRefs(doc: Doc, lex: PersonLexicon, built: Built): PersonRef[] {
  const { persons, anchors } = built;
  if (!anchors.length) return [];
  const gender = [...built.gender];
  const refs = outsideNames(findRefs(doc, lex), anchors);
  voteGenders(doc, refs, anchors, gender);
  // (arrays filled by push, not `map`: `map` hands back either of two array kinds, and each new one costs a deopt)
  const country: (string | null)[] = [];
  const roles: string[] = [];
  for (const p of persons) {
    country.push(p.country);
    roles.push(p.role);
  }
  const cx: Context = { gender, country, ages: built.ages, roles, counts: new Int32Array(persons.length) };
  const out: PersonRef[] = [];
  // the recent mentions and references, newest last, all of one shape (an anchor)
  const recent: Built['anchors'] = [];
  const quotes = quoteSpans(doc);
  let a = 0;
  for (const r of refs) {
    while (a < anchors.length && anchors[a]!.start < r.start) {
      // names inside a quotation are not what a pronoun outside it points back to
      if (!inQuotes(quotes, anchors[a]!.start)) recent.push(anchors[a]!);
      cx.counts[anchors[a]!.person]!++;
      a++;
    }
    if (recent.length > 64) recent.splice(0, recent.length - 32);
    if (inQuotes(quotes, r.start)) continue; // "He is very dedicated": whom a quoted pronoun means is the quote's business
    const s = sentenceOf(doc, r.start);
    const last = recent[recent.length - 1];
    const lead = doc.text.slice(Math.max(0, r.start - 12), r.start);
    // "Kenteris, the 2000 Olympic 200m champion," / "saw himself as the Olympic champion": the same person
    const same = r.kind !== 'pronoun' && last && last.sentence === s && (PREDICATIVE.test(lead) || (lastEnd(anchors, a, out) >= r.start - 3 && /,\s{1,2}$/.test(lead)));
    const person = same ? last.person : pickPerson(r, s, recent, cx);
    if (person === null) continue;
    out.push({ start: r.start, end: r.end, text: doc.text.slice(r.start, r.end), person, rule: r.rule });
    // "the Moroccan", "the Scottish runner" state the nationality of the person they point to
    if (r.country && cx.country[person] === null) cx.country[person] = persons[person]!.country = r.country;
    recent.push({ start: r.start, end: r.end, person, sentence: s }); // (the shape of an anchor)
    cx.counts[person]!++;
  }
  return out;
}

