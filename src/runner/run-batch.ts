/**
 * runBatch: inputs (files and folders) in, facts.json (or NDJSON per kind) and run-report.json out.
 *
 * Files are walked in sorted order and read one by one (small synchronous reads are the cheapest), looked
 * up in the per-file cache, and on a miss ingested and extracted in worker threads (piscina), a batch of
 * files per task, each file under a time budget (a batch that overruns is re-run file by file, so only the
 * culprit fails). Each file's facts are folded into the merge state as they arrive and then dropped:
 * no article text is kept (except with includeText, where it is part of the output). The merge is
 * order-independent, so the output is byte-identical at any concurrency. When every input is unchanged
 * since a stored run, the run cache gives the outputs directly.
 *
 * The steps, in order: run-context.ts (options, clock, pool), preflight.ts (inputs, output lock, cache folder),
 * run-inputs.ts (walk, run cache), the last run's state (incremental.ts), run-prepare.ts and run-stream.ts (each
 * file: kept, cached or to extract), run-dispatch.ts (batches to the workers), run-collect.ts (results into the
 * merge state), run-finish.ts (facts, outputs, stored state, report, commit).
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { existsSync } from 'node:fs';
import type { Plan, Base } from './incremental.js';
import { loadBase, planFromBase } from './incremental.js';
import { openPackStore } from './pack-store.js';
import type { PackStore } from './pack-store.js';
import type { RunReport } from './report.js';
import { escapeForTerminal } from '../util/escape-terminal.js';
import { missingInputs, prepareOutput, probeCacheDir } from './preflight.js';
import { beginCacheSession } from './cache-sweep.js';
import type { CacheSession } from './cache-sweep.js';
import { RunError } from './run-error.js';
import { outputOptions } from './shard-state.js';
import { createRunContext } from './run-context.js';
import type { RunBatchOptions, RunContext } from './run-context.js';
import { runFromSnapshot, walkRun } from './run-inputs.js';
import type { RunFiles } from './run-inputs.js';
import { createRunState, fileKeyOf } from './run-collect.js';
import type { RunState } from './run-collect.js';
import { prepareFile } from './run-prepare.js';
import { streamFile } from './run-stream.js';
import { createDispatcher } from './run-dispatch.js';
import { finishRun, writeRun } from './run-finish.js';

export type { RunBatchOptions } from './run-context.js';
export { defaultCacheDir, STREAM_JSONL_BYTES } from './run-context.js';
export { REPORT_FILE } from './run-finish.js';

export async function runBatch(inputs: string[], options: RunBatchOptions): Promise<RunReport> {
  const ctx = createRunContext(inputs, options);
  const { cacheDir } = ctx;
  // before anything is read or written: inputs exist, the output folder is usable and locked (preflight.ts)
  const missing = await missingInputs(inputs);
  if (missing.length) throw new RunError(`input not found: ${missing.map(escapeForTerminal).join(', ')}; nothing written`, 'input-missing');
  const lock = await prepareOutput(ctx.out, { lockWaitMs: options.lockWaitMs });
  let cacheSession: CacheSession | null = null;
  try {
    if (cacheDir) {
      const unwritable = await probeCacheDir(cacheDir);
      if (unwritable) ctx.addProblem(unwritable);
      else cacheSession = await beginCacheSession(cacheDir);
      ctx.cacheWritable = !unwritable;
    }
    // Workers take a while to start (each builds its pipeline). Without a cache every file needs them:
    // start them now so that they boot while the inputs are walked. With a cache they start on the first miss.
    if (!cacheDir || !existsSync(cacheDir)) ctx.bootPool();
    return await run(ctx);
  } finally {
    await ctx.closePool().catch(() => undefined); // never leave workers keeping the process alive
    await ctx.set?.discard().catch(() => undefined); // a run that did not commit leaves no staging folder
    cacheSession?.end();
    lock.release();
  }
}

async function run(ctx: RunContext): Promise<RunReport> {
  const rf = await walkRun(ctx);
  // the run cache: every input unchanged since a stored run → its outputs, verified
  const replayed = await runFromSnapshot(ctx, rf);
  if (replayed) return finishRun(ctx, rf, replayed);
  const packs = ctx.cacheDir ? openPackStore(ctx.cacheDir) : null;
  const { base, plan } = await lastState(ctx, rf, packs);
  const rs = createRunState(ctx, rf, packs, plan);
  await extractAll(rs);
  return finishRun(ctx, rf, await writeRun(rs, base));
}

/** The last run's state: unchanged files are taken from it as they are, removed and changed ones taken away. */
async function lastState(ctx: RunContext, rf: RunFiles, packs: PackStore | null): Promise<{ base: Base | null; plan: Plan | null }> {
  const { cacheDir, shard } = ctx;
  const outputOpts = outputOptions(ctx.config);
  const base = cacheDir && !shard ? await loadBase(cacheDir, rf.fingerprint, outputOpts) : null;
  if (!base) return { base, plan: null };
  const t = ctx.now();
  const keyOf = fileKeyOf(ctx, rf);
  const plan = planFromBase(base, rf.files.map((f, i) => [f.source, rf.shas[i] ?? null] as const), (row) => {
    const hit = packs!.read(keyOf(row, row.sha256!));
    return hit.status === 'hit' ? hit.value : null;
  });
  const pending = plan ? plan.kept.filter((k) => !k).length : 0;
  ctx.setPoolThreads(Math.min(ctx.threads, Math.max(1, Math.ceil(pending / 64)))); // a thread's start-up costs ~60 articles
  if (pending) ctx.bootPool(); // boots while the state is applied
  ctx.lap('cache.state', t);
  if (plan) ctx.cache.state = 'applied';
  return { base, plan };
}

/** One pass over the files in order: each kept, cached or sent to the workers; then the per-file cache committed. */
async function extractAll(rs: RunState): Promise<void> {
  const { ctx, rf, packs, plan } = rs;
  const { files, shas } = rf;
  const d = createDispatcher(rs);
  try {
    for (let i = 0; i < files.length; i++) {
      // a big JSON Lines file is streamed, unless the last run's state already holds it or a shard takes a share
      if (ctx.isStreamed(files[i]!) && !plan?.kept[i] && !ctx.shard && (await streamFile(rs, d, files[i]!, i))) continue;
      const p = prepareFile(rs, files[i]!, i);
      if (!p) {
        if (i % 256 === 255) await nextTurn(); // long runs of cache hits: let progress and results in
        continue;
      }
      await d.enqueue(p);
    }
    await d.drain();
    if (packs) {
      // the entries are in a pack and the index before the state and the run snapshot refer to them
      const t = ctx.now();
      const used = files.flatMap((f, i) => (shas[i] ? [rs.keyOf(f, shas[i]!)] : []));
      await packs.commit(used, ctx.config.runner.cacheKeepRuns).catch(() => void ctx.cache.writeErrors++);
      ctx.lap('cache.write', t);
    }
  } finally {
    packs?.close();
    d.stop();
    await ctx.closePool();
  }
  rs.col.progress.done();
}
