import { fold, identityKey } from '../../util/text.js';

// printable ASCII without the backtick, which `fold` turns into an apostrophe
const ASCII = /^[\x20-\x5f\x61-\x7e]*$/;

/** `fold` for one word, with a fast path for plain ASCII (most words of English text). */
export function foldWord(w: string): string {
  return ASCII.test(w) ? w.toLowerCase() : fold(w);
}

/** `identityKey` with the same fast path. */
export function nameKey(s: string): string {
  if (!ASCII.test(s)) return identityKey(s);
  return s.toLowerCase().replace(/'s\b/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}
