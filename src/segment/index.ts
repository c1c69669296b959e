import type { Doc, RawArticle } from '../types.js';
import { segmentBlocks } from './blocks.js';
import { segmentSentences } from './sentences.js';
import { spanIndexAt } from '../util/spans.js';
import { NO_LOG, type DecisionLog } from '../rules/log.js';
import { explainBlocks } from './explain.js';
import { isOwnText } from './own-text.js';

export { BLOCK_RULES, segmentBlocks } from './blocks.js';
export { ABBREVIATIONS, segmentSentences } from './sentences.js';
export { isOwnText } from './own-text.js';

/** Segment stage: the article's body as blocks and sentences, all as offsets into the body. */
export function segmentArticle(raw: RawArticle, articleId: string, log: DecisionLog = NO_LOG): Doc {
  const blocks = segmentBlocks(raw.body, raw.blocks);
  const sentences = segmentSentences(raw.body, blocks);
  const year = raw.publishedAt ? Number(raw.publishedAt.slice(0, 4)) : null;
  const doc: Doc = {
    articleId,
    source: raw.source,
    text: raw.body,
    title: raw.title,
    publishedAt: raw.publishedAt,
    year,
    blocks,
    sentences,
    log,
  };
  if (log.enabled) explainBlocks(doc);
  return doc;
}

/** The block holding offset `pos`, or undefined (binary search: blocks are sorted and disjoint). */
export function blockAt(doc: Doc, pos: number): Doc['blocks'][number] | undefined {
  return doc.blocks[spanIndexAt(doc.blocks, pos)];
}

/** Whether offset `pos` lies in the article's own text (not a headline, caption, related-link line or noise). */
export function ownTextAt(doc: Doc, pos: number): boolean {
  return isOwnText(blockAt(doc, pos));
}
