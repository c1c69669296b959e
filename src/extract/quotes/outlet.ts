/**
 * The outlet a statement was made to, from the words of its attribution or introduction: "told BBC Sport",
 * "said to The Guardian", "in an interview with World Athletics", "In a BBC video", "in the recent Citius
 * Mag's … episode", "said in the San Francisco Chronicle". Reporters, press conferences (lower case) are none.
 */
import type { QuoteLexicon } from './model/lexicon.js';
import { identityKey } from '../../util/text.js';
import { isPossessive, type Token } from './tokens.js';
import { RULES } from './rules.js';

// word sets, not anchored regexes: every token of every attribution is looked up
const TO_VERBS: ReadonlySet<string> = new Set(RULES.outletTold.words);
const SPEAK_TO: ReadonlySet<string> = new Set(RULES.outletSpeakTo.words);

const isOutletWord = (t: Token, first: boolean) =>
  !t.punct && (/^\p{Lu}/u.test(t.text) || (!first && /^\d/.test(t.text)));

/** The capitalised run starting at `i` ("The Guardian", "BBC Radio 5 Live", "Citius Mag's" → "Citius Mag"). */
function runAt(tokens: readonly Token[], i: number, text: string, lex: QuoteLexicon): string | null {
  if (tokens[i]?.text === 'the') i++; // "the San Francisco Chronicle": "The" kept only when written so
  const start = i;
  let j = i;
  while (j < tokens.length && j - start < 6 && isOutletWord(tokens[j]!, j === start)) {
    if (isPossessive(tokens[j]!)) {
      const t = tokens[j]!;
      // "Australia's Sun-Herald": a one-word possessor before a name is a place; the outlet follows
      if (j === start && tokens[j + 1] && isOutletWord(tokens[j + 1]!, true)) {
        const r = runAt(tokens, j + 1, text, lex);
        if (r) return r;
      }
      const s = text.slice(tokens[start]!.start, t.end).replace(/['’]s?$/, '');
      return s || null;
    }
    j++;
  }
  if (j === start) return null;
  if (j - start === 1 && lex.titleSmallWords.has(tokens[start]!.lower)) return null;
  return text.slice(tokens[start]!.start, tokens[j - 1]!.end);
}

/** The outlet named in `tokens` (one attribution clause or introduction sentence), or null. */
export function findOutlet(tokens: readonly Token[], text: string, lex: QuoteLexicon, persons?: ReadonlyMap<string, number>): string | null {
  const found = scan(tokens, text, lex);
  // "told Kerr": a person, not an outlet
  return found && persons?.has(identityKey(found)) ? null : found;
}

function scan(tokens: readonly Token[], text: string, lex: QuoteLexicon): string | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "(via Citius Mag)", "via Instagram"
    if (t.lower === 'via') {
      const r = runAt(tokens, i + 1, text, lex);
      if (r) return r;
    }
    // "told BBC Sport", "told The Guardian"
    if (TO_VERBS.has(t.lower)) {
      const r = runAt(tokens, i + 1, text, lex);
      if (r) return r;
    }
    // "said to The Guardian", "in an interview with World Athletics", "speaking to Five Live"
    if (SPEAK_TO.has(t.lower) && (tokens[i + 1]?.lower === 'to' || tokens[i + 1]?.lower === 'with')) {
      const r = runAt(tokens, i + 2, text, lex);
      if (r) return r;
    }
    // "said in the San Francisco Chronicle", "(shared his thoughts) on Instagram": a publication or platform by its head word
    const at = tokens[i + 1]?.text === 'the' ? tokens[i + 2] : tokens[i + 1];
    if ((t.lower === 'in' || t.lower === 'on') && /^\p{Lu}/u.test(at?.text ?? '')) {
      const r = runAt(tokens, i + 1, text, lex);
      if (r && lex.outletHeads.has(r.split(/\s+/).pop()!.toLowerCase())) return r;
    }
    // "in a post on X", "in an Instagram post"
    if (t.lower === 'post' && tokens[i + 1]?.lower === 'on') {
      const r = runAt(tokens, i + 2, text, lex);
      if (r && lex.outletHeads.has(r.split(/\s+/).pop()!.toLowerCase())) return r;
    }
    // "In a BBC video", "In the recent Citius Mag's Beasts: Unleashed episode"
    if (t.lower === 'in' && (tokens[i + 1]?.lower === 'a' || tokens[i + 1]?.lower === 'an' || tokens[i + 1]?.lower === 'the')) {
      let k = i + 2;
      while (k < tokens.length && k < i + 5 && /^\p{Ll}/u.test(tokens[k]!.text)) k++;
      const r = runAt(tokens, k, text, lex);
      if (!r) continue;
      for (let m = k + 1; m < tokens.length && m < k + 9; m++) {
        if (lex.outletMedia.has(tokens[m]!.lower)) return r;
        if (tokens[m]!.text === ',' || tokens[m]!.text === '.') break;
      }
    }
  }
  return null;
}
