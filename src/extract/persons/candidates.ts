/**
 * Name candidates: runs of capitalised words inside one sentence ("Hicham El Guerrouj", "**Will Pearce**"),
 * with titles, role words, nationalities and sentence-initial common words peeled off the front
 * ("Champion Josh Kerr" → "Josh Kerr", "Norwegian … Jakob Ingebrigtsen" → country NOR), and cut at words
 * that are never part of a name ("Glasgow 2024 Championships"). One linear scan per sentence.
 * Candidates dropped here (a name of a thing, too many words, inside markup) go to the decision log.
 */
import type { Doc, PersonRole } from '../../types.js';
import type { DecisionLog } from '../../rules/log.js';
import type { PersonLexicon, Tagged } from './lexicon.js';
import type { Gender } from './model/name-data.js';
import { PARTICLES, SENTENCE_OPENERS } from './model/context-words.js';
import { scanRuns, type Token } from './runs.js';
import { afterLabel, blocks, head, inName, isGiven, isNameShaped, isPlace, koreanSurname, surnameAfterGiven } from './name-words.js';
import { RULES } from './rules.js';

export type { Token } from './runs.js';

export interface Candidate {
  start: number;
  end: number;
  /** End including a possessive "'s" / "'". */
  outer: number;
  tokens: Token[];
  sentence: number;
  block: number;
  /** Start of the capitalised run the name was cut from (the peeled words lie in [runStart, start)). */
  runStart: number;
  title: Tagged<Gender | null> | null;
  country: Tagged<string> | null;
  role: Tagged<PersonRole> | null;
  poss: boolean;
  initial: boolean;
  /** The surname was given in brackets: "Yared (Nuguse)". */
  bracketed: boolean;
  /** The surname is a word that mostly names something else ("Holly Field", "Ryan Hall"): only a person on strong evidence. */
  weakSurname: boolean;
}

