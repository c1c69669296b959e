/**
 * Blocks: the body split at blank lines, each told apart as headline, dateline, paragraph, caption,
 * related-link line or noise. Structure the ingester already knew (HTML headings, captions) is kept.
 */
import type { Block, BlockHint, BlockKind, Span } from '../types.js';
import { isSpaceCode } from '../util/chars.js';

/** A block shorter than this many words with no sentence-final mark reads as a caption or a link line. */
const CAPTION_MAX_WORDS = 16;

interface BlockRule {
  id: string;
  reason: string;
  kind: BlockKind;
  test: (text: string) => boolean;
}

/** Tried in order on blocks the ingester did not label; the first that matches decides. */
export const BLOCK_RULES: readonly BlockRule[] = [
  {
    id: 'block/video-placeholder',
    reason: 'web copies keep the placeholder of an embedded video',
    kind: 'noise',
    test: (t) => /^(?:this video can ?not be played|media playback is (?:not )?supported|watch:|video:)/i.test(t),
  },
  {
    id: 'block/related-prefix',
    reason: 'web copies interleave links to other stories: "ALSO READ: …", "Related: …", "WATCH: …"',
    kind: 'related',
    test: (t) => /^(?:also read|read more|read also|related|more|see also|watch|listen|recommended|trending|don't miss|must read)\s*[:|–-]/i.test(t),
  },
  {
    id: 'block/link-only',
    reason: 'a line that is only a link, an image or markup carries no sentence',
    kind: 'noise',
    test: (t) => !/[\p{L}\p{N}]/u.test(t.replace(/\[[^[\]\n]{0,200}\]\([^()\n]{0,500}\)|<[^<>\n]{0,500}>|&[a-z#0-9]{1,10};/gi, '')),
  },
  {
    id: 'block/short-unpunctuated',
    reason: 'a short line without a sentence-final mark is a photo caption or a related-link headline',
    kind: 'caption',
    test: (t) => {
      if (/[.!?:;"”’')]\s*$/.test(t)) return false;
      if (/["“”]/.test(t)) return false; // a short quote with its attribution is a paragraph
      if (/\d[:.]\d\d/.test(t)) return false; // a results line ("Jane Doe 32:17") is data, not a caption
      const words = t.split(/\s+/).filter(Boolean).length;
      return words <= CAPTION_MAX_WORDS;
    },
  },
];

/** A month and a day, or a weekday: "August 29", "14 April", "Sunday". */
const DATE_WORDS = /\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s{1,3}\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s{1,3}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/;

/**
 * The short line under a headline that names the race, its place and its date ("MID-COUNTY 10K, Ashby,
 * August 29") is the report's dateline, not a photo caption: the line opens the article's own text.
 */
export const DATELINE_LINE_RULE = {
  id: 'block/race-dateline',
  reason: 'a short line right under the headline, with a date in it, is the race line of a report, not a caption',
  test: (text: string) => DATE_WORDS.test(text) && !/©|\bphoto|\bpicture|\bimage|getty|\(credit/i.test(text),
} as const;

function classify(text: string): BlockKind {
  for (const rule of BLOCK_RULES) if (rule.test(text)) return rule.kind;
  return 'paragraph';
}

/** Splits `[from, to)` of `text` at blank lines into trimmed spans. */
function splitParagraphs(text: string, from: number, to: number, out: Span[]): void {
  const re = /\n[ \t\r\f\v]*\n/g;
  re.lastIndex = from;
  let start = from;
  for (;;) {
    const m = re.exec(text);
    const end = m && m.index < to ? m.index : to;
    pushTrimmed(text, start, end, out);
    if (!m || m.index >= to) break;
    start = m.index + m[0].length;
    re.lastIndex = start;
  }
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  if (!breaksAtLines(text, start, end)) {
    out.push({ start, end });
    return;
  }
  // each long line is a paragraph; short lines next to each other (a results table, a list) stay together
  let from = start;
  let lineStart = start;
  for (let nl = text.indexOf('\n', lineStart); nl !== -1 && nl < end; nl = text.indexOf('\n', lineStart)) {
    const next = text.indexOf('\n', nl + 1);
    const nextEnd = next === -1 || next > end ? end : next;
    if (nl - lineStart > UNWRAPPED_LINE || nextEnd - (nl + 1) > UNWRAPPED_LINE) {
      pushTrimmed(text, from, nl, out);
      from = nl + 1;
    }
    lineStart = nl + 1;
  }
  pushTrimmed(text, from, end, out);
}

/** A line this long is a paragraph on a line of its own, not a line of a paragraph wrapped by hand. */
const UNWRAPPED_LINE = 120;

/**
 * Whether a chunk between blank lines is one paragraph per line. News pages copied as text often put each
 * paragraph on its own line with no blank line between; a hand-wrapped paragraph has only short lines
 * (about 80 characters). A chunk whose lines, but its last, include one over `UNWRAPPED_LINE` is read as
 * paragraphs.
 */
function breaksAtLines(text: string, start: number, end: number): boolean {
  let from = start;
  for (let nl = text.indexOf('\n', from); nl !== -1 && nl < end; nl = text.indexOf('\n', from)) {
    if (nl - from > UNWRAPPED_LINE) return true;
    from = nl + 1;
  }
  return false;
}

/**
 * Blocks covering the body. Hints are taken as they are; the gaps between them are split at blank
 * lines and classified. The first block is the headline when the ingester said so.
 */
export function segmentBlocks(text: string, hints: readonly BlockHint[] = []): Block[] {
  const sorted = [...hints].filter((h) => h.end > h.start && h.start >= 0 && h.end <= text.length).sort((a, b) => a.start - b.start);
  const spans: { start: number; end: number; kind: BlockKind | null }[] = [];
  let pos = 0;
  for (const h of sorted) {
    if (h.start < pos) continue; // overlapping hint: keep the first
    const gap: Span[] = [];
    splitParagraphs(text, pos, h.start, gap);
    for (const g of gap) spans.push({ ...g, kind: null });
    spans.push({ start: h.start, end: h.end, kind: h.kind });
    pos = h.end;
  }
  const tail: Span[] = [];
  splitParagraphs(text, pos, text.length, tail);
  for (const g of tail) spans.push({ ...g, kind: null });

  const blocks: Block[] = [];
  for (const sp of spans) {
    const kind = sp.kind ?? classify(text.slice(sp.start, sp.end));
    const prev = blocks[blocks.length - 1];
    // "Chris Thomas ran Leg 10\n\nin 25:07 for …": a paragraph that opens in lower case after one that did
    // not end a sentence is the same paragraph, broken by the copy
    // (a short first half read as a caption is such a broken sentence too)
    const joinable = prev && (prev.kind === 'paragraph' || prev.kind === 'caption') && (kind === 'paragraph' || kind === 'caption');
    if (prev && joinable && /^\p{Ll}/u.test(text[sp.start] ?? '') && !/[.!?:;"”’)]$/.test(text[prev.end - 1] ?? '')) {
      prev.end = sp.end;
      prev.kind = 'paragraph';
      continue;
    }
    const underHeadline = blocks.length === 0 || (blocks.length === 1 && blocks[0]!.kind === 'headline');
    const read = kind === 'caption' && sp.kind === null && underHeadline && DATELINE_LINE_RULE.test(text.slice(sp.start, sp.end)) ? 'dateline' : kind;
    blocks.push({ start: sp.start, end: sp.end, kind: read, index: blocks.length });
  }
  return blocks;
}
