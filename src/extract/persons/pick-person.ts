/**
 * Whom one reference points to, given the recent mentions and references (newest last): "the latter" and
 * "the former" by order, descriptors ("the Norwegian", "the 29-year-old") by what they state, pronouns by the
 * subject of their sentence, else the topic among the persons of the nearest sentence before. Small functions
 * over an index window of `recent`, no closures or arrays per reference.
 */
import type { Gender } from './model/name-data.js';

export type Kind = 'pronoun' | 'latter' | 'former' | 'age' | 'demonym' | 'descriptor';

export interface RefCand {
  start: number;
  end: number;
  kind: Kind;
  gender: Gender | null;
  /** "him": an object, usually not the subject. */
  object: boolean;
  /** Right after a closing quotation mark: '"…", he said'. */
  afterQuote: boolean;
  age: number | null;
  country: string | null;
  rule: string;
}

export interface Context {
  gender: readonly (Gender | null)[];
  country: (string | null)[];
  ages: readonly (number | null)[];
  roles: readonly string[];
  /** Mentions and references so far, per person: the topic of the article weighs more. */
  counts: Int32Array;
}

type Recent = readonly { person: number; sentence: number }[];

/** Start of the window of `recent`: the mentions of the last five sentences (recent is in text order). */
function windowStart(recent: Recent, s: number): number {
  let lo = recent.length;
  while (lo > 0 && recent[lo - 1]!.sentence >= s - 4) lo--;
  return lo;
}

export function pickPerson(r: RefCand, s: number, recent: Recent, cx: Context): number | null {
  const lo = windowStart(recent, s);
  if (r.kind === 'latter' || r.kind === 'former') return pickLatter(r.kind, recent, lo);
  if (r.kind !== 'pronoun') return pickDescribed(r, s, recent, lo, cx);
  return pickPronoun(r, s, recent, lo, cx);
}

/** "the latter": the person named last; "the former": the one named before them. */
function pickLatter(kind: 'latter' | 'former', recent: Recent, lo: number): number | null {
  let first = -1;
  for (let j = recent.length - 1; j >= lo; j--) {
    const p = recent[j]!.person;
    if (first < 0) {
      if (kind === 'latter') return p;
      first = p;
    } else if (p !== first) return p;
  }
  return null;
}

/** Whether person `p` fits a descriptor, strictly (`strict`) or loosely: same age / nationality / an athlete. */
function fits(r: RefCand, p: number, strict: boolean, cx: Context): boolean {
  const athlete = cx.roles[p] === 'athlete' || cx.roles[p] === 'other';
  if (r.kind === 'age') return strict ? cx.ages[p] === r.age : athlete && cx.ages[p] === null;
  if (r.country) return strict ? cx.country[p] === r.country : athlete && cx.country[p] === null;
  return strict ? cx.roles[p] === 'athlete' : athlete;
}

/** "the Norwegian", "the 29-year-old", "the world champion". */
function pickDescribed(r: RefCand, s: number, recent: Recent, lo: number, cx: Context): number | null {
  let here = false;
  for (let j = lo; j < recent.length; j++) if (recent[j]!.sentence === s) here = true;
  const named = here ? new Set<number>() : null;
  if (named) for (let j = lo; j < recent.length; j++) if (recent[j]!.sentence === s) named.add(recent[j]!.person);
  for (const strict of [true, false]) {
    // in subject position (nobody named before it in the sentence): the subject of the sentence before;
    // after a name ("Kerr beat the Norwegian"): the most recent other person
    if (!named) {
      let prev = -1;
      for (let j = recent.length - 1; j >= lo && prev < 0; j--) if (recent[j]!.sentence < s && fits(r, recent[j]!.person, strict, cx)) prev = j;
      if (prev >= 0) {
        for (let j = lo; j <= prev; j++) if (recent[j]!.sentence === recent[prev]!.sentence && fits(r, recent[j]!.person, strict, cx)) return recent[j]!.person;
      }
    } else {
      for (let j = recent.length - 1; j >= lo; j--) if (!named.has(recent[j]!.person) && fits(r, recent[j]!.person, strict, cx)) return recent[j]!.person;
    }
  }
  return null;
}

/** A pronoun's gender does not rule the person out. */
const genderOk = (r: RefCand, p: number, cx: Context) => r.gender === null || cx.gender[p] === null || cx.gender[p] === r.gender;

/**
 * The most salient person of the nearest sentence among the three before `s` that has one fitting the pronoun
 * (`exact`: of the pronoun's gender; else of a compatible one): an index into `recent`, or -1.
 */
function nearest(r: RefCand, s: number, recent: Recent, lo: number, exact: boolean, cx: Context): number {
  // a person whose gender the text showed beats one whose gender is unknown, then the topic
  const rank = (p: number) => (cx.gender[p] === r.gender ? 1000 : 0) + cx.counts[p]!;
  for (let back = s - 1; back >= s - 3; back--) {
    let best = -1;
    for (let j = lo; j < recent.length; j++) {
      const x = recent[j]!;
      if (x.sentence !== back || !(exact ? cx.gender[x.person] === r.gender : genderOk(r, x.person, cx))) continue;
      if (best < 0 || rank(x.person) > rank(recent[best]!.person)) best = j;
    }
    if (best >= 0) return best;
  }
  return -1;
}

/** Pronouns: the subject of this sentence, else the topic among the persons of the nearest sentence before. */
function pickPronoun(r: RefCand, s: number, recent: Recent, lo: number, cx: Context): number | null {
  // the compatible persons named before it in its own sentence, in text order
  let firstHere = -1;
  let lastDistinct = -1;
  let distinct = 0;
  const seen: number[] = [];
  for (let j = lo; j < recent.length; j++) {
    const p = recent[j]!.person;
    if (recent[j]!.sentence !== s || !genderOk(r, p, cx)) continue;
    if (firstHere < 0) firstHere = p;
    if (!seen.includes(p)) {
      seen.push(p);
      distinct++;
      lastDistinct = p;
    }
  }
  if (r.object && distinct > 1) return lastDistinct;
  if (firstHere >= 0) return firstHere;
  // a nearer person of unknown gender who is more the topic of the passage (more mentions) beats a farther exact
  // match ("Collins ran in Birmingham. '…,' he said": Collins, not Greene named once two sentences before)
  const exactHit = nearest(r, s, recent, lo, true, cx);
  const anyHit = nearest(r, s, recent, lo, false, cx);
  if (exactHit >= 0 && anyHit >= 0) {
    const e = recent[exactHit]!;
    const y = recent[anyHit]!;
    if (y.sentence > e.sentence && cx.counts[y.person]! > cx.counts[e.person]!) return y.person;
  }
  if (exactHit >= 0) return recent[exactHit]!.person;
  if (anyHit >= 0) return recent[anyHit]!.person;
  // '"…", he told World Athletics': after a quotation, the person the passage is about
  if (r.afterQuote) {
    let best: number | null = null;
    for (const x of recent) if (genderOk(r, x.person, cx) && x.sentence >= s - 12 && (best === null || cx.counts[x.person]! > cx.counts[best]!)) best = x.person;
    return best;
  }
  return null;
}