/** Characters that may stand between the sentence start (or an opening quote) and its first word. */
const INITIAL_PREFIX = /^[\s*#>_\-–—•(\["“‘']*$/;
/** An opening quote mark or bracket before a word makes it the first word of a quoted sentence. */
const OPENING = /["“‘(\[]\s*\**$/;

const MAX_NAME_TOKENS = 4;

function isInitial(text: string, sentenceStart: number, at: number): boolean {
  const from = Math.max(sentenceStart, at - 8);
  const before = text.slice(from, at);
  if (from === sentenceStart && INITIAL_PREFIX.test(before)) return true;
  return OPENING.test(before) || /:\s+\**$/.test(before);
}

/** One sentence being cut into candidates. */
interface Cutting {
  text: string;
  lex: PersonLexicon;
  log: DecisionLog;
  sentence: number;
  block: number;
  out: Candidate[];
}

/** Name candidates of every sentence of the document. */
export function findCandidates(doc: Doc, lex: PersonLexicon): Candidate[] {
  const out: Candidate[] = [];
  const text = doc.text;
  doc.sentences.forEach((s, sentence) => {
    const from = out.length;
    const cx: Cutting = { text, lex, log: doc.log, sentence, block: s.block, out };
    for (const run of scanRuns(text, s.start, s.end, lex)) cutRun(cx, run, isInitial(text, s.start, run[0]!.start));
    mergeBracketed(text, lex, out, from);
    dropInMarkup(doc.log, text, s.start, s.end, out, from);
  });
  return out;
}

/** What was peeled off the front of a name, and where the name starts. */
interface Front {
  at: number;
  title: Tagged<Gender | null> | null;
  country: Tagged<string> | null;
  role: Tagged<PersonRole> | null;
}

/** A run cut into names: peel the front, read the name up to a word that cannot be in one, again. */
function cutRun(cx: Cutting, run: Token[], initialRun: boolean): void {
  let i = 0;
  while (i < run.length) {
    const first = i;
    const front = peelFront(cx, run, first, initialRun);
    i = front.at;
    if (i >= run.length) return;
    // the name: up to the next word that cannot be in a name; a possessive ends it
    let j = i;
    while (j < run.length && inName(cx.text, cx.lex, run, j, i)) {
      j++;
      if (run[j - 1]!.poss) break;
    }
    if (j === i) {
      i++;
      continue;
    }
    pushName(cx, run, first, j, front, initialRun);
    i = j;
  }
}

/** Two-word nationalities, countries and role words ("South African", "head coach"), peeled onto `f`. */
function peelPair(lex: PersonLexicon, t: Token, next: Token | undefined, f: Front): boolean {
  // (two-word keys are looked up only after a word that starts one)
  const k2 = next && !t.poss && lex.pairHeads.has(t.key) ? `${t.key} ${next.key}` : '';
  if (!k2) return false;
  if (lex.demonyms.has(k2) || lex.countries.has(k2)) f.country = lex.demonyms.get(k2) ?? lex.countries.get(k2)!;
  else if (lex.roles.has(k2)) f.role = lex.roles.get(k2)!;
  else return false;
  f.at += 2;
  return true;
}

/** Titles, role words, nationalities and common words peeled off the front of a run, from `first`. */
function peelFront(cx: Cutting, run: readonly Token[], first: number, initialRun: boolean): Front {
  const { text, lex } = cx;
  const n = run.length;
  const f: Front = { at: first, title: null, country: null, role: null };
  while (f.at < n) {
    const i = f.at;
    const t = run[i]!;
    const next = run[i + 1];
    const k = t.key;
    if (peelPair(lex, t, next, f)) continue;
    const given = ((isGiven(lex, k) || PARTICLES.words.has(k)) && next !== undefined && !t.poss && (!blocks(lex, next) || surnameAfterGiven(lex, run, i + 1, i, text))) || koreanSurname(lex, run, i, i, text);
    if (lex.titles.has(k)) f.title = lex.titles.get(k)!;
    else if (lex.demonyms.has(k) || lex.countries.has(k)) f.country = lex.demonyms.get(k) ?? lex.countries.get(k)!;
    else if (lex.roles.has(k) && !given) f.role = lex.roles.get(k)!;
    else if (given) break;
    else if (lex.notName.has(k) || lex.names.closed.has(k) || lex.names.closed.has(head(k)) || isPlace(lex, t, next)) [f.country, f.role] = [null, null];
    // (a word that opens sentences before names counts as a common word, known to the dictionary or not:
    // "Newcomer Keshawn Boyd", "Wheelchair racer X")
    else if (!(lex.names.common.has(k) || lex.names.common.has(head(k)) || SENTENCE_OPENERS.words.has(k)) || i === n - 1) break;
    // mid-sentence, a capitalised common word right before another name word is written so because it is a
    // name ("holder Kelvin Kiptum", "and Lily Partridge", "champion Wang Kaihua"): only a sentence's first word
    // is capitalised for no reason ("However", "Next", "In-form")
    else if ((i === first ? !initialRun : afterLabel(lex, run[i - 1]!)) && isNameShaped(text, t) && next && !blocks(lex, next) && !lex.names.common.has(next.key) && !lex.names.common.has(next.key.replace(/s$/, ''))) break;
    // (a common word in front — "However", "Next", "In-form" — is not a name word either; alone, it is kept
    // as a possible surname — "Gardener clocked 6.56" — that only counts once a full name gives it)
    f.at++;
  }
  return f;
}

/** The name run[i..j) as a candidate, unless it names a thing ("Steve Redgrave Trust") or is too long. */
function pushName(cx: Cutting, run: Token[], first: number, j: number, front: Front, initialRun: boolean): void {
  const { lex, log } = cx;
  const i = front.at;
  const tokens = run.slice(i, j);
  const last = tokens[tokens.length - 1]!;
  // "Bupa Great North Run", "Steve Redgrave Trust": a name followed by an event or organisation word names that
  if (j < run.length && lex.notName.has(run[j]!.key) && !run[j - 1]!.poss) {
    if (log.enabled) log.reject('persons', lex.notName.get(run[j]!.key)!, tokens[0]!.start, last.end, `followed by "${cx.text.slice(run[j]!.start, run[j]!.end)}": the name of a thing, not a person`);
    return;
  }
  if (tokens.length > MAX_NAME_TOKENS) {
    if (log.enabled) log.reject('persons', RULES.tooLong.id, tokens[0]!.start, last.end, `${tokens.length} capitalised words in a row`);
    return;
  }
  cx.out.push({
    start: tokens[0]!.start, end: last.end, outer: last.outer, tokens, sentence: cx.sentence, block: cx.block, runStart: run[first]!.start,
    title: front.title, country: front.country, role: front.role, poss: last.poss, initial: initialRun && i === 0, bracketed: false, weakSurname: j - 1 > i && blocks(lex, last),
  });
}

/** "Yared (Nuguse)": a given name with the surname in brackets is one name. */
function mergeBracketed(text: string, lex: PersonLexicon, out: Candidate[], from: number): void {
  let w = from;
  for (let i = from; i < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1];
    if (b && isBracketedSurname(text, lex, a, b)) {
      // (every field spelt out in the order of pushName's literal: one object shape for all candidates)
      out[w++] = {
        start: a.start, end: b.end, outer: b.end + 1, tokens: [...a.tokens, ...b.tokens], sentence: a.sentence, block: a.block, runStart: a.runStart,
        title: a.title, country: a.country, role: a.role, poss: false, initial: a.initial, bracketed: true, weakSurname: false,
      };
      i++;
      continue;
    }
    out[w++] = a;
  }
  out.length = w;
}

/** `b` is the bracketed surname of the lone given name `a` (not a results line: "Jones (Stroud) 32:17"). */
function isBracketedSurname(text: string, lex: PersonLexicon, a: Candidate, b: Candidate): boolean {
  if (a.tokens.length !== 1 || b.tokens.length !== 1 || a.poss || a.start !== a.runStart || b.start !== b.runStart) return false;
  if (!/^ ?\($/.test(text.slice(a.outer, b.start)) || text[b.outer] !== ')' || /^\)\s{0,2}\d/.test(text.slice(b.outer, b.outer + 4))) return false;
  const k = b.tokens[0]!.key;
  return /\p{Ll}/u.test(text.slice(b.start, b.end)) && !lex.names.places.has(k) && !lex.names.common.has(k);
}

/** HTML tags and Markdown link targets left in a body (`<img alt="… Barry Cornelius">`) hold no names of the text. */
const MARKUP = /<[^<>\n]{0,500}>|\]\([^()\s]{0,500}\)/g;

function dropInMarkup(log: DecisionLog, text: string, from: number, to: number, out: Candidate[], first: number): void {
  if (out.length === first) return;
  const slice = text.slice(from, to);
  if (!slice.includes('<') && !slice.includes('](')) return;
  const spans: [number, number][] = [];
  for (const m of slice.matchAll(MARKUP)) spans.push([from + m.index, from + m.index + m[0].length]);
  if (!spans.length) return;
  let w = first;
  let k = 0;
  for (let i = first; i < out.length; i++) {
    const c = out[i]!;
    while (k < spans.length && spans[k]![1] <= c.start) k++;
    const span = spans[k];
    if (!span || c.start < span[0] || c.end > span[1]) out[w++] = c;
    else if (log.enabled) log.reject('persons', RULES.inMarkup.id, c.start, c.end, 'inside an HTML tag or a link target');
  }
  out.length = w;
}
