/**
 * Ingest: bytes in, articles out. Pure (no fs): the I/O layer reads the file and passes its bytes and
 * relative path. The extension picks the format; the bytes decide the encoding. Problems are data.
 *
 *   const { articles, problems } = ingestFile(bytes, 'seeds/000.txt', defaultIngestOptions);
 */
import type { IngestResult } from '../types.js';
import { sha256 } from '../util/hash.js';
import { toArticle, withHeadline } from './article.js';
import { decodeBytes } from './decode.js';
import { reduceHtml } from './html/index.js';
import { ingestJson, ingestJsonl } from './json.js';
import { ingestMd } from './md.js';
import { problem, type IngestRule } from './problems.js';
import { ingestTxt } from './txt.js';
import { wellFormedArticles } from './well-formed.js';

export { decodeBytes, normaliseNewlines } from './decode.js';
export { parseDate } from './dates.js';
export { reduceMarkdown, looksLikeMarkup } from './markdown.js';
export { reduceHtml } from './html/index.js';
export type { ReducedHtml } from './html/index.js';

export { IngestOptionsSchema, defaultIngestOptions } from './options.js';
export type { IngestOptions } from './options.js';
import { defaultIngestOptions, type IngestOptions } from './options.js';

/** File extensions ingest reads (lower case, with the dot). */
export const INGEST_EXTENSIONS: readonly string[] = Object.freeze(['.txt', '.md', '.markdown', '.html', '.htm', '.json', '.jsonl', '.ndjson']);

function extensionOf(source: string): string {
  const base = source.slice(source.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

/** Reads one file's bytes as zero or more articles. Never throws on bad input. */
export function ingestFile(bytes: Uint8Array, source: string, options: IngestOptions = defaultIngestOptions): IngestResult {
  const ext = extensionOf(source);
  if (!INGEST_EXTENSIONS.includes(ext)) return { articles: [], problems: [problem(source, 'ingest/unsupported', 'fatal', `unsupported file type "${ext || '(none)'}"`)] };
  const decoded = decodeBytes(bytes, source);
  if (!decoded.ok) return { articles: [], problems: decoded.problems };
  const text = decoded.value.text;
  const hash = sha256(bytes);
  const problems = [...decoded.problems];
  if (ext === '.json' || ext === '.jsonl' || ext === '.ndjson') {
    const r = ext === '.json' ? ingestJson(text, source, hash, options.json.fields) : ingestJsonl(text, source, hash, options.json.fields);
    if (!r.articles.length) {
      // Nothing read: one fatal problem that says why (the first reason), not one line per bad item.
      const fatal = r.problems.find((p) => p.severity === 'fatal');
      const first = fatal ?? r.problems[0];
      const more = r.problems.length - 1;
      const reason = first ? `no article in the file: ${first.reason}${more > 0 ? ` (and ${more} more problems)` : ''}` : 'no article in the file';
      return { articles: [], problems: [...problems, problem(source, first && first.rule !== 'ingest/json-shape' ? (first.rule as IngestRule) : 'ingest/empty', 'fatal', reason)] };
    }
    const unicode = wellFormedArticles(r.articles, source);
    return { articles: r.articles, problems: [...problems, ...r.problems, ...(unicode ? [unicode] : [])] };
  }
  let parts;
  if (ext === '.html' || ext === '.htm') {
    const h = reduceHtml(text);
    parts = withHeadline({ title: h.title, publishedAt: h.publishedAt, byline: h.byline, body: h.text, blocks: h.blocks });
  } else if (ext === '.md' || ext === '.markdown') {
    const r = ingestMd(text, source);
    problems.push(...r.problems);
    parts = r.parts;
  } else parts = ingestTxt(text);
  if (!/\S/.test(parts.body) || (parts.title !== null && parts.body.trim() === parts.title)) {
    problems.push(problem(source, ext.startsWith('.htm') ? 'ingest/html-no-content' : 'ingest/empty', 'fatal', 'no article text found'));
    return { articles: [], problems };
  }
  const articles = [toArticle(source, hash, parts)];
  const unicode = wellFormedArticles(articles, source);
  if (unicode) problems.push(unicode);
  return { articles, problems };
}
