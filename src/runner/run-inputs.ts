/**
 * The first steps of a run: walk the inputs, key the run (config + code digest), and with a run cache hash
 * every file (the stat index spares the unchanged ones a read) to look the whole run up: every input
 * unchanged since a stored run gives that run's outputs, verified.
 */
import { readFileSync } from 'node:fs';
import type { Problem } from '../types.js';
import { hashFileSync } from '../io/line-reader.js';
import { walkInputs } from '../io/walk.js';
import type { InputFile } from '../io/walk.js';
import { INGEST_EXTENSIONS } from '../ingest/index.js';
import { sha256 } from '../util/hash.js';
import { runFingerprint } from './code-digest.js';
import { hasRunSnapshots, loadRunSnapshot, runKey } from './run-cache.js';
import { knownSha, loadStatIndex, storeStatIndex } from './stat-index.js';
import { writeOutputFiles } from './outputs.js';
import { changesOutput, factsFromSnapshot, readPreviousRun } from './changes-step.js';
import type { RunContext } from './run-context.js';
import type { Finished } from './run-finish.js';

export interface RunFiles {
  readonly files: InputFile[];
  /** Files the walk skipped or could not read. */
  readonly walkProblems: Problem[];
  /** The cache key's pipeline half: the config that affects extraction and the digest of the code that runs. */
  readonly fingerprint: string;
  /** Each file's sha256 once known (hashed, or known unchanged from the stat index). */
  readonly shas: (string | null)[];
  /** Wall-clock time each file was read (the stat index's grace counts from it). */
  readonly readAt: Float64Array;
  readBytesAt(i: number): Buffer | { err: unknown };
  /** Records the files' stats and hashes for the next run (stat-index.ts). */
  saveStatIndex(): Promise<void>;
}

export const readBytes = (f: InputFile): Buffer | { err: unknown } => {
  try {
    return readFileSync(f.rawPath ?? f.path);
  } catch (err) {
    return { err };
  }
};

const hashFile = (f: InputFile): string | null => {
  try {
    return hashFileSync(f.rawPath ?? f.path);
  } catch {
    return null;
  }
};

/** Walks the inputs (sorted) and keys the run. */
export async function walkRun(ctx: RunContext): Promise<RunFiles> {
  let t = ctx.now();
  const { cacheDir } = ctx;
  const walked = await walkInputs([...ctx.inputs], {
    extensions: INGEST_EXTENSIONS,
    maxFileBytes: ctx.config.limits.maxFileBytes,
    exemptFromSize: (p, size) => ctx.isStreamed({ path: p, size }),
    exclude: [ctx.out, ...(cacheDir ? [cacheDir] : [])],
  });
  walked.problems.forEach(ctx.addProblem);
  const files = walked.files;
  ctx.lap('walk', t);
  t = ctx.now();
  const fingerprint = runFingerprint(ctx.config); // config + digest of the code that runs: no stale cache
  ctx.lap('setup', t);
  const shas: (string | null)[] = new Array(files.length).fill(null);
  const readAt = new Float64Array(files.length);
  const saveStatIndex = async () => {
    if (!cacheDir || ctx.cache.unread === files.length) return; // nothing new to record
    try {
      await storeStatIndex(cacheDir, files, shas, readAt, ctx.statGraceMs);
    } catch {
      ctx.cache.writeErrors++;
    }
  };
  const readBytesAt = (i: number) => {
    readAt[i] = Date.now();
    return readBytes(files[i]!);
  };
  return { files, walkProblems: walked.problems, fingerprint, shas, readAt, readBytesAt, saveStatIndex };
}

/** Every file's sha256: from the stat index when unchanged, else read (a streamed file hashed as a stream). */
function hashAll(ctx: RunContext, rf: RunFiles, cacheDir: string): void {
  const t = ctx.now();
  const { files, shas, readAt } = rf;
  const index = loadStatIndex(cacheDir);
  for (let i = 0; i < files.length; i++) {
    const known = knownSha(index, files[i]!);
    if (known) {
      shas[i] = known;
      readAt[i] = Infinity;
      ctx.cache.unread++;
      continue;
    }
    if (ctx.isStreamed(files[i]!)) {
      readAt[i] = Date.now();
      shas[i] = hashFile(files[i]!);
      continue;
    }
    const b = rf.readBytesAt(i);
    if (b instanceof Buffer) shas[i] = sha256(b);
  }
  ctx.lap('hash', t);
}

/** The run cache: with every input unchanged since a stored run, that run's outputs staged (and null otherwise). */
export async function runFromSnapshot(ctx: RunContext, rf: RunFiles): Promise<Finished | null> {
  const { cacheDir } = ctx;
  const { files, shas } = rf;
  if (!cacheDir || ctx.shard || !(await hasRunSnapshots(cacheDir))) return null;
  hashAll(ctx, rf, cacheDir);
  // files the stat index did not know were changed or added: they will be extracted, so the workers (as many
  // as those files need) boot while the run snapshot and the last state are looked at
  const fresh = files.length - ctx.cache.unread;
  if (fresh > 0 && !ctx.poolStarted) {
    ctx.setPoolThreads(Math.min(ctx.threads, Math.max(1, Math.ceil(fresh / 64))));
    ctx.bootPool();
  }
  if (!shas.every((s) => s !== null)) return null;
  let t = ctx.now();
  const key = runKey({ version: ctx.version, fingerprint: rf.fingerprint, format: ctx.formats, debug: ctx.debug, explain: ctx.explain, files: files.map((f, i) => [f.source, shas[i]!] as const) });
  const snap = await loadRunSnapshot(cacheDir, key);
  const snapFacts = snap && factsFromSnapshot(snap.files); // changes.json needs them: a CSV/Parquet-only snapshot is not used
  ctx.lap('cache.run', t);
  if (!snap || !snapFacts) return null;
  t = ctx.now();
  // the previous facts are read before the new set is switched in (it is staged inside --out)
  const changes = changesOutput(readPreviousRun(ctx.out, ctx.addProblem), snapFacts, rf.fingerprint);
  const s = await ctx.stage();
  const written = await writeOutputFiles(s.dir, [...snap.files.map((f) => ({ name: f.name, chunks: [f.data] })), changes.file]);
  ctx.lap('write', t);
  ctx.cache.run = 'hit';
  ctx.cache.hits = files.length;
  snap.manifest.problems.forEach(ctx.addProblem);
  await rf.saveStatIndex();
  return { written, counts: snap.manifest.counts, articles: snap.manifest.articles, processed: files.length, failedFiles: snap.manifest.failedFiles, changes };
}
