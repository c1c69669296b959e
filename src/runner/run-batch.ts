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
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pLimit from 'p-limit';
import type { Config } from '../config/schema.js';
import type { ArticleFacts, Problem } from '../types.js';
import { createJsonlPlanner } from '../ingest/jsonl-stream.js';
import type { JsonlUnit } from '../ingest/jsonl-stream.js';
import { hashFileSync, readLines, streamableJsonl } from '../io/line-reader.js';
import { FACT_KINDS } from '../schema/facts.js';
import type { FactsFile } from '../schema/facts.js';
import { finalizeFacts } from '../merge/index.js';
import { applyArticle, createLedger, ledgerToMergeState } from '../merge/ledger.js';
import type { FileRow } from '../merge/state-file.js';
import { shareOf } from './shard.js';
import type { ShardSpec } from './shard.js';
import { stateInfo, writeShardState } from './shard-state.js';
import { loadBase, planFromBase, readSnapshotFacts, spliceFacts, storeState } from './incremental.js';
import type { Plan } from './incremental.js';
import { PIPELINE_VERSION } from '../fingerprint.js';
import { runFingerprint } from './code-digest.js';
import { INGEST_EXTENSIONS } from '../ingest/index.js';
import { sha256 } from '../util/hash.js';
import { walkInputs } from '../io/walk.js';
import type { InputFile } from '../io/walk.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { ioProblem } from '../io/problems.js';
import { cacheKey, parseFreshEntry } from './cache.js';
import { openPackStore } from './pack-store.js';
import { hasRunSnapshots, loadRunSnapshot, runKey, storeRunSnapshot } from './run-cache.js';
import { DEFAULT_STAT_GRACE_MS, knownSha, loadStatIndex, storeStatIndex } from './stat-index.js';
import type { RunManifest } from './run-cache.js';
import type { CacheStats, RunReport } from './report.js';
import { countProblems, reportJsonChunks, roundTimings, sortProblems } from './report.js';
import { createExtractPool, defaultConcurrency } from './pool.js';
import type { ExtractPool } from './pool.js';
import { createProgress } from './progress.js';
import type { ProgressStream } from './progress.js';
import { FACTS_FILE, writeOutputFiles, writeOutputs } from './outputs.js';
import type { OutputFile } from './outputs.js';
import { outputFormats } from '../write/formats.js';
import { CHANGES_FILE, changesOutput, factsFromSnapshot, readPreviousRun } from './changes-step.js';
import type { ChangesOutput } from './changes-step.js';
import type { FileResult } from './task.js';
import { addTimings } from './task.js';
import { createTaskBudget } from './budget.js';
import { createHeapGuard } from './heap.js';
import { createInterner, internFacts } from './intern.js';
import { MANIFEST_FILE, stageOutputSet } from '../io/output-set.js';
import type { StagedSet } from '../io/output-set.js';
import { escapeForTerminal } from '../util/escape-terminal.js';
import { missingInputs, prepareOutput, probeCacheDir } from './preflight.js';
import { beginCacheSession } from './cache-sweep.js';
import type { CacheSession } from './cache-sweep.js';
import { checkGuard, guardMessage, previousSize } from './guard.js';
import { RunError } from './run-error.js';
import { KNOWN_OUTPUT_NAMES } from './output-names.js';
import { explains } from '../rules/explain.js';
import type { ExplainedDecision } from '../rules/explain.js';
import { outputOptions } from './shard-state.js';

export interface RunBatchOptions {
  config: Config;
  /** Output folder (created when missing). */
  out: string;
  /** Worker threads; default `config.runner.concurrency`, then one per core. */
  concurrency?: number | null;
  /** Cache folder; `null` turns the cache off; undefined means `defaultCacheDir(out)`. */
  cacheDir?: string | null;
  /** Where progress goes (stderr); null for none. */
  progress?: ProgressStream | null;
  /** Called once per problem as it is found (the CLI prints the fatal ones). */
  onProblem?: (p: Problem) => void;
  /** Tool version for the report (and the run cache key). */
  version?: string;
  now?: () => number;
  /** Files changed less than this before they were read are read again next run, never taken as unchanged
   *  from their stat (see stat-index.ts); default 2,000 ms. */
  statGraceMs?: number;
  /** Write an empty dataset when no article is found (default: refuse, RunError 'no-articles'). */
  allowEmpty?: boolean;
  /** Refuse to replace the outputs when athletes + performances shrink by more than this share; default `config.output.maxShrink`. */
  maxShrink?: number;
  /** How long to wait for another run's lock on `out` before giving up (default 0: fail at once). */
  lockWaitMs?: number;
  /** JSON Lines files (.jsonl, .ndjson) larger than this are streamed line by line (default 1 MiB; see jsonl-stream.ts). */
  streamJsonlBytes?: number;
  /** Where batches are extracted: worker threads here by default; queue mode passes a pool backed by BullMQ. */
  createPool?: (config: Config, threads: number) => Promise<ExtractPool>;
  /** Only this share of the files (see shard.ts); the run also writes its mergeable state to `<out>/state/`. */
  shard?: ShardSpec | null;
}

