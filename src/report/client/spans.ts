/**
 * Span layout for the article view, as displaCy's span style does it: every mention boundary splits the text,
 * so overlapping and nested mentions never need one element per entity; each mention gets a level (a row of
 * underline) so that the mentions covering one piece of text are stacked, not drawn on top of each other.
 *
 * Browser code too: these functions are sent to the page as their own source text (see ../script.ts), so they
 * are plain function declarations that use nothing but each other and the language.
 */

export interface SpanLike {
  start: number;
  end: number;
}

export interface Piece {
  start: number;
  end: number;
  /** Indices of the spans covering this piece, in span order. */
  cover: number[];
}

/** The level of each span: the lowest row free of every span that overlaps it (longer spans first at one start). */
export function assignLevels(spans: readonly SpanLike[]): number[] {
  const order = spans.map((_, i) => i);
  order.sort((a, b) => spans[a]!.start - spans[b]!.start || spans[b]!.end - spans[a]!.end || a - b);
  const levels: number[] = new Array(spans.length).fill(0);
  /** ends[l]: where the span last put on level l ends. */
  const ends: number[] = [];
  for (const i of order) {
    const s = spans[i]!;
    let l = 0;
    while (l < ends.length && ends[l]! > s.start) l++;
    ends[l] = s.end;
    levels[i] = l;
  }
  return levels;
}

/**
 * [from, to) cut at every span boundary inside it: contiguous pieces that together cover [from, to), each with
 * the spans that cover it all. Empty and inverted spans cover nothing; spans are clipped to [from, to).
 */
export function splitAtBoundaries(from: number, to: number, spans: readonly SpanLike[]): Piece[] {
  const cuts = [from, to];
  for (const s of spans) {
    if (s.end <= s.start) continue;
    if (s.start > from && s.start < to) cuts.push(s.start);
    if (s.end > from && s.end < to) cuts.push(s.end);
  }
  cuts.sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let c = 0; c + 1 < cuts.length; c++) {
    const start = cuts[c]!;
    const end = cuts[c + 1]!;
    if (end <= start) continue;
    const cover: number[] = [];
    for (let i = 0; i < spans.length; i++) if (spans[i]!.start <= start && spans[i]!.end >= end && spans[i]!.end > spans[i]!.start) cover.push(i);
    pieces.push({ start, end, cover });
  }
  return pieces;
}

/** Paragraphs of a body text: [start, end) of each run of text between blank lines, offsets kept. */
export function paragraphRanges(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\n[ \t\r]*\n\s*/g;
  let at = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m.index > at) out.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ start: at, end: text.length });
  return out;
}
