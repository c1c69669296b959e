/**
 * Which quoted spans are quotes: three words or more, not a title (`"Back the Bid"`, 'Josh Kerr and The Hunt
 * for Gold'), not markup; a single-quoted span only when it reads as speech (first or second person words)
 * or when the words around it attribute it.
 */
import { isAsciiAlnumCode, isSpaceCode } from '../../util/chars.js';
import { countWords } from '../../util/text.js';
import type { RuleSpec } from '../../rules/catalogue.js';
import type { QuoteLexicon } from './model/lexicon.js';
import { RULES } from './rules.js';

const MIN_WORDS = 3;
const TITLE_MAX_WORDS = 12;

/** The words of `text`: split at white space, punctuation trimmed from both ends, empty ones dropped. */
function quoteWords(text: string): string[] {
  const words: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    const start = i;
    while (i < n && !isSpaceCode(text.charCodeAt(i))) i++;
    if (i === start) break;
    // most words begin and end with an ASCII letter or digit: nothing to trim
    const w = isAsciiAlnumCode(text.charCodeAt(start)) && isAsciiAlnumCode(text.charCodeAt(i - 1)) ? text.slice(start, i) : text.slice(start, i).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (w) words.push(w);
  }
  return words;
}

/** The rule that says the span is not a quote, or null when it is one. */
export function rejectQuote(text: string, single: boolean, attributed: boolean, lex: QuoteLexicon): RuleSpec | null {
  if (/[<>{}|]|\]\(|https?:|www\.|\.(?:jpe?g|png|gif|html?)\b|=/i.test(text)) return RULES.markup;
  if (countWords(text) < MIN_WORDS) return RULES.minWords;
  // a title has no punctuation inside or at its end; the words are read only when a rule below needs them
  const unpunctuated = !/[.!?,;:]\s*\S/.test(text) && !/[.!?]$/.test(text.trim());
  const speechCheck = single && !attributed;
  if (!unpunctuated && !speechCheck) return null;
  const words = quoteWords(text);
  if (unpunctuated && words.length <= TITLE_MAX_WORDS) {
    const title = words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || lex.titleSmallWords.has(w.toLowerCase()));
    if (title) return RULES.title;
  }
  if (speechCheck) {
    // speech has first or second person words, or is a sentence of its own (its punctuation inside the marks)
    const speech = words.some((w) => lex.speechWords.has(w.toLowerCase().replace(/’/g, "'")));
    const sentence = words.length >= 4 && /[.,!?]$/.test(text) && /^[\p{Lu}"“]/u.test(text);
    if (!speech && !sentence) return RULES.singleNotSpeech;
  }
  return null;
}
