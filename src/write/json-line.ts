/**
 * One value as one line of JSON that every reader and line splitter takes as it is meant:
 * - well-formed: JSON.stringify writes a lone surrogate as the escape `\udc00`, which strict readers
 *   (DuckDB, Python's `json` then `.encode()`) refuse; such an escape becomes U+FFFD (ingest already replaces
 *   them, this is the guarantee at the last step, for every writer);
 * - one line: U+2028, U+2029 and U+0085 are legal in JSON text but end a line for JavaScript's and Python's
 *   line splitters (`str.splitlines`), so they are written as escapes. The other line breakers (LF, CR, VT,
 *   FF, FS, GS, RS) are control characters, which JSON.stringify escapes already.
 */
const LINE_BREAKERS = /[\u0085\u2028\u2029]/g;
const ESCAPES = /\\(?:\\|ud[89a-f][0-9a-f]{2})/g; // an escaped backslash is skipped as a whole, so "\\ud800" stays text

const escapeBreaker = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** JSON text made line-safe and well-formed (see above); unchanged in the common case. */
export function lineSafeJson(json: string): string {
  let s = json;
  if (s.includes('\\ud')) s = s.replace(ESCAPES, (m) => (m === '\\\\' ? m : '\\ufffd'));
  LINE_BREAKERS.lastIndex = 0;
  if (LINE_BREAKERS.test(s)) s = s.replace(LINE_BREAKERS, escapeBreaker);
  return s;
}

/** JSON.stringify, line-safe and well-formed. */
export const jsonLine = (value: unknown, space?: number): string => lineSafeJson(JSON.stringify(value, null, space));
