/**
 * Word tokens of an article for the competition matcher: runs of letters and digits with their offsets,
 * whether they start with a capital, and whether the gap before them lets a name run on ("World
 * Cross-Country", "Kenya's") or breaks it (a comma, a full stop, a line break). Linear time.
 */

export interface Token {
  /** As written. */
  text: string;
  /** Lower case. */
  lower: string;
  start: number;
  end: number;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** The gap before this token is short and holds only spaces, hyphens or apostrophes. */
  soft: boolean;
  /** Index of the sentence holding the token (-1 outside every sentence). */
  sentence: number;
}

// A single token is capped in length so that a megabyte without a space costs one slice.
const WORD = /[\p{L}\p{N}]{1,60}/gu;
const SOFT_GAP = /^[ \t\u00a0\-–'’&]{1,3}$/;

export function tokenize(text: string, sentences: readonly { start: number; end: number }[]): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  let s = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    while (s < sentences.length && sentences[s]!.end <= start) s++;
    const sentence = s < sentences.length && sentences[s]!.start <= start ? s : -1;
    const gap = prevEnd < 0 ? '' : text.slice(prevEnd, Math.min(start, prevEnd + 4));
    const soft = prevEnd >= 0 && start - prevEnd <= 3 && SOFT_GAP.test(gap);
    const first = m[0].charAt(0);
    out.push({ text: m[0], lower: m[0].toLowerCase(), start, end, cap: first !== first.toLowerCase(), soft, sentence });
    prevEnd = end;
  }
  return out;
}

/** Index of the first token whose start is at or after `pos` (binary search). */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
