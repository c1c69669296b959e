/**
 * Persons stage: the people an article names, with their role (athlete, coach, official, journalist,
 * other), nationality, every mention, and the pronouns and descriptors that point back to them.
 *
 *   candidates (capitalised runs, peeled) → evidence (context words) → persons (full names, surnames,
 *   given names resolved; role by the role step) → references (he/she, "the Norwegian", "the 29-year-old", "the latter")
 *
 * Every rule is declared in rules.ts (RULES); decisions (candidates dropped, persons and roles accepted, role
 * words overruled) go to `doc.log`. The role step's last rule, `settleRoles`, needs the link stage's times: the
 * normalise stage calls it.
 *
 * Pure: text and lexicon in, typed data out. Every mention and reference names the rule that made it.
 */
import type { Doc, PersonsResult } from '../../types.js';
import type { PersonLexicon } from './lexicon.js';
import { findCandidates, type Candidate } from './candidates.js';
import { finishEvidence, readEvidence, type Evidence } from './context.js';
import { wordIndex } from './sentence-words.js';
import { buildPersons } from './group.js';
import { resolveRefs } from './refs.js';

export { PersonRuleSchema, PersonRoleSchema, type PersonRule } from './schema.js';
export { loadPersonLexicon, type PersonLexicon } from './lexicon.js';
export { settleRoles } from './role.js';
export { RULES as PERSON_RULES } from './rules.js';

/** "X and Y", "X, Y and Z": names in one list share what is said before the first and after the last. */
const COORDINATION = /^(?:,\s{1,2}|\s{1,2}(?:and|&)\s{1,2}|,\s{1,2}and\s{1,2})$/;

function shareAlongLists(doc: Doc, cands: readonly Candidate[], evs: Evidence[]): number[][] {
  const lists: number[][] = [];
  let from = 0;
  for (let i = 1; i <= cands.length; i++) {
    const prev = cands[i - 1]!;
    const cur = cands[i];
    const linked = cur && cur.sentence === prev.sentence && !prev.poss && cur.runStart === cur.start && cur.runStart - prev.outer <= 7 && COORDINATION.test(doc.text.slice(prev.outer, cur.runStart));
    if (linked) continue;
    if (i - 1 > from) {
      lists.push(Array.from({ length: i - from }, (_, n) => from + n));
      const head = evs[from]!.pre;
      const tail = evs[i - 1]!.post;
      for (let j = from; j < i; j++) {
        const e = evs[j]!;
        if (j > from && !e.pre.roles.length) e.pre = { roles: [...head.roles], verbs: [...e.pre.verbs, ...head.verbs] };
        // "Ethiopian duo Gebre Gebremariam and Dejene Berhanu", "Britons Kathy Butler and Hayley Yelling"
        if (j > from && !e.country && evs[from]!.countryBefore) [e.country, e.countryBefore] = [evs[from]!.country, true];
        if (j < i - 1 && !e.post.roles.length) e.post = { roles: [...tail.roles], verbs: [...e.post.verbs, ...tail.verbs] };
      }
    }
    from = i;
  }
  return lists;
}

/** The persons of one article and the references that point to them. */
export function extractPersons(doc: Doc, lexicon: PersonLexicon): PersonsResult {
  const cands = findCandidates(doc, lexicon);
  if (!cands.length) return { persons: [], refs: [] };
  const words = wordIndex(doc);
  // (a plain loop and push: one array kind every time, where `map` may hand back either of two)
  const evs: Evidence[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const next = cands[i + 1]?.sentence === c.sentence ? cands[i + 1]!.runStart : Infinity;
    const subject = cands[i - 1]?.sentence !== c.sentence;
    const prev = subject ? -1 : cands[i - 1]!.outer;
    evs.push(readEvidence(doc, lexicon, c, words(c.sentence), next, subject, prev));
  }
  const lists = shareAlongLists(doc, cands, evs);
  for (const e of evs) finishEvidence(e);
  const built = buildPersons(doc, lexicon, cands, evs, lists);
  const refs = resolveRefs(doc, lexicon, built);
  return { persons: built.persons, refs };
}
