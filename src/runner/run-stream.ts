/**
 * A big JSON Lines file, streamed: each line is a unit in the batches (looked up in the cache by the line's
 * bytes), so the file is never held whole. The file is done when it is read to the end and every unit is applied
 * (run-collect.ts); its articles then get the file's sha256, known only at the end, as if read whole.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { InputFile } from '../io/walk.js';
import { readLines, streamableJsonl } from '../io/line-reader.js';
import type { LineEvent } from '../io/line-reader.js';
import { ioProblem } from '../io/problems.js';
import { createJsonlPlanner } from '../ingest/jsonl-stream.js';
import type { JsonlPlanner } from '../ingest/jsonl-stream.js';
import { sha256 } from '../util/hash.js';
import { cacheKey } from './cache.js';
import { lookup } from './run-prepare.js';
import type { Dispatcher } from './run-dispatch.js';
import type { RunState, StreamGroup } from './run-collect.js';

/** Streams one JSON Lines file into the batches, a unit per line; false when it cannot be streamed (UTF-16). */
export async function streamFile(rs: RunState, d: Dispatcher, f: InputFile, i: number): Promise<boolean> {
  const { ctx, col, rf } = rs;
  const maxBytes = ctx.config.limits.maxFileBytes;
  if (!streamableJsonl(f.rawPath ?? f.path)) {
    if (f.size <= maxBytes) return false;
    col.extractionProblem({ source: f.source, stage: 'io', rule: 'io/too-large', severity: 'fatal', reason: `file is ${f.size} bytes, over limits.maxFileBytes, and not UTF-8 JSON Lines that could be read line by line; skipped` });
    col.failedFiles++;
    col.progress.tick(1, 0);
    return true;
  }
  const g: StreamGroup = { f, pending: 0, read: false, articles: [], fatal: false, sha: null, problems: [] };
  const planner = createJsonlPlanner(f.source, ctx.config.ingest.json.fields);
  rf.readAt[i] = Date.now();
  const known = rf.shas[i];
  try {
    const lines = readLines(f.rawPath ?? f.path, maxBytes);
    let r = lines.next();
    for (; !r.done; r = lines.next()) await streamLine(rs, d, g, planner, r.value);
    g.sha = r.value;
  } catch (err) {
    col.extractionProblem(ioProblem(f.source, err, 'cannot read file'));
    g.fatal = true;
    col.snapshotable = false;
  }
  planner.finish().forEach(col.extractionProblem);
  if (known && known !== g.sha) col.snapshotable = false; // changed while we ran
  rf.shas[i] = g.sha;
  g.read = true;
  col.finishGroup(g);
  return true;
}

/** One line: skipped (too long, blank, a problem), a cache hit applied, or a unit enqueued for extraction. */
async function streamLine(rs: RunState, d: Dispatcher, g: StreamGroup, planner: JsonlPlanner, ev: LineEvent): Promise<void> {
  const { ctx, col } = rs;
  const { f } = g;
  if (ev.kind === 'too-long') {
    planner.skip();
    g.fatal = true;
    col.extractionProblem({ source: f.source, stage: 'io', rule: 'io/too-large', severity: 'fatal', reason: `line ${ev.lineNo} is ${ev.bytes} bytes, over limits.maxFileBytes; skipped` });
    return;
  }
  const plan = planner.line(ev.bytes, ev.lineNo);
  if (!plan) return;
  if ('problem' in plan) return col.extractionProblem(plan.problem);
  const u = plan.unit;
  const key = ctx.cacheDir ? cacheKey({ fileSha256: sha256(ev.bytes), source: `${f.source}\u0000${u.where}\u0000${u.index}\u0000${u.duplicateId ?? ''}`, fingerprint: rs.rf.fingerprint, debug: ctx.explain }) : null;
  g.pending++;
  if (key) {
    const cached = lookup(rs, f, key);
    if (cached) {
      ctx.cache.hits++;
      col.apply(cached, false, f, null, g);
      if (u.index % 256 === 255) await nextTurn();
      return;
    }
    ctx.cache.misses++;
  }
  await d.enqueue({ f, bytes: ev.bytes, key, sha: null, unit: u, group: g });
}
