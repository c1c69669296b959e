/**
 * One file of a run before extraction: kept from the last run's state, outside this shard's share, a cache hit
 * (applied at once), a failure to read, or a miss returned for extraction.
 */
import type { Problem } from '../types.js';
import type { InputFile } from '../io/walk.js';
import { ioProblem } from '../io/problems.js';
import { sha256 } from '../util/hash.js';
import { shareOf } from './shard.js';
import type { FileResult } from './task.js';
import { readBytes } from './run-inputs.js';
import type { Pending, RunState } from './run-collect.js';

/** The cached result under `key`, or null (counting misses and reporting damaged entries). */
export function lookup(rs: RunState, f: InputFile, key: string): FileResult | null {
  const { ctx } = rs;
  const t0 = ctx.now();
  const hit = rs.packs!.read(key);
  ctx.lap('cache.read', t0);
  if (hit.status === 'hit') return hit.value;
  if (hit.status === 'corrupt') {
    ctx.cache.corrupt++;
    ctx.addProblem({ source: f.source, stage: 'runner', rule: 'runner/cache-corrupt', severity: 'info', reason: `cache entry ${key.slice(0, 12)}… ${hit.reason}; recomputed` });
  }
  return null;
}

type Read = ReturnType<typeof readBytes>;

/** A shard takes only its share, by source and content: the file's bytes when read here for that (or undefined), false when not its share. */
function shardShare(rs: RunState, f: InputFile, i: number): Read | undefined | false {
  const { shard } = rs.ctx;
  if (!shard) return undefined;
  let early: Read | undefined;
  let s = rs.rf.shas[i];
  if (!s) {
    early = rs.rf.readBytesAt(i);
    s = early instanceof Buffer ? sha256(early) : null;
  }
  if (shareOf(f.source, s, shard.count) !== shard.index) {
    rs.col.progress.tick(1, 0);
    return false;
  }
  return early;
}

/** The file's bytes, or null when it cannot be read or grew past the size limit (then it has failed). */
function readChecked(rs: RunState, f: InputFile, i: number, early: Read | undefined): Buffer | null {
  const { ctx } = rs;
  const t0 = ctx.now();
  const bytes = early ?? rs.rf.readBytesAt(i);
  ctx.lap('read', t0);
  if (!(bytes instanceof Buffer)) {
    rs.col.failFile(f, ioProblem(f.source, 'err' in bytes ? bytes.err : null, 'cannot read file'));
    return null;
  }
  if (bytes.length > ctx.config.limits.maxFileBytes) {
    const p: Problem = { source: f.source, stage: 'io', rule: 'io/too-large', severity: 'fatal', reason: `file grew to ${bytes.length} bytes, over limits.maxFileBytes; skipped` };
    rs.col.failFile(f, p);
    return null;
  }
  return bytes;
}

/** Reads, hashes and looks up one file: a cache hit is applied at once; a miss is returned for extraction. */
export function prepareFile(rs: RunState, f: InputFile, i: number): Pending | null {
  const { ctx, col, rf } = rs;
  const kept = rs.plan?.kept[i];
  if (kept) {
    col.applyKept(kept);
    return null;
  }
  const early = shardShare(rs, f, i);
  if (early === false) return null;
  // hashed already (run cache pre-pass): a hit needs no second read of the file
  const known = rf.shas[i];
  if (ctx.cacheDir && known) {
    const cached = lookup(rs, f, rs.keyOf(f, known));
    if (cached) {
      ctx.cache.hits++;
      col.apply(cached, false, f, known);
      return null;
    }
  }
  const bytes = readChecked(rs, f, i, early);
  if (!bytes) return null;
  let key: string | null = null;
  let sha: string | null = null;
  if (ctx.cacheDir) {
    sha = sha256(bytes);
    if (known && known !== sha) col.snapshotable = false; // changed while we ran
    rf.shas[i] = sha;
    key = rs.keyOf(f, sha);
    const cached = known === sha ? null : lookup(rs, f, key); // same sha: looked up above
    if (cached) {
      ctx.cache.hits++;
      col.apply(cached, false, f, sha);
      return null;
    }
    ctx.cache.misses++;
  }
  return { f, bytes, key, sha: sha ?? (ctx.shard ? sha256(bytes) : null) };
}
