/**
 * Evidence around one name candidate, read from a few words on either side inside its sentence:
 * role words ("AK chief X", "X, the IAAF president,"), athlete verbs ("X clocked", "beat X"),
 * nationality ("the Kenyan X"), age ("X, 26,"), a time in brackets ("X (4:12.9)"), bold (`**X**`),
 * and speech ("said X", "X added"). Windows are bounded, so the cost per candidate is constant. What stands right
 * after the name (times, places, asides, credits) is read by tail.ts.
 */
import type { Doc, PersonRole } from '../../types.js';
import type { PersonLexicon, Tagged } from './lexicon.js';
import type { Candidate } from './candidates.js';
import { COPULA, NOUN_LIKE, PLACE_BEFORE, SPEECH } from './model/context-words.js';
import { readTail } from './tail.js';
import { startsCapital, type SentenceWords } from './sentence-words.js';
import { RULES } from './rules.js';

export interface Evidence {
  /** Role votes (nearest role word before, apposition or copula after). */
  roles: Tagged<PersonRole>[];
  /** Athlete verb rules seen next to the name. */
  verbs: string[];
  country: Tagged<string> | null;
  age: number | null;
  /** The nationality word stands right before the name ("Ethiopian duo X"). */
  countryBefore: boolean;
  speaker: boolean;
  /** "in X", "at X": the word before makes a lone capitalised word read as a place. */
  placeBefore: boolean;
  /** "the Kymin Dash": a capitalised pair right after "the" names a thing, unless more is said. */
  theBefore: boolean;
  bold: boolean;
  timed: boolean;
  /** "X, who clocked …": a relative clause about a person follows the name (a place takes "which" or "where"). */
  who: boolean;
  /** The evidence came from before the name (shared forward along "X and Y") or after it (shared backward). */
  pre: { roles: Tagged<PersonRole>[]; verbs: string[] };
  post: { roles: Tagged<PersonRole>[]; verbs: string[] };
}

