/**
 * The words (folded) and punctuation of one sentence, with their offsets: what the context rules read
 * around a name. A char-code scan with the meaning of the regex
 *
 *   /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]{0,30}|[,;:.!?"“”()]/gu
 *
 * (`WORD_PATTERN`, kept for the tests that check the two agree): it runs for every word of nearly every
 * sentence, and a scan that builds no match objects and folds plain ASCII words directly costs a third of it.
 * Non-ASCII characters are classified by one-character sticky regexes, so the Unicode classes stay exact.
 */
import type { Doc } from '../../types.js';
import { fold } from '../../util/text.js';
import { isAsciiAlnumCode } from '../../util/chars.js';

export const WORD_PATTERN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]{0,30}|[,;:.!?"“”()]/gu;

/** Two arrays only (whether a word is capitalised is asked of few words: `startsCapital`). */
export interface SentenceWords {
  keys: string[];
  starts: number[];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
const WORD_PART = /[\p{L}\p{N}\p{M}]/uy;
const UPPER = /\p{Lu}/uy;

function sticky(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}


/** 1 for `, ; : . ! ? " “ ” ( )`, else 0. */
function isPunct(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 46 || c === 33 || c === 63 || c === 34 || c === 0x201c || c === 0x201d || c === 40 || c === 41;
}

/** Length in code units of the code point at `at` (2 for a surrogate pair). */
function cpLength(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 0xd800 || c > 0xdbff || at + 1 >= text.length) return 1;
  const d = text.charCodeAt(at + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** Words and marks starting in [from, to) of `text` (a word may run past `to`, as the regex's does). */
export function sentenceWords(text: string, from: number, to: number): SentenceWords {
  const sw: SentenceWords = { keys: [], starts: [] };
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const ascii = c < 128;
    if (ascii ? isAsciiAlnumCode(c) : sticky(LETTER_OR_DIGIT, text, i)) {
      let j = i + (ascii ? 1 : cpLength(text, i));
      let plain = ascii;
      // up to 30 more letters, digits, marks, apostrophes or hyphens
      for (let n = 0; n < 30 && j < text.length; n++) {
        const d = text.charCodeAt(j);
        if (d < 128) {
          if (!(isAsciiAlnumCode(d) || d === 39 || d === 45)) break;
          j++;
        } else if (d === 0x2019 || sticky(WORD_PART, text, j)) {
          plain = false;
          j += cpLength(text, j);
        } else break;
      }
      const w = text.slice(i, j);
      // (plain ASCII: `fold` is only lower case)
      sw.keys.push(plain ? w.toLowerCase() : fold(w));
      sw.starts.push(i);
      i = j;
    } else if (isPunct(c)) {
      sw.keys.push(text[i]!);
      sw.starts.push(i);
      i++;
    } else i += ascii ? 1 : cpLength(text, i);
  }
  return sw;
}

/** The word at `at` starts with a capital letter (`/^\p{Lu}/u` of the word; never true of a punctuation mark). */
export function startsCapital(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? c >= 65 && c <= 90 : sticky(UPPER, text, at);
}

/** Tokenises each sentence once, on first use, for all the candidates in it. */
export function wordIndex(doc: Doc): (sentence: number) => SentenceWords {
  const cache: (SentenceWords | undefined)[] = [];
  return (sentence) => {
    let sw = cache[sentence];
    if (sw) return sw;
    const s = doc.sentences[sentence]!;
    sw = sentenceWords(doc.text, s.start, s.end);
    cache[sentence] = sw;
    return sw;
  };
}
