/**
 * Names written with the surname in capitals, as results tables and start lists do: "YAVI Winfred",
 * "SÁNCHEZ-ESCRIBANO Irene" (surname first), "Peruth CHEMUTAI" (surname last). The person's name is given
 * name then surname, in title case ("Winfred Yavi"), so that it meets the same person named in the prose.
 * A surname-first name keeps its order when the article writes it so elsewhere ("WANG Kaihua", "Wang Kaihua").
 */
import type { Doc } from '../../types.js';
import type { Candidate } from './candidates.js';
import type { PersonLexicon } from './lexicon.js';

/** A word in capitals only: two letters or more, no lower-case letter ("YAVI", "O'BRIEN", "SÁNCHEZ-ESCRIBANO"). */
const CAPS = /^\p{Lu}[\p{Lu}\p{M}'’-]*\p{Lu}$/u;
const MIXED = /^\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*$/u;

/** "SÁNCHEZ-ESCRIBANO" → "Sánchez-Escribano", "O'BRIEN" → "O'Brien". */
export function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

export interface CapsName {
  /** Given name(s) then surname, in title case. */
  name: string;
  /** The same order as written, in title case ("Wang Kaihua"). */
  written: string;
  /** Whether the surname came first. */
  surnameFirst: boolean;
  /** Indices into the candidate's tokens, in given-then-surname order. */
  order: number[];
}

/**
 * The reading of a candidate with its surname in capitals, or null when it has none. Only in a line with a
 * figure in it (a results row: "2 | UGA | CHEMUTAI Peruth | 8:48.03"), and never of a country code ("Josh Kerr GBR").
 */
export function capsName(doc: Doc, lex: PersonLexicon, c: Candidate): CapsName | null {
  const n = c.tokens.length;
  if (n < 2 || c.bracketed) return null;
  const s = doc.sentences[c.sentence]!;
  if (!/[\d|]/.test(doc.text.slice(s.start, s.end))) return null;
  const words: string[] = [];
  const caps: boolean[] = [];
  for (const t of c.tokens) {
    const w = doc.text.slice(t.start, t.end);
    const isCaps = CAPS.test(w);
    if (isCaps && lex.codes.has(w)) return null;
    if (!isCaps && !MIXED.test(w)) return null;
    words.push(w);
    caps.push(isCaps);
  }
  // one block of capitals at the front or at the back, with a name in title case beside it
  let k = 0;
  while (k < n && caps[k]) k++;
  let surnameFirst: boolean;
  if (k > 0) {
    for (let j = k; j < n; j++) if (caps[j]) return null;
    // "YAVI Winfred": one given name after the surname; "JJ Willson" is initials
    if (k === n || n - k > 1 || (k === 1 && words[0]!.length <= 2)) return null;
    surnameFirst = true;
  } else {
    let back = n;
    while (back > 0 && caps[back - 1]) back--;
    if (back === n || n - back > 2) return null;
    for (let j = 0; j < back; j++) if (caps[j]) return null;
    k = back;
    surnameFirst = false;
  }
  const order = surnameFirst ? [...range(k, n), ...range(0, k)] : range(0, n);
  const written = words.map((w, i) => (caps[i] ? titleCase(w) : w)).join(' ');
  return { name: order.map((i) => (caps[i] ? titleCase(words[i]!) : words[i]!)).join(' '), written, surnameFirst, order };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}
