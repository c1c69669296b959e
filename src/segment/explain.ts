/**
 * Blocks not taken as the article's own text, for the decision log (issue 12): captions, related-link lines and
 * noise. Their words are still read, but no fact is kept from them alone (normalise's own-text test). The rule
 * is the block rule that classified the block, or the ingester's label when the source marked it (HTML).
 * Called only when the log is on.
 */
import type { Doc } from '../types.js';
import type { DropRule } from '../rules/reject.js';
import { rejected } from '../rules/reject.js';
import { BLOCK_RULES } from './blocks.js';

export const INGEST_LABEL: DropRule = { id: 'block/ingest-label', reason: 'the source marked the block (an HTML caption, figure, aside or related-links list): not the article\'s own text' };

const NOT_OWN: ReadonlySet<string> = new Set(['caption', 'related', 'noise']);

export function explainBlocks(doc: Doc): void {
  for (const b of doc.blocks) {
    if (!NOT_OWN.has(b.kind)) continue;
    const text = doc.text.slice(b.start, b.end);
    const rule = BLOCK_RULES.find((r) => r.kind === b.kind && r.test(text)) ?? INGEST_LABEL;
    rejected(doc.log, 'segment', rule, b.start, b.end, () => `${b.kind}: ${rule.reason}`);
  }
}
