/**
 * Name candidates: runs of capitalised words inside one sentence ("Hicham El Guerrouj", "**Will Pearce**"),
 * with titles, role words, nationalities and sentence-initial common words peeled off the front
 * ("Champion Josh Kerr" → "Josh Kerr", "Norwegian … Jakob Ingebrigtsen" → country NOR), and cut at words
 * that are never part of a name ("Glasgow 2024 Championships"). One linear scan per sentence.
 */
import type { Doc, PersonRole } from '../../types.js';
import { fold } from '../../util/text.js';
import { isLetterOrNumberCode } from '../../util/chars.js';
import type { PersonLexicon, Tagged } from './lexicon.js';
import type { Gender } from './model/name-data.js';
import { PARTICLES, SURNAME_WORDS } from './model/context-words.js';
import { RULES } from './rules.js';

export interface Token {
  start: number;
  /** End of the word, without a possessive "'s". */
  end: number;
  key: string;
  poss: boolean;
  /** End including the possessive. */
  outer: number;
  /** Memo of `blocks`: -1 not asked yet, 0 no, 1 yes (a number from the start, so every token has one shape). */
  blocks: number;
}

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

// A capitalised word: initials ("J.J."), hyphenated and O'-names; an optional possessive in group 1.
const TOKEN = /(?<![\p{L}\p{N}\p{M}])(?:(?:el|al|ben|bin|abu|de|da|van|von|le|la|di)-)?\p{Lu}(?:\.(?:\p{Lu}\.){0,3}|[\p{Ll}\p{Lu}\p{M}]{0,30}(?:-[\p{L}\p{M}]{1,30}|['’]\p{Lu}[\p{L}\p{M}]{0,30}){0,3})(['’]s?(?![\p{L}\p{N}]))?/gu;
/** Lower-case particles that stay inside a name: "Hicham el Guerrouj", "Sifan Hassan van …". */
const PARTICLE_GAP = /^[ \u00a0](?:(?:de|da|di|du|del|della|van|von|der|den|ter|ten|le|la|dos|das|bin|ben|al|el|y|e)[ \u00a0]){1,2}$/;
const LOWER_AFTER_HYPHEN = /-(?=\p{Ll})/u;
const PARTICLE_PREFIX = /^(?:el|al|ben|bin|abu|de|da|van|von|le|la|di)-/;
/** A nickname in quotation marks between given name and surname: Armand "Mondo" Duplantis. */
const NICKNAME_GAP = /^[ \u00a0]["“‘'][\p{Lu}][\p{L}.' -]{0,20}["”’'][ \u00a0]$/u;
/** One space or no-break space between two words: the common gap inside a name, checked without a slice. */
function isSpaceGap(text: string, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const c = text.charCodeAt(from);
  return c === 0x20 || c === 0xa0;
}

/** A letter or digit right after a word ("iPhone", "V40s"). */
const gluedAt = (text: string, at: number): boolean => isLetterOrNumberCode(text.charCodeAt(at));
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

/** Capitalised runs of one sentence, as tokens; a possessive ends a run. */
function scanRuns(text: string, from: number, to: number, lex: PersonLexicon): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    let outer = m.index + m[0].length;
    if (outer > to) break;
    let possLen = m[1]?.length ?? 0;
    // "Ward-coached", "Kenya-based": a lower-case word after a hyphen is not part of the name, and ends it
    // (not a Korean given name: "Min-seo", "Sang-hyeok")
    const cut = m[0].includes('-') && !koreanGivenWord(lex, m[0]) ? LOWER_AFTER_HYPHEN.exec(m[0]) : null;
    if (cut && !PARTICLE_PREFIX.test(m[0])) [outer, possLen] = [m.index + cut.index, 0];
    const end = outer - possLen;
    // a word glued to letters or digits ("iPhone", "V40s") is not a name word, nor is a country code ("Faith Kipyegon KEN 3:49.04")
    if ((!cut && gluedAt(text, outer)) || (end - m.index === 3 && possLen === 0 && lex.codes.has(m[0]))) {
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    // (the match itself is the word when nothing was cut off it: no second copy)
    const word = end === m.index + m[0].length ? m[0] : text.slice(m.index, end);
    const tok: Token = { start: m.index, end, key: fold(word), poss: possLen > 0, outer, blocks: -1 };
    const prev = run[run.length - 1];
    if (cut && prev && !prev.poss && isSpaceGap(text, prev.outer, tok.start)) {
      run.push(tok);
      runs.push(run);
      run = [];
      continue;
    }
    // the nickname itself: skipped, the name goes on after it
    // (a closing ’ or ' right after the nickname was read as a possessive: "Oluwatobiloba ‘Tobi’ Amusan")
    if (prev && run.length <= 2 && !prev.poss && /^[ \u00a0]["“‘']$/.test(text.slice(prev.outer, tok.start)) && /^["”’'][ \u00a0]\p{Lu}/u.test(text.slice(tok.end, tok.end + 3)) && (!tok.poss || tok.outer === tok.end + 1)) continue;
    if (prev && !prev.poss) {
      if (isSpaceGap(text, prev.outer, tok.start)) {
        run.push(tok);
        continue;
      }
      const gap = text.slice(prev.outer, tok.start);
      if (gap.length <= 26 && (PARTICLE_GAP.test(gap) || (run.length <= 2 && NICKNAME_GAP.test(gap)))) {
        run.push(tok);
        continue;
      }
    }
    if (run.length) runs.push(run);
    run = [tok];
    if (cut) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/** A role word, nationality, country or title peeled off just before ("Winner Kelvin Kimutai", "Kenyan Lily Amanya"). */
function afterLabel(lex: PersonLexicon, t: Token): boolean {
  return !t.poss && (lex.roles.has(t.key) || lex.demonyms.has(t.key) || lex.countries.has(t.key) || lex.titles.has(t.key));
}

/** A word written as a name: one capital, then lower-case letters, hyphenated parts alike ("Amo-Dadzie"; not "NCAA", not "In-form"). */
function isNameShaped(text: string, t: Token): boolean {
  return /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(text.slice(t.start, t.end));
}

/** The first part of a hyphenated word ("In-form" → "in"). */
const head = (k: string) => {
  const dash = k.indexOf('-');
  return dash < 0 ? k : k.slice(0, dash);
};

function isGiven(lex: PersonLexicon, k: string): boolean {
  return lex.given.has(k);
}

/** A word that can never be inside a name (memoised on the token: it is asked several times). */
function blocks(lex: PersonLexicon, t: Token): boolean {
  if (t.blocks >= 0) return t.blocks === 1;
  const k = t.key;
  const b = !PARTICLES.words.has(k) && (lex.notName.has(k) || lex.names.closed.has(k) || lex.demonyms.has(k) || lex.countries.has(k) || lex.titles.has(k));
  t.blocks = b ? 1 : 0;
  return b;
}

/** Month abbreviations that are also names ("Zhang Jun", "Jan Zelezny"): a date only next to a number ("Jun 5", "5 Jun"). */
const MONTH_ABBREVIATIONS = new Set(['jan', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']);

function undatedMonth(text: string, t: Token): boolean {
  if (!MONTH_ABBREVIATIONS.has(t.key) || t.poss) return false;
  return !/^\.?\s{0,2}\d/.test(text.slice(t.end, t.end + 4)) && !/\d\s{0,2}$/.test(text.slice(Math.max(0, t.start - 3), t.start));
}

/**
 * A given name that is also a city or meeting word, first in a name and followed by a name word: "Eugene
 * Amo-Dadzie" (not "Eugene Diamond League", whose next word blocks).
 */
function givenBeforeName(lex: PersonLexicon, run: readonly Token[], j: number, i: number, text: string): boolean {
  const t = run[j]!;
  const next = run[j + 1];
  return j === i && next !== undefined && !t.poss && isGiven(lex, t.key) && lex.notName.get(t.key) === RULES.competitionWord.id && !blocks(lex, next) && !lex.names.common.has(next.key) && isNameShaped(text, next);
}

/**
 * A place, venue or meeting word right after a given name, ending the run: a surname ("Holly Field finished third",
 * "Ryan Hall's record"). Never a country, a nationality, a title or a month; the candidate says so (`weakSurname`).
 */
function surnameAfterGiven(lex: PersonLexicon, run: readonly Token[], j: number, i: number, text: string): boolean {
  const t = run[j]!;
  if (j !== i + 1 || (j < run.length - 1 && !t.poss) || run[i]!.poss || !isGiven(lex, run[i]!.key) || !isNameShaped(text, t)) return false;
  const k = t.key;
  return SURNAME_WORDS.words.has(k) && lex.notName.has(k) && !lex.names.closed.has(k) && !lex.demonyms.has(k) && !lex.countries.has(k) && !lex.titles.has(k) && !lex.codes.has(t.key.toUpperCase());
}

/** A Korean given name: two syllables joined by a hyphen, the second in lower case ("Min-seo", "Sang-hyeok"). */
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}$/u;

/** A Korean given name as one word (a possessive allowed): its lower-case syllable is no English word ("Kenya-based"). */
function koreanGivenWord(lex: PersonLexicon, word: string): boolean {
  const w = word.replace(/['’]s?$/, '');
  return KOREAN_GIVEN.test(w) && !lex.names.common.has(fold(w.slice(w.indexOf('-') + 1)));
}

/** "Park Min-seo": a surname that is also a place word, written before a Korean given name. */
function koreanSurname(lex: PersonLexicon, run: readonly Token[], j: number, i: number, text: string): boolean {
  const next = run[j + 1];
  // (set look-ups first: this is asked of every word peeled off a name's front)
  return j === i && next !== undefined && !run[j]!.poss && lex.notName.has(run[j]!.key) && next.key.includes('-') && isNameShaped(text, run[j]!) && KOREAN_GIVEN.test(text.slice(next.start, next.end));
}

/** A place word ends a name unless a name word follows it ("Sydney McLaughlin"). */
function isPlace(lex: PersonLexicon, t: Token, next: Token | undefined): boolean {
  if (!lex.names.places.has(t.key)) return false;
  return !next || t.poss || blocks(lex, next) || !isGiven(lex, t.key);
}

/** Name candidates of every sentence of the document. */
export function findCandidates(doc: Doc, lex: PersonLexicon): Candidate[] {
  const out: Candidate[] = [];
  const text = doc.text;
  doc.sentences.forEach((s, sentence) => {
    const from = out.length;
    for (const run of scanRuns(text, s.start, s.end, lex)) cutRun(text, lex, run, s.start, sentence, s.block, out);
    mergeBracketed(text, lex, out, from);
    dropInMarkup(text, s.start, s.end, out, from);
  });
  return out;
}

function cutRun(text: string, lex: PersonLexicon, run: Token[], sentenceStart: number, sentence: number, block: number, out: Candidate[]): void {
  const n = run.length;
  const runStart = run[0]!.start;
  const initialRun = isInitial(text, sentenceStart, runStart);
  let i = 0;
  while (i < n) {
    const first = i;
    let title: Tagged<Gender | null> | null = null;
    let country: Tagged<string> | null = null;
    let role: Tagged<PersonRole> | null = null;
    // peel titles, role words, nationalities and common words off the front
    while (i < n) {
      const t = run[i]!;
      const next = run[i + 1];
      const k = t.key;
      // (two-word keys are looked up only after a word that starts one)
      const k2 = next && !t.poss && lex.pairHeads.has(k) ? `${k} ${next.key}` : '';
      if (k2 && (lex.demonyms.has(k2) || lex.countries.has(k2))) {
        country = lex.demonyms.get(k2) ?? lex.countries.get(k2)!;
        i += 2;
        continue;
      }
      if (k2 && lex.roles.has(k2)) {
        role = lex.roles.get(k2)!;
        i += 2;
        continue;
      }
      const given = ((isGiven(lex, k) || PARTICLES.words.has(k)) && next !== undefined && !t.poss && (!blocks(lex, next) || surnameAfterGiven(lex, run, i + 1, i, text))) || koreanSurname(lex, run, i, i, text);
      if (lex.titles.has(k)) title = lex.titles.get(k)!;
      else if (lex.demonyms.has(k) || lex.countries.has(k)) country = lex.demonyms.get(k) ?? lex.countries.get(k)!;
      else if (lex.roles.has(k) && !given) role = lex.roles.get(k)!;
      else if (given) break;
      else if (lex.notName.has(k) || lex.names.closed.has(k) || lex.names.closed.has(head(k)) || isPlace(lex, t, next)) {
        country = null;
        role = null;
      } else if (!(lex.names.common.has(k) || lex.names.common.has(head(k))) || i === n - 1) break;
      // mid-sentence, a capitalised common word right before another name word is written so because it is a
      // name ("holder Kelvin Kiptum", "and Lily Partridge", "champion Wang Kaihua"): only a sentence's first word
      // is capitalised for no reason ("However", "Next", "In-form")
      else if ((i === first ? !initialRun : afterLabel(lex, run[i - 1]!)) && isNameShaped(text, t) && next && !blocks(lex, next) && !lex.names.common.has(next.key) && !lex.names.common.has(next.key.replace(/s$/, ''))) break;
      // (a common word in front — "However", "Next", "In-form" — is not a name word either; alone, it is kept
      // as a possible surname — "Gardener clocked 6.56" — that only counts once a full name gives it)
      i++;
    }
    if (i >= n) return;
    // the name: up to the next word that cannot be in a name; a possessive ends it
    let j = i;
    while (j < n && (!blocks(lex, run[j]!) || undatedMonth(text, run[j]!) || givenBeforeName(lex, run, j, i, text) || surnameAfterGiven(lex, run, j, i, text) || koreanSurname(lex, run, j, i, text))) {
      j++;
      if (run[j - 1]!.poss) break;
    }
    if (j === i) {
      i++;
      continue;
    }
    const tokens = run.slice(i, j);
    // "Bupa Great North Run", "Steve Redgrave Trust": a name followed by an event or organisation word names that
    const eponym = j < n && lex.notName.has(run[j]!.key) && !run[j - 1]!.poss;
    if (tokens.length <= MAX_NAME_TOKENS && !eponym) {
      const last = tokens[tokens.length - 1]!;
      out.push({
        start: tokens[0]!.start, end: last.end, outer: last.outer, tokens, sentence, block, runStart: run[first]!.start,
        title, country, role, poss: last.poss, initial: initialRun && i === 0, bracketed: false, weakSurname: j - 1 > i && blocks(lex, last),
      });
    }
    i = j;
  }
}

/** "Yared (Nuguse)": a given name with the surname in brackets is one name. */
function mergeBracketed(text: string, lex: PersonLexicon, out: Candidate[], from: number): void {
  let w = from;
  for (let i = from; i < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1];
    // (not a results line: "Jones (Stroud) 32:17")
    if (b && a.tokens.length === 1 && b.tokens.length === 1 && !a.poss && a.start === a.runStart && b.start === b.runStart && /^ ?\($/.test(text.slice(a.outer, b.start)) && text[b.outer] === ')' && !/^\)\s{0,2}\d/.test(text.slice(b.outer, b.outer + 4))) {
      const k = b.tokens[0]!.key;
      if (/\p{Ll}/u.test(text.slice(b.start, b.end)) && !lex.names.places.has(k) && !lex.names.common.has(k)) {
        // (every field spelt out in the order of cutRun's literal: one object shape for all candidates)
        out[w++] = {
          start: a.start, end: b.end, outer: b.end + 1, tokens: [...a.tokens, ...b.tokens], sentence: a.sentence, block: a.block, runStart: a.runStart,
          title: a.title, country: a.country, role: a.role, poss: false, initial: a.initial, bracketed: true, weakSurname: false,
        };
        i++;
        continue;
      }
    }
    out[w++] = a;
  }
  out.length = w;
}

/** HTML tags and Markdown link targets left in a body (`<img alt="… Barry Cornelius">`) hold no names of the text. */
const MARKUP = /<[^<>\n]{0,500}>|\]\([^()\s]{0,500}\)/g;

function dropInMarkup(text: string, from: number, to: number, out: Candidate[], first: number): void {
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
  }
  out.length = w;
}
