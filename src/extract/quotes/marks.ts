/**
 * Quote marks → quoted spans, in one left-to-right pass over the blocks (linear time, no regex over the text).
 *
 * A mark opens or closes by what stands around it (left- or right-flanking, as Markdown decides emphasis), and
 * the glyph decides only when the context does not: so straight, curly and mismatched marks (`“…"`) pair up.
 * Rules (`RULES` in rules.ts): a quote continued into the next paragraph (no closing mark, the next paragraph
 * opens again) is one quote of several parts; an opening mark after a sentence end inside an open quote is
 * the same quote continued (the paragraph break was lost); any other opening mark inside a quote is nested.
 * Single marks are paired only outside double quotes, at word boundaries (never "it's", "Kenteris' lawyer").
 * Quote marks inside HTML tags and Markdown link targets are markup, not quotes.
 */
import type { Block, Doc, Span } from '../../types.js';
import { isOwnText } from '../../segment/own-text.js';

/** The mark rule of a span: a key of `RULES` (rules.ts). */
export type MarkRule = 'double' | 'continued' | 'collapsed' | 'unclosed' | 'single';

export interface RawQuote {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark (or the end of the last part when never closed). */
  end: number;
  parts: Span[];
  single: boolean;
  closed: boolean;
  rule: MarkRule;
}

const DOUBLE_OPEN = '“„«';
const DOUBLE_CLOSE = '”»';
const isDouble = (c: string) => c === '"' || DOUBLE_OPEN.includes(c) || DOUBLE_CLOSE.includes(c);
const isSingle = (c: string) => c === "'" || c === '‘' || c === '’';
const isSpace = (c: string) => c === '' || c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0' || c === '\f' || c === '\v';
const BEFORE_OPEN = '([{—–-/:';
const AFTER_CLOSE = '.,;:!?)]}—–-/…';
const isWordChar = (c: string) => c !== '' && /[\p{L}\p{N}]/u.test(c);

type Role = 'open' | 'close' | 'toggle';

function roleOf(text: string, i: number, from: number, to: number): Role {
  const c = text[i]!;
  const prev = i > from ? text[i - 1]! : '';
  const next = i + 1 < to ? text[i + 1]! : '';
  if (c === '«' || c === '»') return c === '«' ? 'open' : 'close'; // guillemets are spaced: the glyph decides
  const left = !isSpace(next) && !'.,;:!?)]}…'.includes(next) && (isSpace(prev) || BEFORE_OPEN.includes(prev) || isDouble(prev) || isSingle(prev));
  const right = !isSpace(prev) && !'([{'.includes(prev) && (isSpace(next) || AFTER_CLOSE.includes(next) || isDouble(next) || isSingle(next));
  if (left && !right) return 'open';
  if (right && !left) return 'close';
  if (DOUBLE_OPEN.includes(c)) return 'open';
  if (DOUBLE_CLOSE.includes(c)) return 'close';
  return 'toggle';
}

/** Where the next `>` and `)` are (found once, reused while still ahead): keeps markup skipping linear. */
interface NextClose {
  '>': number;
  ')': number;
}

/** Offset of the first char after markup starting at `i` (`<tag …>`, `](target "title")`, `="value"`), or -1. */
function skipMarkup(text: string, i: number, to: number, next: NextClose): number {
  const c = text[i];
  const n = text[i + 1] ?? '';
  let close: '>' | ')' | '' = '';
  if (c === '<' && /[A-Za-z/!]/.test(n)) close = '>';
  else if (c === ']' && n === '(') close = ')';
  else if (c === '=' && (n === '"' || n === "'")) {
    const j = text.indexOf(n, i + 2);
    return j >= 0 && j < to && j - i < 2000 ? j + 1 : -1;
  }
  if (!close) return -1;
  if (next[close] !== -1 && next[close] <= i) next[close] = text.indexOf(close, i + 1);
  const j = next[close];
  return j > i && j < to && j - i < 2000 ? j + 1 : -1;
}

/** Whether only spaces stand between a sentence-final mark and `i` (inside `[from, i)`). */
function afterSentenceEnd(text: string, i: number, from: number): boolean {
  let j = i - 1;
  while (j >= from && isSpace(text[j]!)) j--;
  return j >= from && j < i - 1 && '.!?'.includes(text[j]!);
}

