/**
 * Collecting a run's results: each file's facts folded into the merge state (the ledger) as they arrive and then
 * dropped, its problems, debug traces and row for the stored state, and the run's counts. A streamed JSON Lines
 * file is one group of units, done when it is read to the end and every unit is applied.
 */
import type { ExplainedDecision } from '../rules/explain.js';
import type { ArticleFacts, Problem } from '../types.js';
import type { InputFile } from '../io/walk.js';
import type { JsonlUnit } from '../ingest/jsonl-stream.js';
import { applyArticle, createLedger } from '../merge/ledger.js';
import type { Ledger, Touched } from '../merge/ledger.js';
import type { FileRow } from '../merge/state-file.js';
import type { Plan } from './incremental.js';
import type { PackStore } from './pack-store.js';
import type { FileResult } from './task.js';
import { addTimings } from './task.js';
import { createHeapGuard } from './heap.js';
import type { HeapGuard } from './heap.js';
import { createInterner, internFacts } from './intern.js';
import type { Interner } from './intern.js';
import { createProgress } from './progress.js';
import type { Progress } from './progress.js';
import { cacheKey } from './cache.js';
import type { RunContext } from './run-context.js';
import type { RunFiles } from './run-inputs.js';

/** A streamed JSON Lines file while its lines are in the batches (see run-stream.ts). */
export type StreamGroup = { f: InputFile; pending: number; read: boolean; articles: ArticleFacts['article'][]; fatal: boolean; sha: string | null; problems: Problem[] };

/** A file (or a streamed file's line) to extract, with its cache key when the cache is on. */
export type Pending = { f: InputFile; bytes: Buffer; key: string | null; sha: string | null; unit?: JsonlUnit; group?: StreamGroup };

export interface Collector {
  /** The merge state, counted (src/merge/ledger.ts): it can be stored and merged. */
  readonly ledger: Ledger;
  readonly touched: Touched | undefined;
  /** One per file of the run, for the stored state. */
  readonly rows: FileRow[];
  readonly traces: Map<string, Record<string, string[]>>;
  /** The decision log per article source (explain.jsonl). */
  readonly decisions: Map<string, ExplainedDecision[]>;
  readonly extractionProblems: Problem[];
  processed: number;
  failedFiles: number;
  articles: number;
  /** The run's outputs may be stored as a run snapshot (no runner failure, no file changed while read). */
  snapshotable: boolean;
  /** A JSON Lines file was read line by line this run. */
  streamed: boolean;
  readonly progress: Progress;
  readonly heap: HeapGuard;
  /** A file's result (fresh from a worker, or cached) folded in; a streamed file's unit counts towards its group. */
  apply(r: FileResult, fresh: boolean, f: InputFile, sha: string | null, group?: StreamGroup): void;
  /** A file unchanged since the last run: its facts are in the state already. */
  applyKept(row: FileRow): void;
  /** A file that could not be read or grew too large: it fails with `p`. */
  failFile(f: InputFile, p: Problem): void;
  /** Counts a streamed file once it is read to the end and every unit is applied. */
  finishGroup(g: StreamGroup): void;
  extractionProblem(p: Problem): void;
}

/** What the extraction steps of a run share: the context, the files, the collector and the per-file cache. */
export interface RunState {
  readonly ctx: RunContext;
  readonly rf: RunFiles;
  readonly col: Collector;
  readonly packs: PackStore | null;
  readonly plan: Plan | null;
  keyOf(f: { source: string }, sha: string): string;
}

/** The per-file cache key of a file of this run, from its source and sha256. */
export const fileKeyOf = (ctx: RunContext, rf: RunFiles) => (f: { source: string }, sha: string) => cacheKey({ fileSha256: sha, source: f.source, fingerprint: rf.fingerprint, debug: ctx.explain });

export function createRunState(ctx: RunContext, rf: RunFiles, packs: PackStore | null, plan: Plan | null): RunState {
  return { ctx, rf, col: createCollector(ctx, rf.files.length, plan), packs, plan, keyOf: fileKeyOf(ctx, rf) };
}

const fatal = (ps: readonly Problem[]) => ps.some((p) => p.severity === 'fatal');

