/** Text helpers shared by the stages. Pure functions, no state. */

// Letters that NFKD leaves whole: "Paweł" ~ "Pawel", "Ødegaard" ~ "Odegaard".
const LETTERS: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th' };

const ASCII = /^[\x00-\x5f\x61-\x7f]*$/;

/** Lower case, diacritics removed, typographic apostrophes made straight. */
export function fold(s: string): string {
  // fast path: plain ASCII without a backtick needs only lower case
  if (ASCII.test(s)) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[øłđðħıæœßþ]/g, (c) => LETTERS[c] ?? c)
    .replace(/[‘’ʼ`´′]/g, "'");
}

/** Identity key of a name or text: folded, punctuation and possessive "'s" removed, single spaces. */
export function identityKey(s: string): string {
  return fold(s)
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Word count as a reader counts: runs of letters or digits. */
export function countWords(s: string): number {
  const m = s.match(/[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}
