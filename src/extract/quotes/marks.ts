/**
 * Quote marks → quoted spans, in one left-to-right pass over the blocks (linear time, no regex over the text).
 *
 * A mark opens or closes by what stands around it (left- or right-flanking, as Markdown decides emphasis), and
 * the glyph decides only when the context does not: so straight, curly and mismatched marks (`“…"`) pair up.
 * Rules (ids in `MARK_RULES`): a quote continued into the next paragraph (no closing mark, the next paragraph
 * opens again) is one quote of several parts; an opening mark after a sentence end inside an open quote is
 * the same quote continued (the paragraph break was lost); any other opening mark inside a quote is nested.
 * Single marks are paired only outside double quotes, at word boundaries (never "it's", "Kenteris' lawyer").
 * Quote marks inside HTML tags and Markdown link targets are markup, not quotes.
 */
import type { Block, Doc, Span } from '../../types.js';

export const MARK_RULES = {
  double: { id: 'quote/double', reason: 'text between an opening and a closing double quote mark' },
  continued: { id: 'quote/continued-paragraph', reason: 'a paragraph ends inside a quote and the next one opens again: one quote' },
  collapsed: { id: 'quote/collapsed-break', reason: 'an opening mark after a sentence end inside an open quote: a lost paragraph break, the same quote' },
  unclosed: { id: 'quote/unclosed', reason: 'an opening mark never closed: the quote runs to the end of the paragraph' },
  single: { id: 'quote/single', reason: 'text between single quote marks at word boundaries' },
} as const;
export type MarkRule = keyof typeof MARK_RULES;

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

/** Block kinds whose quotes are the article's own (headlines, captions and link lines are not). */
const QUOTE_BLOCKS: ReadonlySet<string> = new Set(['paragraph', 'list', 'heading', 'dateline']);

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

/** All quoted spans of the document, in text order. */
export function scanQuotes(doc: Doc): RawQuote[] {
  const { text, blocks } = doc;
  const out: RawQuote[] = [];
  // quote marks and the starts of markup: the only characters the scan stops at (a fresh literal per call)
  const INTERESTING = /["“”„«»'‘’<\]=]/g;
  let resumeAt = 0;
  const nextClose: NextClose = { '>': 0, ')': 0 };
  let cur: { start: number; parts: Span[]; partStart: number; depth: number; rule: MarkRule } | null = null;

  const endPart = (end: number) => {
    const sp = cur && trimmed(text, cur.partStart, end);
    if (cur && sp) cur.parts.push(sp);
  };
  const finish = (end: number, closed: boolean) => {
    if (cur && cur.parts.length) out.push({ start: cur.start, end, parts: cur.parts, single: false, closed, rule: closed ? cur.rule : 'unclosed' });
    cur = null;
  };

  for (let bi = 0; bi < blocks.length; bi++) {
    const b: Block = blocks[bi]!;
    if (!QUOTE_BLOCKS.has(b.kind)) {
      if (cur) {
        endPart(blocks[bi - 1]?.end ?? b.start);
        finish(blocks[bi - 1]?.end ?? b.start, false);
      }
      continue;
    }
    let single = -1; // offset of an open single mark, outside double quotes
    const from = Math.max(b.start, resumeAt);
    for (let i = from; i < b.end; i++) {
      // jump to the next character that matters (native scan)
      INTERESTING.lastIndex = i;
      const hit = INTERESTING.exec(text);
      if (!hit || hit.index >= b.end) break;
      i = hit.index;
      const c = text[i]!;
      if (c === '<' || c === ']' || c === '=') {
        const j = skipMarkup(text, i, b.end, nextClose);
        if (j > 0) {
          i = j - 1;
          continue;
        }
      }
      if (isDouble(c)) {
        single = -1;
        const role = roleOf(text, i, b.start, b.end);
        if (!cur) {
          if (role !== 'close') cur = { start: i, parts: [], partStart: i + 1, depth: 1, rule: 'double' };
          continue;
        }
        if (i === cur.partStart && cur.parts.length === 0 && cur.depth === 1 && role !== 'open') {
          // an empty quote: `""`
          cur = null;
          continue;
        }
        if (role === 'open') {
          if (cur.depth === 1 && afterSentenceEnd(text, i, cur.partStart)) {
            endPart(i);
            cur.partStart = i + 1;
            cur.rule = 'collapsed';
          } else cur.depth++;
          continue;
        }
        if (cur.depth > 1) {
          cur.depth--;
          continue;
        }
        endPart(i);
        finish(i + 1, true);
        continue;
      }
      if (!cur && isSingle(c)) {
        const prev = i > b.start ? text[i - 1]! : '';
        const next = i + 1 < b.end ? text[i + 1]! : '';
        if (single < 0) {
          if (c !== '’' && (isSpace(prev) || BEFORE_OPEN.includes(prev)) && isWordChar(next)) single = i;
        } else if (c !== '‘' && !isSpace(prev) && !isWordChar(next)) {
          const sp = trimmed(text, single + 1, i);
          if (sp) out.push({ start: single, end: i + 1, parts: [sp], single: true, closed: true, rule: 'single' });
          single = -1;
        } else if (i - single > 600) single = -1;
      }
    }
    if (!cur) continue;
    // a paragraph ends inside a quote: continued when the next paragraph opens a quote at once
    const nb = blocks[bi + 1];
    endPart(b.end);
    if (nb && QUOTE_BLOCKS.has(nb.kind) && isDouble(text[nb.start]!) && roleOf(text, nb.start, nb.start, nb.end) !== 'close') {
      cur.partStart = nb.start + 1;
      cur.depth = 1;
      cur.rule = 'continued';
      resumeAt = nb.start + 1; // the next block's opening mark is consumed here
    } else finish(b.end, false);
  }
  return out;
}
