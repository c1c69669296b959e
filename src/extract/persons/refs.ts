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

const BODY_KINDS = new Set(['paragraph', 'list', 'heading', 'dateline']);
const PRONOUN = /\b(?:he|she|his|her|him|himself|herself)\b/gi;
const LATTER = /\bthe (latter|former)\b/gi;
const AGE = /\bthe (\d{2})-year-old\b/gi;
const DEMONYM = /\bthe (\p{Lu}\p{Ll}{2,20}(?: \p{Lu}\p{Ll}{2,20})?)\b/gu;
/** After "the Kenyan": a word that shows the nationality word is a noun ("the Kenyan said", "the Kenyan, who"). */
const NOUN_END = /^(?:\s*[,.;:!?)"”]|\s+(?:is|was|has|had|will|would|could|can|did|who|and|as|in|at|on|to|for|with|but|after|before|then|also|said|says|added|told|won|ran|finished|clocked|took|beat|led|set|broke|came|edged|moved|remains|looked|made)\b)/;

type Kind = 'pronoun' | 'latter' | 'former' | 'age' | 'demonym' | 'descriptor';

interface RefCand {
  start: number;
  end: number;
  kind: Kind;
  gender: Gender | null;
  /** "him": an object, usually not the subject. */
  object: boolean;
  age: number | null;
  country: string | null;
  rule: string;
}

function athleteNouns(lex: PersonLexicon): RegExp {
  const nouns = [...lex.roles].filter(([k, r]) => r.value === 'athlete' && /^[a-z-]+(?: [a-z-]+)?$/.test(k)).map(([k]) => k);
  nouns.sort((a, b) => b.length - a.length);
  return new RegExp(`\\bthe ((?:[\\w'’-]{1,20} ){0,5}?)(${nouns.join('|')})\\b(?! \\p{Lu})`, 'giu');
}

function findRefs(doc: Doc, lex: PersonLexicon, nounRe: RegExp): RefCand[] {
  const text = doc.text;
  const out: RefCand[] = [];
  const body = (pos: number) => BODY_KINDS.has(blockAt(doc, pos)?.kind ?? 'noise');
  for (const m of text.matchAll(PRONOUN)) {
    const w = m[0].toLowerCase();
    const gender: Gender = w.startsWith('s') || w.startsWith('her') ? 'f' : 'm';
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'pronoun', gender, object: w === 'him', age: null, country: null, rule: 'ref/pronoun' });
  }
  if (/\bthe (?:latter|former)\b/i.test(text)) for (const m of text.matchAll(LATTER)) {
    const kind = m[1]!.toLowerCase() as 'latter' | 'former';
    out.push({ start: m.index, end: m.index + m[0].length, kind, gender: null, object: false, age: null, country: null, rule: lex.descriptors.get(`the ${kind}`)?.rule ?? `ref/${kind}` });
  }
  if (text.includes('-year-old')) for (const m of text.matchAll(AGE)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'age', gender: null, object: false, age: Number(m[1]), country: null, rule: 'ref/age' });
  for (const m of text.matchAll(DEMONYM)) {
    const d = lex.demonyms.get(fold(m[1]!));
    if (!d || !NOUN_END.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'demonym', gender: null, object: false, age: null, country: d.value, rule: 'ref/nationality' });
  }
  for (const m of text.matchAll(nounRe)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'descriptor', gender: null, object: false, age: null, country: null, rule: 'ref/descriptor' });
  return out.filter((r) => body(r.start)).sort((a, b) => a.start - b.start || b.end - a.end);
}