export const REPORT_FILE = 'run-report.json';

/** JSON Lines files over this size are streamed line by line (RunBatchOptions.streamJsonlBytes). */
export const STREAM_JSONL_BYTES = 1024 * 1024;
const JSONL_FILE = /\.(?:jsonl|ndjson)$/i;

/** A streamed JSON Lines file while its lines are in the batches (see streamFile). */
type StreamGroup = { f: InputFile; pending: number; read: boolean; articles: ArticleFacts['article'][]; fatal: boolean; sha: string | null; problems: Problem[] };

const hashFile = (f: InputFile): string | null => {
  try {
    return hashFileSync(f.rawPath ?? f.path);
  } catch {
    return null;
  }
};

/** Files and bytes per worker task at most (see ExtractTask). */
const BATCH_FILES = 16;
const BATCH_BYTES = 256 * 1024;

/** `.cache/trackfacts` next to the output folder. */
export function defaultCacheDir(out: string): string {
  return path.join(path.dirname(path.resolve(out)), '.cache', 'trackfacts');
}

function failureResult(source: string, rule: string, reason: string): FileResult {
  return { facts: [], problems: [{ source, stage: 'runner', rule, severity: 'fatal', reason }], timings: {}, trace: null };
}

const readBytes = (f: InputFile): Buffer | { err: unknown } => {
  try {
    return readFileSync(f.rawPath ?? f.path);
  } catch (err) {
    return { err };
  }
};

