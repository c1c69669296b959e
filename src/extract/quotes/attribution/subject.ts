/**
 * Who a clause names as the one speaking: the subject before a verb of saying (stepping over asides and
 * relative clauses), and whether a short sentence does nothing but attribute ("Kerr said.").
 */
import type { QuoteLexicon } from '../model/lexicon.js';
import { isNameWord, type Token } from '../tokens.js';
import { RULES } from '../rules.js';
import { isVerb, MAX_PHRASE } from './context.js';

/** Words that open a new clause: the subject of a verb of saying starts after them ("…, but he insisted"). */
const SUBJECT_BREAK: ReadonlySet<string> = new Set(RULES.subjectBreak.words);
/** Words after the verb that make a sentence report something rather than attribute ("Kerr said she was …"). */
const REPORTS = /^(?:he|she|they|it|we|i|that|the|a|an|his|her|their|its|this|to)$/;

/** "Kerr said." / "Kerr told BBC Sport." / "Kerr said afterwards.": a short sentence that only attributes
 *  (never "Kerr said she was shocked.", which reports something else). */
export function bareAttribution(toks: readonly Token[], lex: QuoteLexicon, endsSentence: boolean): boolean {
  if (!endsSentence) return false;
  const v = toks.findIndex((t, k) => k > 0 && k <= 4 && isVerb(t, lex));
  if (v < 0 || toks.slice(0, v).some((t) => t.punct || lex.auxiliaries.has(t.lower))) return false;
  const rest = toks.slice(v + 1);
  if (rest.some((t) => t.punct)) return false; // "Moorcroft added:" introduces the next quote
  return rest.length <= 4 && !rest.some((t) => REPORTS.test(t.lower) && !(t.lower === 'to' && /^\p{Lu}/u.test(rest[rest.indexOf(t) + 1]?.text ?? '')));
}

/** The subject phrase before the verb at `v`: back to a comma, skipping a relative clause (", who …,"). */
export function subjectBefore(toks: readonly Token[], v: number, lex: QuoteLexicon): Token[] {
  let end = v;
  while (end > 0 && lex.auxiliaries.has(toks[end - 1]!.lower)) end--;
  for (let guard = 0; guard < 4; guard++) {
    let start = end;
    while (start > 0 && !toks[start - 1]!.punct && !SUBJECT_BREAK.has(toks[start - 1]!.lower)) start--;
    const np = toks.slice(start, end);
    const rel = np[0] && (/^(?:who|which|whose|whom|where)$/.test(np[0].lower) || /^\p{Ll}+ing$/u.test(np[0].text)); // ", who …," / ", speaking on …,"
    // "Josh Kerr, the Scot, said": an appositive descriptor after a name; the name is the subject
    const appositive = np[0] && /^(?:the|a|an)$/.test(np[0].lower) && start >= 2 && toks[start - 1]!.text === ',' && isNameWord(toks[start - 2]!);
    if (appositive) {
      end = start - 1;
      continue;
    }
    // "Ruiz, fourth behind Holt last year, told reporters": an aside between commas after a name; the name speaks
    const head = np.length && !isNameWord(np[0]!) ? nameBeforeAside(toks, start, lex) : null;
    if (head) return head;
    if (np.length && !rel) return np.slice(-MAX_PHRASE);
    if (start === 0) return [];
    end = start - 1; // step over the comma
    while (end > 0 && toks[end - 1]!.punct) end--;
  }
  return [];
}

/** The name alone before the comma at `start - 1`, opening its clause ("Ruiz" of "Ruiz, fourth behind Holt last year,"), or null. */
function nameBeforeAside(toks: readonly Token[], start: number, lex: QuoteLexicon): Token[] | null {
  if (start < 2 || toks[start - 1]!.text !== ',') return null;
  let s = start - 1;
  while (s > 0 && !toks[s - 1]!.punct && !SUBJECT_BREAK.has(toks[s - 1]!.lower)) s--;
  const head = toks.slice(s, start - 1);
  if (!head.length || head.length > 4) return null;
  for (const t of head) if (!isNameWord(t) || lex.notNames.has(t.lower) || lex.titleSmallWords.has(t.lower) || lex.anonymous.has(t.lower)) return null;
  return head;
}