function sentenceOf(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Resolves pronouns and descriptors; fills in genders shown by "X … she". */
export function resolveRefs(doc: Doc, lex: PersonLexicon, built: Built, nounRe = athleteNouns(lex)): PersonRef[] {
  const { persons, anchors } = built;
  const gender = [...built.gender];
  if (!anchors.length) return [];
  // a reference inside a name ("the Kenyan" of "the Kenyan Eliud …" is a name's context, not a reference)
  const refs: RefCand[] = [];
  let o = 0;
  for (const r of findRefs(doc, lex, nounRe)) {
    while (o < anchors.length && anchors[o]!.end <= r.start) o++;
    const next = anchors[o];
    if (!next || next.start >= r.end) refs.push(r);
  }
  // genders: a pronoun after the only person named in its sentence
  const votes = persons.map(() => ({ m: 0, f: 0 }));
  let k = 0;
  for (const r of refs) {
    if (r.kind !== 'pronoun') continue;
    const s = sentenceOf(doc, r.start);
    while (k < anchors.length && anchors[k]!.start < r.start && anchors[k]!.sentence < s) k++;
    const seen = new Set<number>();
    for (let j = k; j < anchors.length && j < k + 64 && anchors[j]!.start < r.start; j++) if (anchors[j]!.sentence === s) seen.add(anchors[j]!.person);
    if (seen.size === 1) votes[[...seen][0]!]![r.gender === 'f' ? 'f' : 'm']++;
  }
  votes.forEach((v, p) => {
    if (gender[p] === null && v.m + v.f > 0) gender[p] = v.m >= v.f ? 'm' : 'f';
  });

  const countries = persons.map((p) => p.country);
  const roles = persons.map((p) => p.role);
  const out: PersonRef[] = [];
  // the recent mentions, newest last: {person, sentence}
  const recent: { person: number; sentence: number }[] = [];
  let a = 0;
  for (const r of refs) {
    while (a < anchors.length && anchors[a]!.start < r.start) {
      recent.push(anchors[a]!);
      a++;
    }
    if (recent.length > 64) recent.splice(0, recent.length - 32);
    const s = sentenceOf(doc, r.start);
    const person = pickPerson(r, s, recent, gender, countries, built.ages, roles);
    if (person === null) continue;
    out.push({ start: r.start, end: r.end, text: doc.text.slice(r.start, r.end), person, rule: r.rule });
    recent.push({ person, sentence: s });
  }
  return out;
}

function pickPerson(
  r: RefCand, s: number, recent: readonly { person: number; sentence: number }[], gender: readonly (Gender | null)[],
  country: readonly (string | null)[], ages: readonly (number | null)[], roles: readonly string[],
): number | null {
  const ok = (p: number) => r.gender === null || gender[p] === null || gender[p] === r.gender;
  const newestFirst = [...recent].reverse().filter((x) => x.sentence >= s - 4);
  if (r.kind === 'latter' || r.kind === 'former') {
    const distinct = [...new Set(newestFirst.map((x) => x.person))];
    return (r.kind === 'latter' ? distinct[0] : distinct[1]) ?? null;
  }
  if (r.kind === 'age') {
    const byAge = newestFirst.find((x) => ages[x.person] === r.age);
    if (byAge) return byAge.person;
    return newestFirst.find((x) => roles[x.person] === 'athlete' && ages[x.person] === null)?.person ?? null;
  }
  if (r.kind === 'demonym') {
    const same = newestFirst.find((x) => country[x.person] === r.country);
    if (same) return same.person;
    return newestFirst.find((x) => roles[x.person] === 'athlete' && country[x.person] === null)?.person ?? null;
  }
  if (r.kind === 'descriptor') return newestFirst.find((x) => roles[x.person] === 'athlete')?.person ?? null;
  // pronouns: the subject of this sentence, else of the nearest sentence before that names someone
  const here = recent.filter((x) => x.sentence === s);
  if (here.length) {
    const compatible = here.filter((x) => ok(x.person));
    if (r.object) {
      const distinct = [...new Set(compatible.map((x) => x.person))];
      if (distinct.length > 1) return distinct[distinct.length - 1]!;
    }
    if (compatible.length) return compatible[0]!.person;
  }
  for (let back = s - 1; back >= s - 3; back--) {
    const there = recent.filter((x) => x.sentence === back && ok(x.person));
    if (there.length) return there[0]!.person;
  }
  return null;
}
