/**
 * The name a candidate stands for: as written (without a bracketed surname's brackets or a quoted nickname), or,
 * for a surname written in capitals (results tables), in given-then-surname order and title case.
 */
import type { Doc } from '../../types.js';
import { identityKey } from '../../util/text.js';
import type { PersonLexicon } from './lexicon.js';
import type { Candidate } from './candidates.js';
import { capsName } from './caps-names.js';

/** The name as written, without a bracketed surname's brackets or a quoted nickname. */
export function candidateName(doc: Doc, c: Candidate): string {
  if (c.bracketed) {
    let name = '';
    for (let i = 0; i < c.tokens.length; i++) name += (i > 0 ? ' ' : '') + doc.text.slice(c.tokens[i]!.start, c.tokens[i]!.end);
    return name;
  }
  const written = doc.text.slice(c.start, c.end);
  return isPlainlySpaced(written) ? written : written.replace(/\s["“‘'][^"“”‘’]{1,22}["”’']\s/u, ' ').replace(/\s+/g, ' ');
}

/**
 * No quotation mark and no white space but single plain spaces: the two replacements of `candidateName` would
 * change nothing (checked by char code: most names are like this).
 */
function isPlainlySpaced(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (s.charCodeAt(i - 1) === 32) return false;
    } else if (!((c > 32 && c < 127 && c !== 34 && c !== 39) || (c >= 0xc0 && c < 0x2000 && c !== 0x1680))) return false;
  }
  return true;
}

export type CapsNames = Map<number, { name: string; order: string[] }>;

/**
 * Candidates with the surname in capitals (results tables): their name in given-then-surname order and title case,
 * unless the article writes the same words in that order elsewhere ("WANG Kaihua" and "Wang Kaihua"). Null when
 * the article has no word in capitals beside a name word (most articles: one regex test).
 */
export function readCapsNames(doc: Doc, lex: PersonLexicon, cands: readonly Candidate[]): CapsNames | null {
  let out: CapsNames | null = null;
  let written: Set<string> | null = null;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.tokens.length < 2 || !c.tokens.some((t) => t.end - t.start > 1 && isUpperAt(doc.text, t.start + 1))) continue;
    const cap = capsName(doc, lex, c);
    if (!cap) continue;
    if (cap.surnameFirst) {
      written ??= new Set(cands.filter((x) => x.tokens.length > 1 && !/\p{Lu}{2}/u.test(doc.text.slice(x.start, x.end))).map((x) => identityKey(candidateName(doc, x))));
      if (written.has(identityKey(cap.written)) && !written.has(identityKey(cap.name))) {
        (out ??= new Map()).set(i, { name: cap.written, order: c.tokens.map((t) => t.key) });
        continue;
      }
    }
    (out ??= new Map()).set(i, { name: cap.name, order: cap.order.map((k) => c.tokens[k]!.key) });
  }
  return out;
}

/** An upper-case letter at `at` (ASCII by char code; else the Unicode class). */
function isUpperAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? c >= 65 && c <= 90 : /\p{Lu}/u.test(text[at]!);
}
