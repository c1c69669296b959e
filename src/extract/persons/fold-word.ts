import { fold, identityKey } from '../../util/text.js';

/** Printable ASCII without the backtick, which `fold` turns into an apostrophe (a char loop: words are short). */
function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x60) return false;
  }
  return true;
}

/** Letters and digits with single spaces between them: a name whose key is only its lower case. */
function isSimpleName(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) continue;
    if (c !== 32 || i === 0 || i === s.length - 1 || s.charCodeAt(i - 1) === 32) return false;
  }
  return true;
}

/** `fold` for one word, with a fast path for plain ASCII (most words of English text). */
export function foldWord(w: string): string {
  return isPlainAscii(w) ? w.toLowerCase() : fold(w);
}

/** `identityKey` with the same fast path, and a faster one for plain names ("Josh Kerr"). */
export function nameKey(s: string): string {
  if (isSimpleName(s)) return s.toLowerCase();
  if (!isPlainAscii(s)) return identityKey(s);
  return s.toLowerCase().replace(/'s\b/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}
