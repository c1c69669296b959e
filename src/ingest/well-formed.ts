/**
 * Well-formed Unicode from ingest on: a lone surrogate (a JSON `"\udc00"`, an odd UTF-16 file) in an
 * article's text, title, byline, date or source is replaced by U+FFFD, one code unit for one, so every
 * offset stays where it was. Without it the lone surrogate reaches every output, where strict readers
 * (DuckDB, pandas' CSV writer, any UTF-8 validator) refuse the whole file.
 */
import type { Problem, RawArticle } from '../types.js';
import { problem } from './problems.js';

const LONE = /[\ud800-\udfff]/gu; // with the u flag only unpaired halves match

/** `s` with its lone surrogates replaced, and how many there were. */
export function toWellFormedCount(s: string): { text: string; replaced: number } {
  if ((s as unknown as { isWellFormed(): boolean }).isWellFormed()) return { text: s, replaced: 0 };
  let replaced = 0;
  const text = s.replace(LONE, () => {
    replaced++;
    return '\ufffd';
  });
  return { text, replaced };
}

/** Makes every string of `articles` well-formed, in place; a warning naming the file when any was not. */
export function wellFormedArticles(articles: RawArticle[], file: string): Problem | null {
  let replaced = 0;
  const fix = (s: string): string => {
    const r = toWellFormedCount(s);
    replaced += r.replaced;
    return r.text;
  };
  for (const a of articles) {
    a.source = fix(a.source);
    a.body = fix(a.body);
    if (a.title !== null) a.title = fix(a.title);
    if (a.publishedAt !== null) a.publishedAt = fix(a.publishedAt);
    if (a.byline) a.byline = fix(a.byline);
  }
  if (!replaced) return null;
  return problem(file, 'ingest/ill-formed-unicode', 'warning', `${replaced} lone surrogate${replaced === 1 ? '' : 's'} (ill-formed UTF-16) replaced by U+FFFD`);
}