export async function runBatch(inputs: string[], options: RunBatchOptions): Promise<RunReport> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  // for the review report: the slowest files and the articles done per second of the run
  const slowest: { source: string; ms: number }[] = [];
  const perSecond: number[] = [];
  const noteDone = (source: string, articles: number, ms: number | null) => {
    const sec = Math.max(0, Math.floor((now() - started) / 1000));
    while (perSecond.length <= sec) perSecond.push(0);
    perSecond[sec]! += articles;
    if (ms === null || (slowest.length === 10 && ms <= slowest[9]!.ms)) return;
    slowest.push({ source, ms });
    slowest.sort((a, b) => b.ms - a.ms || (a.source < b.source ? -1 : 1));
    if (slowest.length > 10) slowest.pop();
  };
  const statGraceMs = options.statGraceMs ?? DEFAULT_STAT_GRACE_MS;
  const { config } = options;
  const version = options.version ?? '0.0.0';
  const out = path.resolve(options.out);
  const threads = Math.max(1, options.concurrency ?? config.runner.concurrency ?? defaultConcurrency());
  const cacheDir = options.cacheDir === null ? null : path.resolve(options.cacheDir ?? defaultCacheDir(out));
  const debug = config.output.debug;
  // the flag is in the cache keys, not in the fingerprint: it changes what an entry holds (rule traces, the decision
  // log) and which files a run writes, never the facts; the fingerprint names what the facts depend on
  const explain = explains(config.output);
  const formats = outputFormats(config.output.format).join(',');
  /** A run snapshot is reused only when it holds the facts (changes.json needs them): json or ndjson. */
  const snapshotsFacts = outputFormats(config.output.format).some((f) => f === 'json' || f === 'ndjson');
  const streamAt = options.streamJsonlBytes ?? STREAM_JSONL_BYTES;
  const isStreamed = (f: { path: string; size: number }) => f.size > streamAt && JSONL_FILE.test(f.path);
  const timeoutMs = config.limits.articleTimeoutMs;
  const timings: Record<string, number> = {};
  const lap = (stage: string, t0: number) => {
    timings[stage] = (timings[stage] ?? 0) + (now() - t0);
  };
  const problems: Problem[] = [];
  const addProblem = (p: Problem) => {
    problems.push(p);
    options.onProblem?.(p);
  };
  let cacheWritable = true;
  const cache: CacheStats = { enabled: !!cacheDir, dir: cacheDir, run: cacheDir ? 'miss' : 'off', hits: 0, misses: 0, unread: 0, corrupt: 0, written: 0, writeErrors: 0, state: 'none' };

  // Workers take a while to start (each builds its pipeline). Without a cache every file needs them:
  // start them now so that they boot while the inputs are walked. With a cache they start on the first miss.
  let poolPromise: Promise<ExtractPool> | null = null;
  let poolThreads = threads; // fewer when a re-run has only a few files to extract
  const getPool = () => (poolPromise ??= (options.createPool ?? createExtractPool)(config, poolThreads));
  const closePool = async () => {
    const pool = poolPromise;
    poolPromise = null;
    if (pool) await (await pool).close();
  };
  // before anything is read or written: inputs exist, the output folder is usable and locked (preflight.ts)
  const missing = await missingInputs(inputs);
  if (missing.length) throw new RunError(`input not found: ${missing.map(escapeForTerminal).join(', ')}; nothing written`, 'input-missing');
  const lock = await prepareOutput(out, { lockWaitMs: options.lockWaitMs });
  let set: StagedSet | null = null;
  let cacheSession: CacheSession | null = null;
  try {
    if (cacheDir) {
      const unwritable = await probeCacheDir(cacheDir);
      if (unwritable) addProblem(unwritable);
      else cacheSession = await beginCacheSession(cacheDir);
      cacheWritable = !unwritable;
    }
    if (!cacheDir || !existsSync(cacheDir)) void getPool().catch(() => undefined);
    return await run();
  } finally {
    await closePool().catch(() => undefined); // never leave workers keeping the process alive
    await (set as StagedSet | null)?.discard().catch(() => undefined); // a run that did not commit leaves no staging folder
    cacheSession?.end();
    lock.release();
  }

  async function run(): Promise<RunReport> {
    let t = now();
    const walked = await walkInputs(inputs, {
      extensions: INGEST_EXTENSIONS,
      maxFileBytes: config.limits.maxFileBytes,
      exemptFromSize: (p, size) => isStreamed({ path: p, size }),
      exclude: [out, ...(cacheDir ? [cacheDir] : [])],
    });
    walked.problems.forEach(addProblem);
    const files = walked.files;
    lap('walk', t);

    t = now();
    const fingerprint = runFingerprint(config); // config + digest of the code that runs: no stale cache
    lap('setup', t);
    const stage = async () => (set ??= await stageOutputSet(out));

    const finish = async (o: { written: OutputFile[]; counts: RunReport['counts']; articles: number; processed: number; failedFiles: number; changes: ChangesOutput }) => {
      const elapsedMs = now() - started;
      const guard = checkGuard(await previousSize(out, REPORT_FILE), o.counts, o.articles, { maxShrink: options.maxShrink ?? config.output.maxShrink, allowEmpty: !!options.allowEmpty });
      const sorted = sortProblems(problems);
      const report: RunReport = {
        tool: { name: 'trackfacts', version, pipelineVersion: PIPELINE_VERSION, fingerprint },
        inputs: [...inputs],
        output: { dir: out, format: formats, files: [...o.written.map((w) => w.name), REPORT_FILE, MANIFEST_FILE], digests: Object.fromEntries(o.written.map((w) => [w.name, w.sha256])), guard },
        inputDigest: o.changes.digest,
        changes: { since: o.changes.since, previous: o.changes.previous, counts: o.changes.counts },
        files: { found: files.length, processed: o.processed, failed: o.failedFiles, skipped: walked.problems.filter((p) => p.severity === 'fatal').length },
        articles: { processed: o.articles },
        counts: o.counts,
        problemCounts: countProblems(sorted),
        problems: sorted,
        timings: roundTimings(timings),
        cache,
        concurrency: threads,
        elapsedMs: Math.round(elapsedMs),
        articlesPerSecond: Math.round((o.articles / Math.max(elapsedMs, 1)) * 1000 * 10) / 10,
        maxRssBytes: process.resourceUsage().maxRSS * 1024,
        slowest: slowest.map((x) => ({ source: x.source, ms: Math.round(x.ms * 10) / 10 })),
        articlesPerSecondSeries: [...perSecond],
      };
      if (guard.verdict !== 'ok') throw new RunError(guardMessage(guard, out), guard.verdict, report);
      const s = await stage();
      const reportFile = await s.write(REPORT_FILE, reportJsonChunks(report));
      t = now();
      await s.commit([...o.written, reportFile], { counts: o.counts, articles: o.articles }, KNOWN_OUTPUT_NAMES);
      lap('write', t);
      return report;
    };

    // the run cache: every input unchanged since a stored run → its outputs, verified
    const shas: (string | null)[] = new Array(files.length).fill(null);
    const readAt = new Float64Array(files.length); // wall-clock time each file was read (the stat index's grace counts from it)
    const readBytesAt = (i: number) => {
      readAt[i] = Date.now();
      return readBytes(files[i]!);
    };
    const saveStatIndex = async () => {
      if (!cacheDir || cache.unread === files.length) return; // nothing new to record
      try {
        await storeStatIndex(cacheDir, files, shas, readAt, statGraceMs);
      } catch {
        cache.writeErrors++;
      }
    };
    if (cacheDir && !options.shard && (await hasRunSnapshots(cacheDir))) {
      t = now();
      const index = loadStatIndex(cacheDir);
      for (let i = 0; i < files.length; i++) {
        const known = knownSha(index, files[i]!);
        if (known) {
          shas[i] = known;
          readAt[i] = Infinity;
          cache.unread++;
          continue;
        }
        if (isStreamed(files[i]!)) {
          readAt[i] = Date.now();
          shas[i] = hashFile(files[i]!);
          continue;
        }
        const b = readBytesAt(i);
        if (b instanceof Buffer) shas[i] = sha256(b);
      }
      lap('hash', t);
      // files the stat index did not know were changed or added: they will be extracted, so the workers (as many
      // as those files need) boot while the run snapshot and the last state are looked at
      const fresh = files.length - cache.unread;
      if (fresh > 0 && !poolPromise) {
        poolThreads = Math.min(threads, Math.max(1, Math.ceil(fresh / 64)));
        void getPool().catch(() => undefined);
      }
      if (shas.every((s) => s !== null)) {
        t = now();
        const key = runKey({ version, fingerprint, format: formats, debug, explain, files: files.map((f, i) => [f.source, shas[i]!] as const) });
        const snap = await loadRunSnapshot(cacheDir, key);
        const snapFacts = snap && factsFromSnapshot(snap.files); // changes.json needs them: a CSV/Parquet-only snapshot is not used
        lap('cache.run', t);
        if (snap && snapFacts) {
          t = now();
          // the previous facts are read before the new set is switched in (it is staged inside --out)
          const changes = changesOutput(readPreviousRun(out, addProblem), snapFacts, fingerprint);
          const s = await stage();
          const written = await writeOutputFiles(s.dir, [...snap.files.map((f) => ({ name: f.name, chunks: [f.data] })), changes.file]);
          lap('write', t);
          cache.run = 'hit';
          cache.hits = files.length;
          snap.manifest.problems.forEach(addProblem);
          await saveStatIndex();
          return finish({ written, counts: snap.manifest.counts, articles: snap.manifest.articles, processed: files.length, failedFiles: snap.manifest.failedFiles, changes });
        }
      }
    }

    const shard = options.shard ?? null;
    const keyOf = (f: { source: string }, sha: string) => cacheKey({ fileSha256: sha, source: f.source, fingerprint, debug: explain });
    // the last run's state: unchanged files are taken from it as they are, removed and changed ones taken away
    const outputOpts = outputOptions(config);
    let plan: Plan | null = null;
    const packs = cacheDir ? openPackStore(cacheDir) : null;
    const base = cacheDir && !shard ? await loadBase(cacheDir, fingerprint, outputOpts) : null;
    if (base) {
      t = now();
      plan = planFromBase(base, files.map((f, i) => [f.source, shas[i] ?? null] as const), (row) => {
        const hit = packs!.read(keyOf(row, row.sha256!));
        return hit.status === 'hit' ? hit.value : null;
      });
      const pending = plan ? plan.kept.filter((k) => !k).length : 0;
      poolThreads = Math.min(threads, Math.max(1, Math.ceil(pending / 64))); // a thread's start-up costs ~60 articles
      if (pending) void getPool().catch(() => undefined); // boots while the state is applied
      lap('cache.state', t);
    }
    if (plan) cache.state = 'applied';
    const state = plan?.ledger ?? createLedger(); // the merge state, counted (src/merge/ledger.ts): it can be stored and merged
    const touched = plan?.touched;
    const rows: FileRow[] = []; // one per file of the run, for the stored state
    const traces = new Map<string, Record<string, string[]>>();
    const decisions = new Map<string, ExplainedDecision[]>(); // the decision log per article source (explain.jsonl)
    const extractionProblems: Problem[] = [];
    let processed = 0;
    let failedFiles = 0;
    let articles = 0;
    let snapshotable = !!cacheDir && !shard;
    let streamed = false; // a JSON Lines file was read line by line this run
    let snapshot: string | null = null;
    const intern = createInterner();
    const heap = createHeapGuard();
    const progress = createProgress({ total: files.length, stream: options.progress ?? null, now });

    // Files missing from the cache go to the workers in batches (see ExtractTask): up to BATCH_FILES files or
    // BATCH_BYTES bytes, fewer on small runs so that every worker gets several batches.
    const batchFiles = Math.max(1, Math.min(BATCH_FILES, Math.ceil(files.length / (threads * 4))));
    const inFlight = threads * 2; // one batch running and one queued per worker; each file's budget starts when it runs
    const cpuLimit = pLimit(inFlight);

    const apply = (r: FileResult, fresh: boolean, f: InputFile, sha: string | null, group?: StreamGroup) => {
      const t0 = now();
      for (const facts of r.facts) {
        internFacts(facts, intern);
        applyArticle(state, facts, 1, touched);
      }
      // a streamed JSON Lines file gets its one row when it is read to the end (finishGroup)
      if ((shard || cacheDir) && !group) rows.push({ source: f.source, sha256: sha, articles: r.facts.length, failed: r.problems.some((p) => p.severity === 'fatal'), problems: r.problems, trace: r.trace, ...(r.decisions ? { decisions: r.decisions } : {}) });
      if (group) group.problems.push(...r.problems);
      lap('merge', t0);
      for (const p of r.problems) {
        addProblem(p);
        extractionProblems.push(p);
      }
      if (fresh) addTimings(timings, r.timings);
      noteDone(f.source, r.facts.length, fresh ? Object.values(r.timings).reduce((x, y) => x + y, 0) : null);
      if (r.trace) for (const [src, tr] of Object.entries(r.trace)) traces.set(src, tr);
      if (r.decisions) for (const [src, ds] of Object.entries(r.decisions)) decisions.set(src, ds);
      articles += r.facts.length;
      heap.tick();
      if (group) return unitDone(group, r);
      processed++;
      if (r.problems.some((p) => p.severity === 'fatal')) failedFiles++;
      progress.tick(1, r.facts.length);
    };

    // A streamed JSON Lines file: its lines are units in the batches; the file is done when it is read to the end
    // and every unit is applied. Its articles then get the file's sha256 (known only at the end), as read whole.
    const unitDone = (g: StreamGroup, r: FileResult) => {
      g.pending--;
      for (const f of r.facts) g.articles.push(f.article);
      if (r.problems.some((p) => p.severity === 'fatal')) g.fatal = true;
      progress.tick(0, r.facts.length);
      finishGroup(g);
    };
    const finishGroup = (g: StreamGroup) => {
      if (!g.read || g.pending) return;
      for (const a of g.articles) a.sha256 = g.sha ?? a.sha256;
      if (shard || cacheDir) rows.push({ source: g.f.source, sha256: g.sha, articles: g.articles.length, failed: g.fatal || !g.articles.length, problems: g.problems, trace: null });
      streamed = true;
      processed++;
      if (!g.articles.length) extractionProblem({ source: g.f.source, stage: 'ingest', rule: 'ingest/empty', severity: 'fatal', reason: 'no article in the file' });
      if (g.fatal || !g.articles.length) failedFiles++;
      progress.tick(1, 0);
    };
    const extractionProblem = (p: Problem) => {
      addProblem(p);
      extractionProblems.push(p);
    };

    type Pending = { f: InputFile; bytes: Buffer; key: string | null; sha: string | null; unit?: JsonlUnit; group?: StreamGroup };
    /** A file's result; `entry` is its cache entry text, null for a runner failure (never cached). */
    type Extracted = { result: FileResult; entry: string | null };
    const budget = createTaskBudget(inFlight, timeoutMs);

    /** One task: the batch's results in order, or null when a batch of several timed out or lost its worker. */
    const runInPool = (batch: Pending[]) =>
      cpuLimit(async (): Promise<Extracted[] | null> => {
        const pool = await getPool();
        const { clock, slot, signal, release } = budget.acquire();
        try {
          // exact-size copies, transferred (a small Buffer is a view into a shared pool); the originals stay here for a retry
          const files = batch.map((p) => ({ source: p.f.source, bytes: new Uint8Array(p.bytes), ...(p.unit ? { unit: p.unit } : {}) }));
          const rs = await pool.run({ files, clock, slot }, signal);
          return rs.map((r) => ({ result: parseFreshEntry(r.entry), entry: r.entry }));
        } catch (err) {
          if (batch.length > 1) return null;
          const source = batch[0]!.f.source;
          const where = batch[0]!.unit ? `${batch[0]!.unit.where}: ` : '';
          const result = signal.aborted
            ? failureResult(source, 'runner/timeout', `${where}no result within limits.articleTimeoutMs (${timeoutMs} ms); stopped`)
            : failureResult(source, 'runner/crash', `${where}worker failed: ${(err as Error)?.message ?? String(err)}`);
          return [{ result, entry: null }];
        } finally {
          release();
        }
      });

    const finishFile = (p: Pending, x: Extracted) => {
      apply(x.result, true, p.f, p.sha, p.group);
      if (x.entry === null) snapshotable = false;
      else if (packs && cacheWritable && p.key) {
        try {
          packs.append(p.key, x.entry);
          cache.written++;
        } catch {
          cache.writeErrors++;
        }
      }
    };

    const extractBatch = async (batch: Pending[]) => {
      const out = await runInPool(batch);
      if (out) {
        out.forEach((x, j) => finishFile(batch[j]!, x));
        return;
      }
      // a file of the batch ran past its budget or crashed the worker: run them one by one, so only that file fails
      await Promise.all(batch.map(async (p) => finishFile(p, (await runInPool([p]))![0]!)));
    };

    /** The cached result under `key`, or null (counting misses and reporting damaged entries). */
    const lookup = (f: InputFile, key: string): FileResult | null => {
      const t0 = now();
      const hit = packs!.read(key);
      lap('cache.read', t0);
      if (hit.status === 'hit') return hit.value;
      if (hit.status === 'corrupt') {
        cache.corrupt++;
        addProblem({ source: f.source, stage: 'runner', rule: 'runner/cache-corrupt', severity: 'info', reason: `cache entry ${key.slice(0, 12)}… ${hit.reason}; recomputed` });
      }
      return null;
    };

    /** Reads, hashes and looks up one file: a cache hit is applied at once; a miss is returned for extraction. */
    const prepareFile = (f: InputFile, i: number): Pending | null => {
      const kept = plan?.kept[i];
      if (kept) {
        // unchanged since the last run: its facts are in the state already
        rows.push(kept);
        for (const p of kept.problems) {
          addProblem(p);
          extractionProblems.push(p);
        }
        if (kept.trace) for (const [src, tr] of Object.entries(kept.trace)) traces.set(src, tr);
        if (kept.decisions) for (const [src, ds] of Object.entries(kept.decisions)) decisions.set(src, ds);
        articles += kept.articles;
        processed++;
        if (kept.failed) failedFiles++;
        cache.hits++;
        progress.tick(1, kept.articles);
        return null;
      }
      // a shard takes only its share, by source and content (read here once when not hashed already)
      let early: ReturnType<typeof readBytes> | null = null;
      if (shard) {
        let s = shas[i];
        if (!s) {
          early = readBytesAt(i);
          s = early instanceof Buffer ? sha256(early) : null;
        }
        if (shareOf(f.source, s, shard.count) !== shard.index) {
          progress.tick(1, 0);
          return null;
        }
      }
      // hashed already (run cache pre-pass): a hit needs no second read of the file
      const known = shas[i];
      if (cacheDir && known) {
        const cached = lookup(f, keyOf(f, known));
        if (cached) {
          cache.hits++;
          apply(cached, false, f, known);
          return null;
        }
      }
      const t0 = now();
      const bytes = early ?? readBytesAt(i);
      lap('read', t0);
      if (!(bytes instanceof Buffer)) {
        const p = ioProblem(f.source, 'err' in bytes ? bytes.err : null, 'cannot read file');
        addProblem(p);
        if (shard || cacheDir) rows.push({ source: f.source, sha256: null, articles: 0, failed: true, problems: [p], trace: null });
        failedFiles++;
        snapshotable = false;
        progress.tick(1, 0);
        return null;
      }
      if (bytes.length > config.limits.maxFileBytes) {
        const p: Problem = { source: f.source, stage: 'io', rule: 'io/too-large', severity: 'fatal', reason: `file grew to ${bytes.length} bytes, over limits.maxFileBytes; skipped` };
        addProblem(p);
        if (shard || cacheDir) rows.push({ source: f.source, sha256: null, articles: 0, failed: true, problems: [p], trace: null });
        failedFiles++;
        snapshotable = false;
        progress.tick(1, 0);
        return null;
      }
      let key: string | null = null;
      let sha: string | null = null;
      if (cacheDir) {
        sha = sha256(bytes);
        if (known && known !== sha) snapshotable = false; // changed while we ran
        shas[i] = sha;
        key = keyOf(f, sha);
        const cached = known === sha ? null : lookup(f, key); // same sha: looked up above
        if (cached) {
          cache.hits++;
          apply(cached, false, f, sha);
          return null;
        }
        cache.misses++;
      }
      return { f, bytes, key, sha: sha ?? (shard ? sha256(bytes) : null) };
    };

    // One pass over the files in order; at most inFlight + 1 batches are held in memory at once.
    const running = new Set<Promise<void>>();
    let batch: Pending[] = [];
    let batchBytes = 0;
    const dispatch = async () => {
      const b = batch;
      batch = [];
      batchBytes = 0;
      if (!b.length) return;
      const task: Promise<void> = extractBatch(b).finally(() => running.delete(task));
      running.add(task);
      while (running.size > inFlight) await Promise.race(running);
      await nextTurn(); // let finished batches' results in
    };
    const enqueue = async (p: Pending) => {
      batch.push(p);
      batchBytes += p.bytes.length;
      if (batch.length >= batchFiles || batchBytes >= BATCH_BYTES) await dispatch();
    };

    /** Streams one JSON Lines file into the batches, a unit per line; false when it cannot be streamed (UTF-16). */
    const streamFile = async (f: InputFile, i: number): Promise<boolean> => {
      if (!streamableJsonl(f.rawPath ?? f.path)) {
        if (f.size <= config.limits.maxFileBytes) return false;
        extractionProblem({ source: f.source, stage: 'io', rule: 'io/too-large', severity: 'fatal', reason: `file is ${f.size} bytes, over limits.maxFileBytes, and not UTF-8 JSON Lines that could be read line by line; skipped` });
        failedFiles++;
        progress.tick(1, 0);
        return true;
      }
      const g: StreamGroup = { f, pending: 0, read: false, articles: [], fatal: false, sha: null, problems: [] };
      const planner = createJsonlPlanner(f.source, config.ingest.json.fields);
      readAt[i] = Date.now();
      const known = shas[i];
      try {
        const lines = readLines(f.rawPath ?? f.path, config.limits.maxFileBytes);
        let r = lines.next();
        for (; !r.done; r = lines.next()) {
          const ev = r.value;
          if (ev.kind === 'too-long') {
            planner.skip();
            g.fatal = true;
            extractionProblem({ source: f.source, stage: 'io', rule: 'io/too-large', severity: 'fatal', reason: `line ${ev.lineNo} is ${ev.bytes} bytes, over limits.maxFileBytes; skipped` });
            continue;
          }
          const plan = planner.line(ev.bytes, ev.lineNo);
          if (!plan) continue;
          if ('problem' in plan) {
            extractionProblem(plan.problem);
            continue;
          }
          const u = plan.unit;
          const key = cacheDir ? cacheKey({ fileSha256: sha256(ev.bytes), source: `${f.source}\u0000${u.where}\u0000${u.index}\u0000${u.duplicateId ?? ''}`, fingerprint, debug: explain }) : null;
          g.pending++;
          if (key) {
            const cached = lookup(f, key);
            if (cached) {
              cache.hits++;
              apply(cached, false, f, null, g);
              if (u.index % 256 === 255) await nextTurn();
              continue;
            }
            cache.misses++;
          }
          await enqueue({ f, bytes: ev.bytes, key, sha: null, unit: u, group: g });
        }
        g.sha = r.value;
      } catch (err) {
        extractionProblem(ioProblem(f.source, err, 'cannot read file'));
        g.fatal = true;
        snapshotable = false;
      }
      planner.finish().forEach(extractionProblem);
      if (known && known !== g.sha) snapshotable = false; // changed while we ran
      shas[i] = g.sha;
      g.read = true;
      finishGroup(g);
      return true;
    };

    try {
      for (let i = 0; i < files.length; i++) {
        // a big JSON Lines file is streamed, unless the last run's state already holds it or a shard takes a share
        if (isStreamed(files[i]!) && !plan?.kept[i] && !shard && (await streamFile(files[i]!, i))) continue;
        const p = prepareFile(files[i]!, i);
        if (!p) {
          if (i % 256 === 255) await nextTurn(); // long runs of cache hits: let progress and results in
          continue;
        }
        await enqueue(p);
      }
      await dispatch();
      while (running.size) await Promise.race(running);
      if (packs) {
        // the entries are in a pack and the index before the state and the run snapshot refer to them
        t = now();
        const used = files.flatMap((f, i) => (shas[i] ? [keyOf(f, shas[i]!)] : []));
        await packs.commit(used, config.runner.cacheKeepRuns).catch(() => void cache.writeErrors++);
        lap('cache.write', t);
      }
    } finally {
      packs?.close();
      budget.stop();
      await closePool();
    }
    progress.done();

    t = now();
    heap.collect();
    // from the last run's facts.json and the records this run touched, when there is one to start from
    const prevFacts = plan && touched && base?.snapshot && formats === 'json' && !debug ? await readSnapshotFacts(cacheDir!, base.snapshot) : null;
    const spliced = prevFacts ? spliceFacts(prevFacts, state, touched!) : null;
    let facts: FactsFile;
    if (spliced) {
      // the touched records spliced into the last facts.json: read back, it goes through the same writers (its
      // bytes are the canonical ones), changes.json and the output set as a full finalize would
      cache.state = 'spliced';
      facts = JSON.parse([...spliced.chunks].join('')) as FactsFile;
    } else {
      facts = finalizeFacts(ledgerToMergeState(state));
      if (shard) await writeShardState(path.join(out, 'state'), { version, fingerprint, config, shard, inputs, rows, walkProblems: walked.problems }, state);
    }
    if (!cacheDir) for (const m of Object.values(state)) (m as Map<unknown, unknown>).clear(); // the facts hold what is written; let the rest go
    lap('finalize', t);
    t = now();
    const changes = changesOutput(readPreviousRun(out, addProblem), facts, fingerprint);
    const written = await writeOutputs((await stage()).dir, facts, config, traces, [changes.file], decisions);
    const counts = Object.fromEntries(FACT_KINDS.map((k) => [k, facts[k].length])) as RunReport['counts'];
    lap('write', t);

    if (cacheDir && snapshotable && snapshotsFacts && shas.every((s) => s !== null)) {
      t = now();
      const manifest: RunManifest = {
        v: 1,
        key: runKey({ version, fingerprint, format: formats, debug, explain, files: files.map((f, i) => [f.source, shas[i]!] as const) }),
        outputs: written.filter((w) => w.name !== CHANGES_FILE), // changes.json depends on the folder's previous content
        problems: sortProblems(extractionProblems.filter((p) => p.rule !== 'runner/cache-corrupt')),
        counts,
        articles,
        failedFiles,
      };
      try {
        await storeRunSnapshot(cacheDir, manifest, (await stage()).dir);
        cache.run = 'stored';
        snapshot = manifest.key;
      } catch {
        cache.writeErrors++;
      }
      lap('cache.run', t);
    }
    // (a streamed file's traces and decisions are not kept in the state: a run that explains itself stores none)
    if (cacheDir && !shard && !(streamed && explain)) {
      t = now();
      try {
        await storeState(cacheDir, stateInfo({ version, fingerprint, config, shard: null, inputs, rows, walkProblems: [] }), state, snapshot);
      } catch {
        cache.writeErrors++;
      }
      lap('cache.state', t);
    }
    await saveStatIndex();
    return finish({ written, counts, articles, processed, failedFiles, changes });
  }
}
