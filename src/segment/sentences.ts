/**
 * Sentences inside a block: split after . ! ? (and a closing quote mark) when the next word starts a
 * sentence, and at line breaks. Abbreviations, initials and decimals do not end a sentence; a full stop
 * glued to the next sentence ("…to The Guardian.The 3000m…"), as web copies lose spaces, does.
 */
import type { Block, Sentence } from '../types.js';
import { isDigitCode, isLetterCode, isLowerCode, isSpaceCode, isUpperCode, isUpperOrNumberCode } from '../util/chars.js';

/** Words that end with a full stop but do not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'vs', 'v', 'no', 'nos', 'prof', 'gen', 'col', 'capt', 'lt', 'sgt', 'rev',
  'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est',
  'inc', 'ltd', 'co', 'corp', 'etc', 'al', 'fig', 'vol', 'pp', 'ave', 'rd',
]);

// the scan reads char codes (it looks at every character of the article): CLOSERS ["”’')\]], OPENERS ["“‘'(\[]
const isCloser = (c: number) => c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93;
const isOpener = (c: number) => c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 40 || c === 91;

/** The word (letters only) that ends just before `i`. */
function wordBefore(text: string, i: number, from: number): string {
  let j = i;
  while (j > from && isLetterCode(text.charCodeAt(j - 1))) j--;
  return text.slice(j, i);
}

/** Pushes `text[start, end)` trimmed of white space, unless nothing is left. */
function pushSentence(text: string, start: number, end: number, block: number, out: Sentence[]): void {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end, block });
}

/** Where the sentence that has a . ! ? at `i` ends (after its closing marks), or -1 when it goes on. */
function sentenceEnd(text: string, i: number, b: Block): number {
  const ch = text.charCodeAt(i);
  // closing marks that belong to this sentence
  let j = i + 1;
  while (j < b.end && isCloser(text.charCodeAt(j))) j++;
  if (j >= b.end) return -1;
  const glued = j === i + 1 && ch === 46 && isLowerCode(text.charCodeAt(i - 1)) && isUpperCode(text.charCodeAt(j)) && isLowerCode(text.charCodeAt(j + 1));
  if (!glued && !isSpaceCode(text.charCodeAt(j))) return -1;
  let k = j;
  while (k < b.end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  while (k < b.end && isOpener(text.charCodeAt(k))) k++;
  if (!isUpperOrNumberCode(text.charCodeAt(k))) return -1;
  if (ch === 46) {
    const w = wordBefore(text, i, b.start);
    if (ABBREVIATIONS.has(w.toLowerCase())) return -1;
    if (w.length === 1 && isUpperCode(w.charCodeAt(0))) return -1; // an initial: "J. Smith"
    if (isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1))) return -1; // a decimal
  }
  return j;
}

export function segmentSentences(text: string, blocks: readonly Block[]): Sentence[] {
  const out: Sentence[] = [];
  for (const b of blocks) {
    let start = b.start;
    const end = b.end;
    for (let i = b.start; i < end; i++) {
      const ch = text.charCodeAt(i);
      // most characters are none of \n . ! ? (all below 64): one compare skips them
      if (ch > 63) continue;
      if (ch === 10) {
        pushSentence(text, start, i, b.index, out);
        start = i + 1;
        continue;
      }
      if (ch !== 46 && ch !== 33 && ch !== 63) continue; // . ! ?
      const j = sentenceEnd(text, i, b);
      if (j < 0) continue;
      pushSentence(text, start, j, b.index, out);
      start = j;
    }
    pushSentence(text, start, b.end, b.index, out);
  }
  return out;
}
