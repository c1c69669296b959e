/**
 * References to persons: pronouns ("he", "her") and descriptors ("the Norwegian", "the 29-year-old",
 * "the latter", "the two-time champion") resolved to the most salient compatible person: the subject
 * (first person) of the sentence, then of the sentences before, by gender where the text shows it and by
 * nationality for "the Kenyan". One pass in text order; each resolved reference counts as a mention.
 */
import type { Doc, PersonRef } from '../../types.js';
import { fold } from '../../util/text.js';
import { foldWord } from './fold-word.js';
import type { PersonLexicon } from './lexicon.js';
import type { Built } from './group.js';
import type { Gender } from './model/name-data.js';
import { blockAt } from '../../segment/index.js';
import { MODIFIERS } from './model/context-words.js';
import { spanIndexAt } from '../../util/spans.js';

const BODY_KINDS = new Set(['paragraph', 'list', 'heading', 'dateline']);
const PRONOUN = /\b(?:he|she|his|her|him|himself|herself)\b/gi;
const LATTER = /\bthe (latter|former)\b/gi;
const AGE = /\bthe (\d{2})-year-old\b/gi;
const DEMONYM = /\b[Tt]he (?:(?:great|former|veteran|young|in-form|reigning|defending|experienced|legendary|evergreen|talented) )?(\p{Lu}\p{Ll}{2,20}(?: \p{Lu}\p{Ll}{2,20})?)\b/gu;
/** After "the Kenyan": a word that shows the nationality word is a noun ("the Kenyan said", "the Kenyan, who"). */
const NOUN_END = /^(?:['’]s\b|\s*[,.;:!?)"”]|\s+(?:is|was|has|had|will|would|could|can|did|who|and|as|in|at|on|to|for|with|but|after|before|then|also|said|says|added|told|won|ran|finished|clocked|took|beat|led|set|broke|came|edged|moved|remains|looked|made)\b)/;


/** "the" (or "The") as a word; the words after it are read one by one by `readDescriptor`. */
const THE = /\b[Tt]he /g;
const NEXT_WORD = /[\p{L}\p{N}'’-]{1,20}/uy;

/**
 * Modifiers then an athlete noun after "the " at `from` ("four-time world 1500m champion"): the end of the
 * descriptor and the nationality it states. Reads at most six words and stops at the first that does not fit.
 */
function readDescriptor(lex: PersonLexicon, text: string, from: number): { end: number; country: string | null } | null {
  let country: string | null = null;
  let pos = from;
  let prev: { key: string; end: number } | null = null;
  for (let n = 0; n < 6; n++) {
    NEXT_WORD.lastIndex = pos;
    const m = NEXT_WORD.exec(text);
    if (!m) return null;
    const w = m[0];
    const k = foldWord(w);
    const end = pos + w.length;
    if (prev && lex.athleteNouns.has(`${prev.key} ${k}`)) return { end, country };
    if (lex.athleteNouns.has(k)) {
      // "record holder", "distance runner": a two-word noun
      const after = /^ ([a-z-]{3,12})/.exec(text.slice(end, end + 14));
      return { end: after && lex.athleteNouns.has(`${k} ${after[1]}`) ? end + 1 + after[1]!.length : end, country };
    }
    const demonym = lex.demonyms.get(k);
    if (demonym) country ??= demonym.value;
    else if (!/[\d-]|^\p{Lu}/u.test(w) && !MODIFIERS.words.has(k) && !lex.nounHeads.has(k)) return null;
    prev = { key: k, end };
    if (text[end] !== ' ') return null;
    pos = end + 1;
  }
  return null;
}

type Kind = 'pronoun' | 'latter' | 'former' | 'age' | 'demonym' | 'descriptor';

interface RefCand {
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

function findRefs(doc: Doc, lex: PersonLexicon): RefCand[] {
  const text = doc.text;
  const out: RefCand[] = [];
  const body = (pos: number) => BODY_KINDS.has(blockAt(doc, pos)?.kind ?? 'noise');
  for (const m of text.matchAll(PRONOUN)) {
    const w = m[0].toLowerCase();
    const gender: Gender = w.startsWith('s') || w.startsWith('her') ? 'f' : 'm';
    const afterQuote = /["”’'],?\s{0,2}$/.test(text.slice(Math.max(0, m.index - 4), m.index));
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'pronoun', gender, object: w === 'him', afterQuote, age: null, country: null, rule: 'ref/pronoun' });
  }
  if (/\bthe (?:latter|former)\b/i.test(text)) for (const m of text.matchAll(LATTER)) {
    const kind = m[1]!.toLowerCase() as 'latter' | 'former';
    out.push({ start: m.index, end: m.index + m[0].length, kind, gender: null, object: false, afterQuote: false, age: null, country: null, rule: lex.descriptors.get(`the ${kind}`)?.rule ?? `ref/${kind}` });
  }
  if (text.includes('-year-old')) for (const m of text.matchAll(AGE)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'age', gender: null, object: false, afterQuote: false, age: Number(m[1]), country: null, rule: 'ref/age' });
  for (const m of text.matchAll(DEMONYM)) {
    const d = lex.demonyms.get(fold(m[1]!));
    if (!d || !NOUN_END.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'demonym', gender: null, object: false, afterQuote: false, age: null, country: d.value, rule: 'ref/nationality' });
  }
  for (const m of text.matchAll(THE)) {
    const d = readDescriptor(lex, text, m.index + 4);
    if (!d || /^[ -]\p{Lu}/u.test(text.slice(d.end, d.end + 2))) continue;
    out.push({ start: m.index, end: d.end, kind: 'descriptor', gender: null, object: false, afterQuote: false, age: null, country: d.country, rule: 'ref/descriptor' });
  }
  return out.filter((r) => body(r.start)).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Whether each position is inside double quotation marks (per block; straight, curly and mismatched marks). */
function quoteMask(doc: Doc): (pos: number) => boolean {
  const spans: number[] = [];
  for (const b of doc.blocks) {
    let open = -1;
    for (let i = b.start; i < b.end; i++) {
      const ch = doc.text.charCodeAt(i);
      if (ch === 0x22 /* " */) {
        if (open < 0) open = i;
        else spans.push(open, i), (open = -1);
      } else if (ch === 0x201c /* “ */) open = i;
      else if (ch === 0x201d /* ” */ && open >= 0) spans.push(open, i), (open = -1);
    }
    if (open >= 0) spans.push(open, b.end); // a quote continued in the next paragraph
  }
  return (pos) => {
    let lo = 0;
    let hi = spans.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pos < spans[2 * mid]!) hi = mid - 1;
      else if (pos > spans[2 * mid + 1]!) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

const PREDICATIVE = /\b(?:as|is|was|became|becomes|remains|remained)\s{1,2}$/i;

/** End of the latest mention or reference before the current one. */
function lastEnd(anchors: Built['anchors'], a: number, out: readonly PersonRef[]): number {
  return Math.max(anchors[a - 1]?.end ?? -1, out[out.length - 1]?.end ?? -1);
}

function sentenceOf(doc: Doc, pos: number): number {
  return spanIndexAt(doc.sentences, pos);
}

/** Resolves pronouns and descriptors; fills in genders shown by "X … she". */
export function resolveRefs(doc: Doc, lex: PersonLexicon, built: Built): PersonRef[] {
  const { persons, anchors } = built;
  const gender = [...built.gender];
  if (!anchors.length) return [];
  // a reference inside a name ("the Kenyan" of "the Kenyan Eliud …" is a name's context, not a reference)
  const refs: RefCand[] = [];
  let o = 0;
  for (const r of findRefs(doc, lex)) {
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
  // the recent mentions and references, newest last, all of one shape (an anchor)
  const recent: Built['anchors'] = [];
  const counts = persons.map(() => 0);
  const quoted = quoteMask(doc);
  let a = 0;
  for (const r of refs) {
    while (a < anchors.length && anchors[a]!.start < r.start) {
      // names inside a quotation are not what a pronoun outside it points back to
      if (!quoted(anchors[a]!.start)) recent.push(anchors[a]!);
      counts[anchors[a]!.person]!++;
      a++;
    }
    if (recent.length > 64) recent.splice(0, recent.length - 32);
    if (quoted(r.start)) continue; // "He is very dedicated": whom a quoted pronoun means is the quote's business
    const s = sentenceOf(doc, r.start);
    const last = recent[recent.length - 1];
    const lead = doc.text.slice(Math.max(0, r.start - 12), r.start);
    // "Kenteris, the 2000 Olympic 200m champion," / "saw himself as the Olympic champion": the same person
    const same = r.kind !== 'pronoun' && last && last.sentence === s && (PREDICATIVE.test(lead) || (lastEnd(anchors, a, out) >= r.start - 3 && /,\s{1,2}$/.test(lead)));
    const person = same ? last.person : pickPerson(r, s, recent, { gender, country: countries, ages: built.ages, roles, counts });
    if (person === null) continue;
    out.push({ start: r.start, end: r.end, text: doc.text.slice(r.start, r.end), person, rule: r.rule });
    // "the Moroccan", "the Scottish runner" state the nationality of the person they point to
    if (r.country && countries[person] === null) countries[person] = persons[person]!.country = r.country;
    recent.push({ start: r.start, end: r.end, person, sentence: s }); // (the shape of an anchor)
    counts[person]!++;
  }
  return out;
}

interface Context {
  gender: readonly (Gender | null)[];
  country: readonly (string | null)[];
  ages: readonly (number | null)[];
  roles: readonly string[];
  /** Mentions and references so far, per person: the topic of the article weighs more. */
  counts: readonly number[];
}

function pickPerson(r: RefCand, s: number, recent: readonly { person: number; sentence: number }[], cx: Context): number | null {
  const ok = (p: number) => r.gender === null || cx.gender[p] === null || cx.gender[p] === r.gender;
  // the window: mentions of the last five sentences, newest first (recent is in text order)
  const newestFirst: { person: number; sentence: number }[] = [];
  for (let i = recent.length - 1; i >= 0 && recent[i]!.sentence >= s - 4; i--) newestFirst.push(recent[i]!);
  const here: { person: number; sentence: number }[] = [];
  for (let i = newestFirst.length - 1; i >= 0; i--) if (newestFirst[i]!.sentence === s) here.push(newestFirst[i]!);
  if (r.kind === 'latter' || r.kind === 'former') {
    const distinct = [...new Set(newestFirst.map((x) => x.person))];
    return (r.kind === 'latter' ? distinct[0] : distinct[1]) ?? null;
  }
  if (r.kind !== 'pronoun') {
    const athlete = (p: number) => cx.roles[p] === 'athlete' || cx.roles[p] === 'other';
    const fits: ((p: number) => boolean)[] =
      r.kind === 'age' ? [(p) => cx.ages[p] === r.age, (p) => athlete(p) && cx.ages[p] === null]
      : r.country ? [(p) => cx.country[p] === r.country, (p) => athlete(p) && cx.country[p] === null]
      : [(p) => cx.roles[p] === 'athlete', athlete];
    for (const fit of fits) {
      // in subject position (nobody named before it in the sentence): the subject of the sentence before;
      // after a name ("Kerr beat the Norwegian"): the most recent other person
      if (!here.length) {
        const prev = newestFirst.find((x) => x.sentence < s && fit(x.person));
        const subject = prev && newestFirst.findLast((x) => x.sentence === prev.sentence && fit(x.person));
        if (subject) return subject.person;
      } else {
        const named = new Set(here.map((x) => x.person));
        const other = newestFirst.find((x) => !named.has(x.person) && fit(x.person));
        if (other) return other.person;
      }
    }
    return null;
  }
  // pronouns: the subject of this sentence, else the topic among the persons of the nearest sentence before
  if (here.length) {
    const compatible = here.filter((x) => ok(x.person));
    if (r.object) {
      const distinct = [...new Set(compatible.map((x) => x.person))];
      if (distinct.length > 1) return distinct[distinct.length - 1]!;
    }
    if (compatible.length) return compatible[0]!.person;
  }
  // a person whose gender the text showed beats one whose gender is unknown, then the topic; but a nearer
  // person of unknown gender who is more the topic of the passage (more mentions) beats a farther exact match
  // ("Collins ran in Birmingham. '…,' he said": Collins, not Greene named once two sentences before)
  const rank = (p: number) => (cx.gender[p] === r.gender ? 1000 : 0) + cx.counts[p]!;
  const nearest = (exact: boolean): { person: number; sentence: number } | null => {
    for (let back = s - 1; back >= s - 3; back--) {
      const there = newestFirst.filter((x) => x.sentence === back && (exact ? cx.gender[x.person] === r.gender : ok(x.person))).reverse();
      if (!there.length) continue;
      let best = there[0]!.person;
      for (const x of there) if (rank(x.person) > rank(best)) best = x.person;
      return { person: best, sentence: back };
    }
    return null;
  };
  const exactHit = nearest(true);
  const anyHit = nearest(false);
  if (exactHit && anyHit && anyHit.sentence > exactHit.sentence && cx.counts[anyHit.person]! > cx.counts[exactHit.person]!) return anyHit.person;
  if (exactHit) return exactHit.person;
  if (anyHit) return anyHit.person;
  // '"…", he told World Athletics': after a quotation, the person the passage is about
  if (r.afterQuote) {
    let best: number | null = null;
    for (const x of recent) if (ok(x.person) && x.sentence >= s - 12 && (best === null || cx.counts[x.person]! > cx.counts[best]!)) best = x.person;
    return best;
  }
  return null;
}
