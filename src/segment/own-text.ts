/**
 * The article's own text: the blocks whose sentences the article itself states. Headlines, photo captions,
 * related-link lines and noise are not (a caption repeats or previews, a link line names another story), so
 * the stages that read facts, quotes and persons from the body ask this one predicate.
 */
import type { Block, BlockKind } from '../types.js';

const OWN_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['paragraph', 'list', 'heading', 'dateline']);

/** Whether `block` is the article's own text (a paragraph, list, heading or dateline). */
export function isOwnText(block: Block | undefined): boolean {
  return block !== undefined && OWN_KINDS.has(block.kind);
}
