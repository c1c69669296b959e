/**
 * Plain text: the decoded text is the body (Markdown noise reduced when there is any). Line 1 is the
 * headline when it reads like one; a `date YYYY-MM-DD` line (line 1 or 2, also glued to the first
 * paragraph) is the dateline and gives publishedAt.
 */
import type { BlockHint } from '../types.js';
import type { Parts } from './article.js';
import { parseDate } from './dates.js';
import { looksLikeMarkup, reduceMarkdown } from './markdown.js';
import { defineRules, ruleOf } from './table.js';

/** Header rules of plain-text news files. */
export const TXT_RULES = defineRules([
  { id: 'txt/headline-line-1', reason: 'news files put the headline alone on line 1: short, no final full stop', max: 200 },
  { id: 'txt/headline-words', reason: 'a headline has at most this many words; a longer first line is a paragraph', max: 25 },
  {
    id: 'txt/dateline-keyword',
    reason: 'a date after a keyword (date, published, posted, updated) on line 1 or 2, also glued to the first paragraph',
    pattern: /^[ \t]{0,8}(?:date|published(?:[ \t]on)?|posted(?:[ \t]on)?|updated)[ \t]{0,4}:?[ \t]{0,4}(\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?[ \t]\p{L}{3,9}\.?,?[ \t]\d{4}|\p{L}{3,9}\.?[ \t]\d{1,2}(?:st|nd|rd|th)?,?[ \t]\d{4})/iu,
  },
  { id: 'txt/dateline-bare', reason: 'a line that is only a date, under the headline', pattern: /^[ \t]{0,8}(\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?[ \t]\p{L}{3,9}\.?,?[ \t]\d{4}|\p{L}{3,9}\.?[ \t]\d{1,2}(?:st|nd|rd|th)?,?[ \t]\d{4})[ \t]*$/u },
] as const);

/** A headline is short and does not end like a sentence. */
export const HEADLINE_RULE = { maxChars: ruleOf(TXT_RULES, 'txt/headline-line-1').max!, maxWords: ruleOf(TXT_RULES, 'txt/headline-words').max! };
const DATELINE_KEYWORD = ruleOf(TXT_RULES, 'txt/dateline-keyword').pattern!;
const DATELINE_BARE = ruleOf(TXT_RULES, 'txt/dateline-bare').pattern!;

function readsLikeHeadline(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > HEADLINE_RULE.maxChars || !/\p{L}/u.test(t)) return false;
  if (/[.:;,]$/.test(t) && !/\.\.\.$|…$/.test(t)) return false;
  return t.split(/\s+/).length <= HEADLINE_RULE.maxWords;
}

function matchDateline(body: string, from: number): { end: number; date: string } | null {
  const lineEnd = body.indexOf('\n', from);
  const line = body.slice(from, lineEnd === -1 ? Math.min(body.length, from + 300) : Math.min(lineEnd, from + 300));
  const m = DATELINE_KEYWORD.exec(line) ?? DATELINE_BARE.exec(line);
  if (!m) return null;
  const date = parseDate(m[1]);
  if (!date) return null;
  // A time after an ISO date ("2024-05-16T09:30:00Z") belongs to the dateline.
  const time = /^[T ]\d{2}:\d{2}[\d:.+Z-]{0,20}/.exec(line.slice(m[0].length));
  const len = m[0].length + (time && /^\d{4}-/.test(m[1]!) ? time[0].length : 0);
  const rest = line.slice(len);
  return { end: from + (rest.trim() ? len : line.trimEnd().length), date };
}

export function ingestTxt(text: string): Parts {
  if (!looksLikeMarkup(text)) return readHeader(text, []);
  const r = reduceMarkdown(text);
  return readHeader(r.text, r.blocks);
}

/** Headline (line 1) and dateline (line 1 or 2) of a plain-text body; other hints kept after them. */
export function readHeader(body: string, blocks: BlockHint[]): Parts {
  let title: string | null = null;
  let publishedAt: string | null = null;
  const hints: BlockHint[] = [];
  let pos = 0;
  const d1 = matchDateline(body, 0);
  if (d1) {
    publishedAt = d1.date;
    hints.push({ start: 0, end: d1.end, kind: 'dateline' });
  } else {
    const nl = body.indexOf('\n');
    const line1 = nl === -1 ? '' : body.slice(0, nl);
    if (nl !== -1 && readsLikeHeadline(line1) && /\S/.test(body.slice(nl))) {
      const start = line1.length - line1.trimStart().length;
      title = line1.trim();
      hints.push({ start, end: start + title.length, kind: 'headline' });
      pos = nl + 1;
      const d2 = matchDateline(body, pos);
      if (d2) {
        publishedAt = d2.date;
        hints.push({ start: pos, end: d2.end, kind: 'dateline' });
      }
    }
  }
  // Hints of the reduction that the header lines cover are replaced by the header hints.
  const covered = hints.length ? hints[hints.length - 1]!.end : 0;
  const merged = [...hints, ...blocks.filter((b) => b.start >= covered)];
  return { title, publishedAt, body, blocks: merged };
}
