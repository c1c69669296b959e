/** Shared shaping of a RawArticle: the headline as the body's first block, hints kept in bounds. */
import type { BlockHint, RawArticle } from '../types.js';

export interface Parts {
  title: string | null;
  publishedAt: string | null;
  byline?: string | null;
  body: string;
  blocks: BlockHint[];
}

const foldTitle = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Puts the title at the top of the body as a `headline` block, unless the body already starts with
 * it (then that first block becomes the headline): every format then gives the same body.
 */
export function withHeadline(p: Parts): Parts {
  const title = p.title?.replace(/\s+/g, ' ').trim() || null;
  if (!title) return { ...p, title };
  const firstEnd = p.body.indexOf('\n');
  const first = firstEnd === -1 ? p.body : p.body.slice(0, firstEnd);
  if (foldTitle(first) === foldTitle(title)) {
    const end = first.length;
    const blocks = p.blocks.filter((b) => b.start >= end);
    return { ...p, title, blocks: [{ start: 0, end, kind: 'headline' }, ...blocks] };
  }
  const shift = title.length + 2;
  const body = p.body ? `${title}\n\n${p.body}` : title;
  const blocks: BlockHint[] = [{ start: 0, end: title.length, kind: 'headline' }];
  for (const b of p.blocks) blocks.push({ start: b.start + shift, end: b.end + shift, kind: b.kind });
  return { ...p, title, body, blocks };
}

export function toArticle(source: string, sha256: string, p: Parts): RawArticle {
  const a: RawArticle = { source, sha256, title: p.title, publishedAt: p.publishedAt, body: p.body, blocks: p.blocks.filter((b) => b.end > b.start && b.end <= p.body.length) };
  if (p.byline) a.byline = p.byline;
  return a;
}