function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && isSpace(text[start]!)) start++;
  while (end > start && isSpace(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** A double quote opened and not yet closed. */
interface Open {
  start: number;
  parts: Span[];
  partStart: number;
  depth: number;
  rule: MarkRule;
}

/** The state of one pass over the article's blocks. */
interface Scan {
  text: string;
  out: RawQuote[];
  cur: Open | null;
  /** The next block's opening mark, when a quote continued into it, is consumed: the scan resumes after it. */
  resumeAt: number;
  nextClose: NextClose;
  /** Quote marks and the starts of markup: the only characters the scan stops at (a fresh literal per scan). */
  interesting: RegExp;
}

/** All quoted spans of the document, in text order (quotes only in the article's own text: `isOwnText`). */
export function scanQuotes(doc: Doc): RawQuote[] {
  const { text, blocks } = doc;
  const s: Scan = { text, out: [], cur: null, resumeAt: 0, nextClose: { '>': 0, ')': 0 }, interesting: /["“”„«»'‘’<\]=]/g };
  for (let bi = 0; bi < blocks.length; bi++) {
    const b: Block = blocks[bi]!;
    if (!isOwnText(b)) {
      // a quote open at a caption or link line ends with the block before it
      const end = blocks[bi - 1]?.end ?? b.start;
      endPart(s, end);
      finish(s, end, false);
      continue;
    }
    scanBlock(s, b);
    if (s.cur) carryOver(s, b, blocks[bi + 1]);
  }
  return s.out;
}

function endPart(s: Scan, end: number): void {
  const sp = s.cur && trimmed(s.text, s.cur.partStart, end);
  if (s.cur && sp) s.cur.parts.push(sp);
}

function finish(s: Scan, end: number, closed: boolean): void {
  const cur = s.cur;
  if (cur && cur.parts.length) s.out.push({ start: cur.start, end, parts: cur.parts, single: false, closed, rule: closed ? cur.rule : 'unclosed' });
  s.cur = null;
}

/** The marks of one block, jumping from one interesting character to the next (native scan). */
function scanBlock(s: Scan, b: Block): void {
  const { text } = s;
  let single = -1; // offset of an open single mark, outside double quotes
  for (let i = Math.max(b.start, s.resumeAt); i < b.end; i++) {
    s.interesting.lastIndex = i;
    const hit = s.interesting.exec(text);
    if (!hit || hit.index >= b.end) break;
    i = hit.index;
    const c = text[i]!;
    if (c === '<' || c === ']' || c === '=') {
      const j = skipMarkup(text, i, b.end, s.nextClose);
      if (j > 0) {
        i = j - 1;
        continue;
      }
    }
    if (isDouble(c)) {
      single = -1;
      doubleMark(s, i, b);
    } else if (!s.cur && isSingle(c)) single = singleMark(s, i, b, single);
  }
}

/** A double mark at `i`: opens a quote, nests, continues one after a lost paragraph break, or closes it. */
function doubleMark(s: Scan, i: number, b: Block): void {
  const role = roleOf(s.text, i, b.start, b.end);
  const cur = s.cur;
  if (!cur) {
    if (role !== 'close') s.cur = { start: i, parts: [], partStart: i + 1, depth: 1, rule: 'double' };
    return;
  }
  if (i === cur.partStart && cur.parts.length === 0 && cur.depth === 1 && role !== 'open') {
    s.cur = null; // an empty quote: `""`
    return;
  }
  if (role === 'open') {
    if (cur.depth === 1 && afterSentenceEnd(s.text, i, cur.partStart)) {
      endPart(s, i);
      cur.partStart = i + 1;
      cur.rule = 'collapsed';
    } else cur.depth++;
    return;
  }
  if (cur.depth > 1) {
    cur.depth--;
    return;
  }
  endPart(s, i);
  finish(s, i + 1, true);
}

/** A single mark at `i`, outside double quotes: opens at a word start, closes at a word end. The open one's offset, or -1. */
function singleMark(s: Scan, i: number, b: Block, single: number): number {
  const { text } = s;
  const c = text[i]!;
  const prev = i > b.start ? text[i - 1]! : '';
  const next = i + 1 < b.end ? text[i + 1]! : '';
  if (single < 0) return c !== '’' && (isSpace(prev) || BEFORE_OPEN.includes(prev)) && isWordChar(next) ? i : single;
  if (c !== '‘' && !isSpace(prev) && !isWordChar(next)) {
    const sp = trimmed(text, single + 1, i);
    if (sp) s.out.push({ start: single, end: i + 1, parts: [sp], single: true, closed: true, rule: 'single' });
    return -1;
  }
  return i - single > 600 ? -1 : single;
}

/** A paragraph ends inside a quote: continued when the next paragraph opens a quote at once, else unclosed. */
function carryOver(s: Scan, b: Block, nb: Block | undefined): void {
  const cur = s.cur!;
  endPart(s, b.end);
  if (nb && isOwnText(nb) && isDouble(s.text[nb.start]!) && roleOf(s.text, nb.start, nb.start, nb.end) !== 'close') {
    cur.partStart = nb.start + 1;
    cur.depth = 1;
    cur.rule = 'continued';
    s.resumeAt = nb.start + 1; // the next block's opening mark is consumed here
  } else finish(s, b.end, false);
}
