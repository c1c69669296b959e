/**
 * Shards: `--shard i/n` takes the files whose stable hash (of the source path and the sha256 of its bytes)
 * falls in share i of n. The hash does not depend on the position of a file in the walk, so adding or
 * removing files moves no other file between shards.
 */
import { sha256 } from '../util/hash.js';

export interface ShardSpec {
  /** 1-based. */
  index: number;
  count: number;
}

/** "2/4" → { index: 2, count: 4 }; null when malformed. */
export function parseShard(text: string): ShardSpec | null {
  const m = /^([0-9]{1,4})\/([0-9]{1,4})$/.exec(text);
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && count >= 1 && index <= count ? { index, count } : null;
}

/** The 1-based share of a file (an unreadable file, without a sha256, goes by its source alone). */
export function shareOf(source: string, fileSha256: string | null, count: number): number {
  const h = sha256(`TFSHARD1\u0000${source}\u0000${fileSha256 ?? ''}`);
  return (parseInt(h.slice(0, 12), 16) % count) + 1;
}

/** A name for the set of inputs a sharded run was given, so that merge can tell shards of one split apart. */
export function inputsId(inputs: readonly string[], count: number): string {
  return sha256(`TFINPUTS1\u0000${count}\u0000${inputs.join('\u0000')}`).slice(0, 16);
}
