/**
 * The quotes stage's own tokens, read only in the bounded windows around a quote (after it, up to its
 * sentence's end; before it, back to the start of the introducing sentence), never over the whole text.
 *
 * Why not one tokenization shared with persons and competitions (issue 12 item 5; measured over the fixtures
 * and two corpora, 2,400 sentences): the three read different words. Persons' `sentenceWords` keeps combining
 * marks and trailing hyphens, caps a word at 31 characters, folds diacritics and has no dash or ‘ marks (the
 * dash rule and the stop set need them): its tokens differ from these in 58 sentences (194 tokens).
 * Competitions' tokens are runs of letters and digits only ("Cross-Country", "Kenya's" are two words, with a
 * soft gap) over the whole article in one pass: they differ in 1,064 sentences (4,692 tokens). A shared
 * tokenizer could serve quotes and another stage only by changing that stage's words, and so its facts.
 */
import { isLetterOrNumberCode } from '../../util/chars.js';

/** Words and punctuation of a short window of text, with offsets (only ever run on bounded windows). */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower case, typographic apostrophes made straight. */
  lower: string;
  punct: boolean;
}


/** Tokens of `text[from, to)`; the caller keeps the window short. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const w = text.slice(from, to);
  const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}\-'’]{0,60}[\p{L}\p{N}'’])?|[,;:.!?"“”‘()\u2013\u2014]/gu;
  for (let m = TOKEN.exec(w); m; m = TOKEN.exec(w)) {
    const t = m[0];
    const low = t.toLowerCase();
    // punctuation: the first code unit is no letter or digit (the first half of a surrogate pair counts as none)
    out.push({ start: from + m.index, end: from + m.index + t.length, text: t, lower: low.includes('’') ? low.replace(/’/g, "'") : low, punct: !isLetterOrNumberCode(t.charCodeAt(0)) });
  }
  return out;
}

/** "Kenteris'" or "Britain's": a possessive, which names someone else's thing. */
export const isPossessive = (t: Token) => /['’]s?$/.test(t.text);

/** A word that can be part of a person's name: capitalised with a lower-case letter ("McIlroy", "El", "O'Brien"). */
export const isNameWord = (t: Token) => !t.punct && /^\p{Lu}/u.test(t.text) && /\p{Ll}/u.test(t.text) && !isPossessive(t);
