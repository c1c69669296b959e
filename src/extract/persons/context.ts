/**
 * Evidence around one name candidate, read from a few words on either side inside its sentence:
 * role words ("AK chief X", "X, the IAAF president,"), athlete verbs ("X clocked", "beat X"),
 * nationality ("the Kenyan X"), age ("X, 26,"), a time in brackets ("X (4:12.9)"), bold (`**X**`),
 * and speech ("said X", "X added"). Windows are bounded, so the cost per candidate is constant.
 */
import type { Doc, PersonRole } from '../../types.js';
import { fold } from '../../util/text.js';
import type { PersonLexicon, Tagged } from './lexicon.js';
import type { Candidate } from './candidates.js';

export interface Evidence {
  /** Role votes (nearest role word before, apposition or copula after). */
  roles: Tagged<PersonRole>[];
  /** Athlete verb rules seen next to the name. */
  verbs: string[];
  country: Tagged<string> | null;
  age: number | null;
  speaker: boolean;
  bold: boolean;
  timed: boolean;
  /** The evidence came from before the name (shared forward along "X and Y") or after it (shared backward). */
  pre: { roles: Tagged<PersonRole>[]; verbs: string[] };
  post: { roles: Tagged<PersonRole>[]; verbs: string[] };
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]{0,30}|[,;:.!?"“”()]/gu;
const SPEECH = new Set(['said', 'says', 'added', 'adds', 'told', 'tells', 'explained', 'insisted', 'admitted', 'revealed', 'commented', 'stated', 'expressed', 'believes', 'thinks', 'feels', 'hopes', 'reckons', 'warned', 'confirmed', 'announced', 'wrote', 'posted', 'tweeted', 'continued', 'concluded', 'replied', 'recalled', 'joked', 'smiled']);
/** Words skipped between a name and its verb: "X also ran", "X has now won". */
const AUX = new Set(['also', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'then', 'finally', 'still', 'just', 'now', 'again', 'eventually', 'subsequently', 'later', 'once', 'twice', 'duly', 'comfortably', 'easily', 'narrowly', 'impressively', 'bravely', 'hard', 'well', 'who', 'been', 'be', 'did', 'not', 'never', 'only', 'recently', 'previously', 'first']);
const COPULA = new Set(['is', 'are', 'was', 'were', 'becomes', 'became', 'remains', 'remained', 'as']);
const STOP = new Set([';', ':', '.', '!', '?', '"', '“', '”', '(', ')']);

function words(text: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push(fold(m[0]));
  return out;
}

/** The longest phrase of 1..3 words ending at `i` (going back) or starting at `i` (going forward) found in `table`. */
function phraseAt<T>(ws: readonly string[], i: number, dir: -1 | 1, table: ReadonlyMap<string, T>): { value: T; len: number } | null {
  for (let len = 3; len >= 1; len--) {
    const from = dir === 1 ? i : i - len + 1;
    if (from < 0 || from + len > ws.length) continue;
    const v = table.get(ws.slice(from, from + len).join(' '));
    if (v !== undefined) return { value: v, len };
  }
  return null;
}

export function readEvidence(doc: Doc, lex: PersonLexicon, c: Candidate): Evidence {
  const text = doc.text;
  const s = doc.sentences[c.sentence]!;
  const ev: Evidence = { roles: [], verbs: [], country: c.country, age: null, speaker: false, bold: false, timed: false, pre: { roles: [], verbs: [] }, post: { roles: [], verbs: [] } };
  if (c.role) ev.pre.roles.push(c.role);

  // before: the nearest role word, a nationality, "said X", "beat X" — up to 5 words, across one comma
  const before = words(text.slice(Math.max(s.start, c.runStart - 70), c.runStart));
  let commas = 0;
  for (let i = before.length - 1, seen = 0; i >= 0 && seen < 5; i--, seen++) {
    const w = before[i]!;
    if (STOP.has(w)) break;
    if (w === ',') {
      if (++commas > 1) break;
      continue;
    }
    const role = phraseAt(before, i, -1, lex.roles);
    if (role && !ev.pre.roles.length) ev.pre.roles.push(role.value);
    const demonym = lex.demonyms.get(w);
    if (demonym && !ev.country && commas === 0) ev.country = demonym;
    if (seen === 0 && SPEECH.has(w)) ev.speaker = true;
    const verb = seen < 3 ? phraseAt(before, i, -1, lex.verbs) : null;
    if (verb && commas === 0) ev.pre.verbs.push(verb.value);
  }

  // after: a time in brackets, an age, apposition, verbs
  const tail = text.slice(c.outer, Math.min(s.end, c.outer + 90));
  const bracket = /^\s{0,2}\(\s{0,2}(\d{1,2}[:.]\d{2}(?:[:.]\d{1,2})?)/.exec(tail);
  if (bracket) ev.timed = true;
  const age = /^,\s{0,2}(\d{2}),/.exec(tail);
  if (age) ev.age = Number(age[1]);
  if (/^\*\*/.test(tail) && text.slice(Math.max(0, c.start - 2), c.start) === '**') ev.bold = true;
  const of = /^,?\s(?:of|from)\s(\p{Lu}[\p{L} ]{2,30}?)(?=[,.;)]|\s(?:and|who|in|at|on|was|is|has)\b)/u.exec(tail);
  if (of && !ev.country) ev.country = lex.countries.get(fold(of[1]!)) ?? null;
  const paren = /^\s\((\p{Lu}{3})\)/u.exec(tail);
  if (paren && !ev.country) {
    const code = paren[1]!;
    if (lex.codes.has(code)) ev.country = { value: code, rule: 'country/ioc-code' };
  }
  if (c.poss) return ev; // "X's coach": what follows is about someone else
  const after = words(tail.replace(/^\*\*/, ''));
  const appositive = after[0] === ',';
  let copula = false;
  for (let i = appositive ? 1 : 0, seen = 0; i < after.length && seen < (appositive ? 10 : 6); i++, seen++) {
    const w = after[i]!;
    if (STOP.has(w) || (w === ',' && !appositive)) break;
    if (w === ',' || (appositive && /^\d/.test(w) && seen === 0)) {
      if (w === ',') break;
      continue;
    }
    if (seen === 0 && SPEECH.has(w)) ev.speaker = true;
    if (COPULA.has(w)) copula = true;
    const verb = seen < 4 || copula ? phraseAt(after, i, 1, lex.verbs) : null;
    if (verb) ev.post.verbs.push(verb.value);
    if (appositive || copula) {
      const role = phraseAt(after, i, 1, lex.roles);
      if (role && !ev.post.roles.length) ev.post.roles.push(role.value);
    }
    if (!appositive && !copula && !AUX.has(w) && !verb && seen >= 1) break;
  }
  return ev;
}

/** Roles and verbs from both sides, after sharing along coordinations. */
export function finishEvidence(ev: Evidence): void {
  ev.roles = [...ev.pre.roles, ...ev.post.roles];
  ev.verbs = [...ev.pre.verbs, ...ev.post.verbs];
}
