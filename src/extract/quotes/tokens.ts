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
