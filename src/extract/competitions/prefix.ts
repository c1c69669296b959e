/**
 * The name written before a generic head ("Norwich Union | Grand Prix"): where it starts, an acronym in
 * brackets inside it ("Ras Al Khaimah (RAK) Half Marathon"), and the results-line shape "SURNAME Given"
 * that is a person, not a race ("CHORZEPA Agnieszka 1K 2:55.0").
 */
import type { Token } from './tokens.js';
import { NAME_STOP } from './model/words.js';

/**
 * The first token of the capitalised words that run up to token `j` (at most six). With `hardAt`, token `j`
 * may follow a bracket (an acronym in brackets: the name runs on before it).
 */
export function prefixStart(tokens: readonly Token[], j: number, covered: Uint8Array, hardAt = false): number {
  let a = j;
  while (a > 0 && j - a < 6) {
    const t = tokens[a - 1]!;
    const soft = tokens[a]!.soft || (hardAt && a === j);
    // "National Senior and Junior Championships", "Track and Field Championships": one lower-case "and" between
    // two capitalised words runs on
    const before = tokens[a - 2];
    if (t.text === 'and' && before?.cap && t.soft && !covered[a - 2] && !NAME_STOP.has(before.lower) && j - a < 5 && soft) {
      a -= 2;
      continue;
    }
    // "Chinese Race Walking Championships": "Race" stops a name except before "Walking"
    const stop = NAME_STOP.has(t.lower) && !(t.lower === 'race' && tokens[a]!.lower.startsWith('walk'));
    if (covered[a - 1] || !soft || !t.cap || stop || /^\d+$/.test(t.text)) break;
    a--;
  }
  return a;
}

const ACRONYM = /^[A-Z]{2,6}$/;

/** Token `j - 1` is an acronym in brackets between a name and its head: "Ras Al Khaimah (RAK) Half Marathon". */
export function bracketedAcronym(text: string, tokens: readonly Token[], j: number): boolean {
  const t = tokens[j - 1];
  const p = tokens[j - 2];
  const h = tokens[j]!;
  if (!t || !p || !ACRONYM.test(t.text) || t.start - p.end > 3 || h.start - t.end > 3) return false;
  return text.slice(p.end, t.start).trim() === '(' && text.slice(t.end, h.start).trim() === ')' && t.start - p.end >= 2 && h.start - t.end >= 2;
}

const ALL_CAPS = /^[A-Z]{4,}$/;
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

/** Among tokens [a, b): a word in capitals followed by a capitalised one ("CHORZEPA Agnieszka"), as results list people. */
export function surnameFirst(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k + 1 < b; k++) if (ALL_CAPS.test(tokens[k]!.text) && TITLE_CASE.test(tokens[k + 1]!.text)) return true;
  return false;
}