export function createCollector(ctx: RunContext, total: number, plan: Plan | null): Collector {
  const keepsRows = !!(ctx.shard || ctx.cacheDir);
  const intern = createInterner();
  const col: Collector = {
    ledger: plan?.ledger ?? createLedger(),
    touched: plan?.touched,
    rows: [],
    traces: new Map(),
    decisions: new Map(),
    extractionProblems: [],
    processed: 0,
    failedFiles: 0,
    articles: 0,
    snapshotable: !!ctx.cacheDir && !ctx.shard,
    streamed: false,
    progress: createProgress({ total, stream: ctx.options.progress ?? null, now: ctx.now }),
    heap: createHeapGuard(),
    apply: (r, fresh, f, sha, group) => applyResult(ctx, col, { intern, keepsRows }, r, fresh, f, sha, group),
    applyKept(kept) {
      col.rows.push(kept);
      kept.problems.forEach(col.extractionProblem);
      if (kept.trace) for (const [src, tr] of Object.entries(kept.trace)) col.traces.set(src, tr);
      if (kept.decisions) for (const [src, ds] of Object.entries(kept.decisions)) col.decisions.set(src, ds);
      col.articles += kept.articles;
      col.processed++;
      if (kept.failed) col.failedFiles++;
      ctx.cache.hits++;
      col.progress.tick(1, kept.articles);
    },
    failFile(f, p) {
      ctx.addProblem(p);
      if (keepsRows) col.rows.push({ source: f.source, sha256: null, articles: 0, failed: true, problems: [p], trace: null });
      col.failedFiles++;
      col.snapshotable = false;
      col.progress.tick(1, 0);
    },
    finishGroup: (g) => finishGroup(col, g, keepsRows),
    extractionProblem(p) {
      ctx.addProblem(p);
      col.extractionProblems.push(p);
    },
  };
  return col;
}

function applyResult(ctx: RunContext, col: Collector, o: { intern: Interner; keepsRows: boolean }, r: FileResult, fresh: boolean, f: InputFile, sha: string | null, group?: StreamGroup): void {
  const t0 = ctx.now();
  for (const facts of r.facts) {
    internFacts(facts, o.intern);
    applyArticle(col.ledger, facts, 1, col.touched);
  }
  // a streamed JSON Lines file gets its one row when it is read to the end (finishGroup)
  if (o.keepsRows && !group) col.rows.push({ source: f.source, sha256: sha, articles: r.facts.length, failed: fatal(r.problems), problems: r.problems, trace: r.trace, ...(r.decisions ? { decisions: r.decisions } : {}) });
  if (group) group.problems.push(...r.problems);
  ctx.lap('merge', t0);
  r.problems.forEach(col.extractionProblem);
  if (fresh) addTimings(ctx.timings, r.timings);
  ctx.noteDone(f.source, r.facts.length, fresh ? Object.values(r.timings).reduce((x, y) => x + y, 0) : null);
  if (r.trace) for (const [src, tr] of Object.entries(r.trace)) col.traces.set(src, tr);
  if (r.decisions) for (const [src, ds] of Object.entries(r.decisions)) col.decisions.set(src, ds);
  col.articles += r.facts.length;
  col.heap.tick();
  if (group) return unitDone(col, group, r);
  col.processed++;
  if (fatal(r.problems)) col.failedFiles++;
  col.progress.tick(1, r.facts.length);
}

function unitDone(col: Collector, g: StreamGroup, r: FileResult): void {
  g.pending--;
  for (const f of r.facts) g.articles.push(f.article);
  if (fatal(r.problems)) g.fatal = true;
  col.progress.tick(0, r.facts.length);
  col.finishGroup(g);
}

// Its articles then get the file's sha256 (known only at the end), as read whole.
function finishGroup(col: Collector, g: StreamGroup, keepsRows: boolean): void {
  if (!g.read || g.pending) return;
  for (const a of g.articles) a.sha256 = g.sha ?? a.sha256;
  if (keepsRows) col.rows.push({ source: g.f.source, sha256: g.sha, articles: g.articles.length, failed: g.fatal || !g.articles.length, problems: g.problems, trace: null });
  col.streamed = true;
  col.processed++;
  if (!g.articles.length) col.extractionProblem({ source: g.f.source, stage: 'ingest', rule: 'ingest/empty', severity: 'fatal', reason: 'no article in the file' });
  if (g.fatal || !g.articles.length) col.failedFiles++;
  col.progress.tick(1, 0);
}
