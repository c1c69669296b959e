/**
 * Sentences inside a block: split after . ! ? (and a closing quote mark) when the next word starts a
 * sentence, and at line breaks. Abbreviations, initials and decimals do not end a sentence; a full stop
 * glued to the next sentence ("…to The Guardian.The 3000m…"), as web copies lose spaces, does.
 */
import type { Block, Sentence } from '../types.js';

/** Words that end with a full stop but do not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'vs', 'v', 'no', 'nos', 'prof', 'gen', 'col', 'capt', 'lt', 'sgt', 'rev',
  'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est',
  'inc', 'ltd', 'co', 'corp', 'etc', 'al', 'fig', 'vol', 'pp', 'ave', 'rd',
]);

const OPENERS = /["“‘'(\[]/;
const CLOSERS = /["”’')\]]/;

function isUpperStart(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{Lu}\p{N}]/u.test(ch);
}

/** The word (letters only) that ends just before `i`. */
function wordBefore(text: string, i: number, from: number): string {
  let j = i;
  while (j > from && /\p{L}/u.test(text[j - 1]!)) j--;
  return text.slice(j, i);
}

export function segmentSentences(text: string, blocks: readonly Block[]): Sentence[] {
  const out: Sentence[] = [];
  for (const b of blocks) {
    let start = b.start;
    const push = (end: number) => {
      let s = start;
      let e = end;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      if (e > s) out.push({ start: s, end: e, block: b.index });
    };
    for (let i = b.start; i < b.end; i++) {
      const ch = text[i]!;
      if (ch === '\n') {
        push(i);
        start = i + 1;
        continue;
      }
      if (ch !== '.' && ch !== '!' && ch !== '?') continue;
      // closing marks that belong to this sentence
      let j = i + 1;
      while (j < b.end && CLOSERS.test(text[j]!)) j++;
      if (j >= b.end) continue;
      const glued = j === i + 1 && ch === '.' && /\p{Ll}/u.test(text[i - 1] ?? '') && /\p{Lu}/u.test(text[j]!) && /\p{Ll}/u.test(text[j + 1] ?? '');
      if (!glued && !/\s/.test(text[j]!)) continue;
      let k = j;
      while (k < b.end && /[ \t]/.test(text[k]!)) k++;
      while (k < b.end && OPENERS.test(text[k]!)) k++;
      if (!isUpperStart(text[k])) continue;
      if (ch === '.') {
        const w = wordBefore(text, i, b.start);
        if (ABBREVIATIONS.has(w.toLowerCase())) continue;
        if (w.length === 1 && /\p{Lu}/u.test(w)) continue; // an initial: "J. Smith"
        if (/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue; // a decimal
      }
      push(j);
      start = j;
    }
    push(b.end);
  }
  return out;
}