const ACHIEVEMENT = RULES.achievement.id;
/** What starts a byline or a credit line. */
/** A photo credit right before a name, anywhere in a sentence. */
const CREDIT_BEFORE = /(?:\bphoto(?:graph)?s?|\bpictures?|\bimages?)\s{1,2}(?:by|courtesy of|credit:?|:)\s{1,2}$|(?:\bcredit\s{0,2}:?|©)\s{0,2}$/i;
/** Who made the article: "Reporting by", "Editing by", "Compiled by", "Interview by", right before a name. */
const MADE_BY = /\b(?:reporting|editing|edited|compiled|written|writing|produced|interview|interviews|words|text|graphics|video|additional reporting)\s{1,2}by\s$/i;
/** A credit before `at`: the regex only when the last character before the name can end one ("by", "of", ":", "credit", "©"). */
function creditBefore(text: string, from: number, at: number): boolean {
  let j = at - 1;
  while (j >= from && text.charCodeAt(j) === 32) j--;
  const ch = text[j];
  if (ch !== 'y' && ch !== 'Y' && ch !== 'f' && ch !== 'F' && ch !== ':' && ch !== '©' && ch !== 't' && ch !== 'T') return false;
  return CREDIT_BEFORE.test(text.slice(Math.max(from, at - 24), at));
}
const BYLINE = /^\W{0,3}(?:by|written by|reporting by|report by|words by|photos? by|pictures? by|images? by|photo credit:?|credit:?|photo:|image:|picture:)\s{1,3}$/i;
/** What a possessive name owns when it raced: "X's winning time", "X's personal best", "X's 2:11:53". */
const POSSESSED_RACE = /^\s{1,2}(?:(?:\d{4}\s|new\s|former\s|previous\s|old\s)?(?:winning\s(?:time|run|mark)|personal\sbest|season'?s\sbest|[a-z]{3,12}\srecord\b|record\b|victory|win\b|medal|gold|silver|bronze|pb\b|time\sof|clocking|run\sof|performance|record\sof|\d{1,2}[:.]\d{2}))/i;

/** What a possessive name owns when it is the writer's: "X's piece on the final", "X's column". */
const POSSESSED_WRITING = /^\s{1,2}(?:piece|column|article|blog|dispatch|newsletter|podcast)\b/i;

/** A race time, then "run by" / "clocked by" / "achieved by" ("the 44.57 run by X"). */
const TIME_RUN_BY = /\d[:.]\d{2}\s{1,2}(?:run|ran|clocked|achieved|produced)\s{1,2}by$/;

/** Verb forms of coaching: "who coaches X" (X is coached), "coached by X" (X coaches). */
const COACHING_VERBS = new Set(['coached', 'coaches', 'coaching', 'trained', 'trains', 'guided', 'mentored', 'mentors', 'advised']);

/** Words that open a clause with its own subject. */
const SUBORDINATE = new Set(['as', 'while', 'whilst', 'when', 'because', 'although', 'though', 'whereas', 'where', 'whom', 'whose']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const STOP = new Set([';', ':', '.', '!', '?', '"', '“', '”', '(', ')']);

/** Index of the first word starting at or after `pos`. */
function firstFrom(sw: SentenceWords, pos: number): number {
  let lo = 0;
  let hi = sw.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sw.starts[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The longest phrase of 1..3 words ending at `i` (going back) or starting at `i` (going forward) found in `table`,
 * inside the window [lo, hi) of `ws` (indices into the sentence's words: no copy of the window is made).
 */
function phraseAt<T>(ws: readonly string[], lo: number, hi: number, i: number, dir: -1 | 1, table: ReadonlyMap<string, T>, multi: ReadonlySet<string>): { value: T; len: number } | null {
  const w = ws[i]!;
  if (!multi.has(w)) {
    const v = table.get(w);
    return v === undefined ? null : { value: v, len: 1 };
  }
  for (let len = 3; len >= 1; len--) {
    const from = dir === 1 ? i : i - len + 1;
    if (from < lo || from + len > hi) continue;
    // every word of a multi-word phrase is in `multi`: without that, no key needs building
    if (len > 1 && (!multi.has(ws[from]!) || !multi.has(ws[from + 1]!) || (len === 3 && !multi.has(ws[from + 2]!)))) continue;
    const key = len === 1 ? w : len === 2 ? `${ws[from]} ${ws[from + 1]}` : `${ws[from]} ${ws[from + 1]} ${ws[from + 2]}`;
    const v = table.get(key);
    if (v !== undefined) return { value: v, len };
  }
  return null;
}

/**
 * `prev`: where the previous name of the sentence ends; `next`: where the next name of the sentence starts (verbs beyond it are that person's); `subject`: no
 * name comes before this one in its sentence, so the sentence's verbs are likely this person's.
 */
export function readEvidence(doc: Doc, lex: PersonLexicon, c: Candidate, sw: SentenceWords, next = Infinity, subject = false, prev = -1): Evidence {
  // every field set here, in the interface's order: one object shape for all evidence
  const ev: Evidence = { roles: [], verbs: [], country: c.country, age: null, countryBefore: false, speaker: false, placeBefore: false, theBefore: false, bold: false, timed: false, who: false, pre: { roles: [], verbs: [] }, post: { roles: [], verbs: [] } };
  if (c.role) ev.pre.roles.push(c.role);
  readBefore(doc, lex, c, sw, prev, ev);
  const asideEnd = readTail(doc, lex, c, ev);
  // "X's coach": what follows is about someone else; "X's winning time", "X's 12:46.79" is X's race
  if (c.poss) {
    const owned = doc.text.slice(c.outer, c.outer + 40);
    if (POSSESSED_RACE.test(owned)) ev.post.verbs.push(RULES.possessiveAchievement.id);
    else if (POSSESSED_WRITING.test(owned)) ev.post.roles.push({ value: 'journalist', rule: RULES.possessiveWriting.id });
    return ev;
  }
  // (after an aside — "X (Turkey) won", "X of Texas added" — the verbs are read from where it ends)
  const afterAt = firstFrom(sw, asideEnd);
  readAfter(lex, sw, afterAt, ev, asideEnd > c.outer);
  // the subject of a sentence: its race verbs up to the next name ("X surprised himself, coming back …, to run")
  if (subject && !ev.post.verbs.length) {
    for (let i = afterAt; i < sw.keys.length && i < afterAt + 24 && sw.starts[i]! < next; i++) {
      const w = sw.keys[i]!;
      // ("… watched from the stands as she won": a new clause has its own subject)
      if (STOP.has(w) || SPEECH.words.has(w) || SUBORDINATE.has(w)) break;
      const verb = lex.verbs.get(w);
      if (verb) {
        ev.post.verbs.push(verb);
        break;
      }
    }
  }
  return ev;
}

/** Before the name: the nearest role word, a nationality, "said X", "beat X" — up to 5 words, across one comma. */
function readBefore(doc: Doc, lex: PersonLexicon, c: Candidate, sw: SentenceWords, prev: number, ev: Evidence): void {
  const text = doc.text;
  const runAt = firstFrom(sw, c.runStart);
  readCredits(doc, c, prev, ev);
  // never across the previous name: "chief Dick Pound says Marion Jones" says nothing of Jones
  let from = Math.max(0, runAt - 8);
  while (from < runAt && sw.starts[from]! < prev) from++;
  const ws = sw.keys;
  let commas = 0;
  let closedSeen = false;
  for (let i = runAt - 1, seen = 0; i >= from && seen < 5; i--, seen++) {
    const w = ws[i]!;
    if (STOP.has(w)) break;
    // "beating Burkina Faso's X": a country of two words before the name is read as one word
    if (i > from && pairCountry(lex, ws, i)) i--;
    // another capitalised name word ("chief Dick Pound says Marion Jones"): what is before it is not ours
    else if (seen > 0 && startsCapital(text, sw.starts[i]!) && !lex.roles.has(w) && !lex.demonyms.has(w) && !lex.countries.has(w.replace(/'s?$/, '')) && !lex.notName.has(w) && !lex.names.places.has(w)) break;
    if (w === ',') {
      if (++commas > 1) break;
      continue;
    }
    let role = closedSeen ? null : phraseAt(ws, from, runAt, i, -1, lex.roles, lex.phraseWords);
    // "who coaches Hodgkinson", "he trains X": a verb of coaching before a name makes its subject the coach, not X
    if (role && COACHING_VERBS.has(w) && i > from && /^(?:who|he|she|they|that|which)$/.test(ws[i - 1]!)) role = null;
    if (role && !ev.pre.roles.length) ev.pre.roles.push(role.value);
    // "coached by X", "trained by X": the agent is the coach
    if (seen === 0 && w === 'by' && i > from && COACHING_VERBS.has(ws[i - 1]!) && !ev.pre.roles.length) ev.pre.roles.push({ value: 'coach', rule: RULES.coachedBy.id });
    // "the 44.57 run by X": a time run by a person (not "the meeting run by X")
    if (seen === 0 && w === 'by' && TIME_RUN_BY.test(text.slice(Math.max(0, sw.starts[i]! - 24), sw.starts[i]! + 2))) ev.pre.verbs.push(RULES.agentVerb.id);
    const demonym = lex.demonyms.get(w);
    // "Norwegian champion X", "another Ethiopian, X"
    if (demonym && !ev.country && commas <= 1 && !closedSeen) [ev.country, ev.countryBefore] = [demonym, seen <= 2];
    if (seen === 0) readRightBefore(lex, c, w, ev);
    if (seen === 0 && !ev.country && i < runAt - 1) ev.country = pairCountry(lex, ws, i + 1);
    // "20-year-old Kirsty Maher": an age written before the name
    if (seen === 0 && w.length === 11 && w.endsWith('-year-old') && ev.age === null) {
      const age = Number(w.slice(0, 2));
      if (age > 0) ev.age = age;
    }
    const verb = seen < 3 ? phraseAt(ws, from, runAt, i, -1, lex.verbs, lex.phraseWords) : null;
    // "the coaches will decide whether X": a role word beyond a function word is not X's
    // (not a copula: "the winner was X", "among the finishers were X" say what X is)
    if (lex.names.closed.has(w) && !COPULA.words.has(w)) closedSeen = true;
    if (verb && commas === 0 && verb.value !== ACHIEVEMENT && !NOUN_LIKE.words.has(ws.slice(i - verb.len + 1, i + 1).join(' '))) ev.pre.verbs.push(verb.value);
  }
}

/**
 * Right before the name, a byline or a credit ("By Tom Fordyce", "Photo: Barry Cornelius", "Editing by X"), or
 * "of"/"from" after the previous name ("Addy Wiley of Huntington": a place or a club).
 */
function readCredits(doc: Doc, c: Candidate, prev: number, ev: Evidence): void {
  const text = doc.text;
  const s = doc.sentences[c.sentence]!;
  // "Addy Wiley of Huntington": a word after "of" or "from" right after a name is a place or a club
  if (prev >= 0 && c.runStart - prev <= 8 && /^,?\s{1,2}(?:of|from)\s{1,2}$/.test(text.slice(prev, c.runStart))) ev.placeBefore = true;
  if (c.start - s.start <= 24) {
    const lead = text.slice(s.start, c.start);
    if (BYLINE.test(lead)) ev.pre.roles.push({ value: /^\W*by\b|report|words|writ/i.test(lead) ? 'journalist' : 'other', rule: RULES.byline.id });
  }
  // a credit inside a sentence: "(Photo by Jane Doe for Race Results Weekly)", "… | Photo: Jane Doe"
  if (!ev.pre.roles.length && creditBefore(text, s.start, c.runStart)) ev.pre.roles.push({ value: 'other', rule: RULES.credit.id });
  // "Editing by X", "Additional reporting by X", "Compiled by X": the people who made the article
  if (!ev.pre.roles.length && c.runStart - s.start >= 3 && text[c.runStart - 2] === 'y' && MADE_BY.test(text.slice(Math.max(s.start, c.runStart - 28), c.runStart))) ev.pre.roles.push({ value: 'journalist', rule: RULES.byline.id });
}

/** A country of two words whose second word, possessive, is `ws[i]` ("burkina faso's"), or null. */
function pairCountry(lex: PersonLexicon, ws: readonly string[], i: number): Tagged<string> | null {
  const w = ws[i]!;
  if (i === 0 || !w.endsWith("'s")) return null;
  const head = ws[i - 1]!;
  return lex.pairHeads.has(head) ? (lex.countries.get(`${head} ${w.slice(0, -2)}`) ?? null) : null;
}

/** The word right before the name: "said X", "Britain's X", "in X", "the X". */
function readRightBefore(lex: PersonLexicon, c: Candidate, w: string, ev: Evidence): void {
  if (SPEECH.words.has(w)) ev.speaker = true;
  if (/'s?$/.test(w) && !ev.country) ev.country = lex.countries.get(w.replace(/'s?$/, '')) ?? null;
  if (PLACE_BEFORE.words.has(w)) ev.placeBefore = true;
  if (w === 'the' && c.runStart === c.start) ev.theBefore = true;
}

/** After the name: ", the IAAF president," / ", who coaches" (apposition or relative clause), else the verb phrase. */
function readAfter(lex: PersonLexicon, sw: SentenceWords, afterAt: number, ev: Evidence, afterAside: boolean): void {
  const ws = sw.keys;
  const hi = Math.min(ws.length, afterAt + 16);
  const first = afterAt < hi ? ws[afterAt] : undefined;
  const appositive = first === ',' || first === 'who';
  ev.who = first === 'who' || (first === ',' && ws[afterAt + 1] === 'who');
  let copula = false;
  const limit = appositive ? 12 : 7;
  for (let i = afterAt + (first === ',' ? 1 : 0), seen = 0; i < hi && seen < limit; i++, seen++) {
    const w = ws[i]!;
    // ("as" opens a clause only before its subject: "as she won", not "finished as runner-up")
    if (STOP.has(w) || w === ',' || (SUBORDINATE.has(w) && (w !== 'as' || SUBJECT_PRONOUNS.has(ws[i + 1] ?? '')))) break;
    if (seen === 0 && SPEECH.words.has(w)) ev.speaker = true;
    if (COPULA.words.has(w)) copula = true;
    const verb = phraseAt(ws, afterAt, hi, i, 1, lex.verbs, lex.phraseWords);
    // (an achievement word right after the name is mostly a compound's noun; after an aside it is said of them:
    // "X of Stanford third")
    if (verb && (verb.value !== ACHIEVEMENT || seen >= 1 || afterAside)) ev.post.verbs.push(verb.value);
    if (appositive || copula) {
      const role = phraseAt(ws, afterAt, hi, i, 1, lex.roles, lex.phraseWords);
      // ("X is coached by Y": the coach is Y)
      if (role && !ev.post.roles.length && !(COACHING_VERBS.has(w) && ws[i + 1] === 'by')) ev.post.roles.push(role.value);
      // "Karsten Warholm, the Norwegian, …" (not past an aside: "X, of Balco, claims the American …")
      const demonym = afterAside ? undefined : lex.demonyms.get(w);
      if (demonym && !ev.country) ev.country = demonym;
    }
    if (SPEECH.words.has(w) || w === 'and' || w === 'but') break;
  }
}

/** Roles and verbs from both sides, after sharing along coordinations. */
export function finishEvidence(ev: Evidence): void {
  // (one side empty, as mostly: the other side's array itself; nothing changes these arrays after this)
  ev.roles = both(ev.pre.roles, ev.post.roles);
  ev.verbs = both(ev.pre.verbs, ev.post.verbs);
}

function both<T>(a: T[], b: T[]): T[] {
  if (!b.length) return a;
  if (!a.length) return b;
  return [...a, ...b];
}
