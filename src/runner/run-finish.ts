/**
 * The last steps of a run: the merge state finalized into facts (or the touched records spliced into the last
 * facts.json), the outputs and changes.json staged, the run snapshot and the state stored for the next run, then
 * the run report, the shrink guard and the commit of the output set.
 */
import path from 'node:path';
import { FACT_KINDS } from '../schema/facts.js';
import type { FactsFile } from '../schema/facts.js';
import { finalizeFacts } from '../merge/index.js';
import { ledgerToMergeState } from '../merge/ledger.js';
import { PIPELINE_VERSION } from '../fingerprint.js';
import { MANIFEST_FILE } from '../io/output-set.js';
import { writeShardState, stateInfo } from './shard-state.js';
import { readSnapshotFacts, spliceFacts, storeState } from './incremental.js';
import type { Base } from './incremental.js';
import { storeRunSnapshot, runKey } from './run-cache.js';
import type { RunManifest } from './run-cache.js';
import type { RunReport } from './report.js';
import { countProblems, reportJsonChunks, roundTimings, sortProblems } from './report.js';
import { writeOutputs } from './outputs.js';
import type { OutputFile } from './outputs.js';
import { outputFormats } from '../write/formats.js';
import { CHANGES_FILE, changesOutput, readPreviousRun } from './changes-step.js';
import type { ChangesOutput } from './changes-step.js';
import { checkGuard, guardMessage, previousSize } from './guard.js';
import { RunError } from './run-error.js';
import { KNOWN_OUTPUT_NAMES } from './output-names.js';
import type { RunContext } from './run-context.js';
import type { RunFiles } from './run-inputs.js';
import type { RunState } from './run-collect.js';

export const REPORT_FILE = 'run-report.json';

/** What a run wrote (staged) and counted: the run report is made from it. */
export interface Finished {
  written: OutputFile[];
  counts: RunReport['counts'];
  articles: number;
  processed: number;
  failedFiles: number;
  changes: ChangesOutput;
}

/** The facts of the run: the touched records spliced into the last facts.json when there is one to start from, else finalized. */
async function finalFacts(rs: RunState, base: Base | null): Promise<FactsFile> {
  const { ctx, col, rf } = rs;
  const { cacheDir, shard } = ctx;
  const prevFacts = rs.plan && col.touched && base?.snapshot && ctx.formats === 'json' && !ctx.debug ? await readSnapshotFacts(cacheDir!, base.snapshot) : null;
  const spliced = prevFacts ? spliceFacts(prevFacts, col.ledger, col.touched!) : null;
  if (spliced) {
    // the touched records spliced into the last facts.json: read back, it goes through the same writers (its
    // bytes are the canonical ones), changes.json and the output set as a full finalize would
    ctx.cache.state = 'spliced';
    return JSON.parse([...spliced.chunks].join('')) as FactsFile;
  }
  const facts = finalizeFacts(ledgerToMergeState(col.ledger));
  if (shard) await writeShardState(path.join(ctx.out, 'state'), { version: ctx.version, fingerprint: rf.fingerprint, config: ctx.config, shard, inputs: [...ctx.inputs], rows: col.rows, walkProblems: rf.walkProblems }, col.ledger);
  return facts;
}

/** The outputs staged from the collected results, and the run snapshot and the state stored for the next run. */
export async function writeRun(rs: RunState, base: Base | null): Promise<Finished> {
  const { ctx, col, rf } = rs;
  let t = ctx.now();
  col.heap.collect();
  const facts = await finalFacts(rs, base);
  if (!ctx.cacheDir) for (const m of Object.values(col.ledger)) (m as Map<unknown, unknown>).clear(); // the facts hold what is written; let the rest go
  ctx.lap('finalize', t);
  t = ctx.now();
  const changes = changesOutput(readPreviousRun(ctx.out, ctx.addProblem), facts, rf.fingerprint);
  const written = await writeOutputs((await ctx.stage()).dir, facts, ctx.config, col.traces, [changes.file], col.decisions);
  const counts = Object.fromEntries(FACT_KINDS.map((k) => [k, facts[k].length])) as RunReport['counts'];
  ctx.lap('write', t);
  const snapshot = await storeSnapshot(rs, written, counts);
  // (a streamed file's traces and decisions are not kept in the state: a run that explains itself stores none)
  if (ctx.cacheDir && !ctx.shard && !(col.streamed && ctx.explain)) {
    t = ctx.now();
    try {
      await storeState(ctx.cacheDir, stateInfo({ version: ctx.version, fingerprint: rf.fingerprint, config: ctx.config, shard: null, inputs: [...ctx.inputs], rows: col.rows, walkProblems: [] }), col.ledger, snapshot);
    } catch {
      ctx.cache.writeErrors++;
    }
    ctx.lap('cache.state', t);
  }
  await rf.saveStatIndex();
  return { written, counts, articles: col.articles, processed: col.processed, failedFiles: col.failedFiles, changes };
}

/** The run snapshot (a run cache entry) of a run that may be replayed; its key, or null when none is stored. */
async function storeSnapshot(rs: RunState, written: OutputFile[], counts: RunReport['counts']): Promise<string | null> {
  const { ctx, col, rf } = rs;
  /** A run snapshot is reused only when it holds the facts (changes.json needs them): json or ndjson. */
  const snapshotsFacts = outputFormats(ctx.config.output.format).some((f) => f === 'json' || f === 'ndjson');
  if (!ctx.cacheDir || !col.snapshotable || !snapshotsFacts || !rf.shas.every((s) => s !== null)) return null;
  const t = ctx.now();
  const manifest: RunManifest = {
    v: 1,
    key: runKey({ version: ctx.version, fingerprint: rf.fingerprint, format: ctx.formats, debug: ctx.debug, explain: ctx.explain, files: rf.files.map((f, i) => [f.source, rf.shas[i]!] as const) }),
    outputs: written.filter((w) => w.name !== CHANGES_FILE), // changes.json depends on the folder's previous content
    problems: sortProblems(col.extractionProblems.filter((p) => p.rule !== 'runner/cache-corrupt')),
    counts,
    articles: col.articles,
    failedFiles: col.failedFiles,
  };
  let snapshot: string | null = null;
  try {
    await storeRunSnapshot(ctx.cacheDir, manifest, (await ctx.stage()).dir);
    ctx.cache.run = 'stored';
    snapshot = manifest.key;
  } catch {
    ctx.cache.writeErrors++;
  }
  ctx.lap('cache.run', t);
  return snapshot;
}

/** The run report; the shrink guard checked (RunError when it refuses); the report written and the output set committed. */
export async function finishRun(ctx: RunContext, rf: RunFiles, o: Finished): Promise<RunReport> {
  const { out } = ctx;
  const elapsedMs = ctx.now() - ctx.started;
  const guard = checkGuard(await previousSize(out, REPORT_FILE), o.counts, o.articles, { maxShrink: ctx.options.maxShrink ?? ctx.config.output.maxShrink, allowEmpty: !!ctx.options.allowEmpty });
  const sorted = sortProblems(ctx.problems);
  const report: RunReport = {
    tool: { name: 'trackfacts', version: ctx.version, pipelineVersion: PIPELINE_VERSION, fingerprint: rf.fingerprint },
    inputs: [...ctx.inputs],
    output: { dir: out, format: ctx.formats, files: [...o.written.map((w) => w.name), REPORT_FILE, MANIFEST_FILE], digests: Object.fromEntries(o.written.map((w) => [w.name, w.sha256])), guard },
    inputDigest: o.changes.digest,
    changes: { since: o.changes.since, previous: o.changes.previous, counts: o.changes.counts },
    files: { found: rf.files.length, processed: o.processed, failed: o.failedFiles, skipped: rf.walkProblems.filter((p) => p.severity === 'fatal').length },
    articles: { processed: o.articles },
    counts: o.counts,
    problemCounts: countProblems(sorted),
    problems: sorted,
    timings: roundTimings(ctx.timings),
    cache: ctx.cache,
    concurrency: ctx.threads,
    elapsedMs: Math.round(elapsedMs),
    articlesPerSecond: Math.round((o.articles / Math.max(elapsedMs, 1)) * 1000 * 10) / 10,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    slowest: ctx.slowest.map((x) => ({ source: x.source, ms: Math.round(x.ms * 10) / 10 })),
    articlesPerSecondSeries: [...ctx.perSecond],
  };
  if (guard.verdict !== 'ok') throw new RunError(guardMessage(guard, out), guard.verdict, report);
  const s = await ctx.stage();
  const reportFile = await s.write(REPORT_FILE, reportJsonChunks(report));
  const t = ctx.now();
  await s.commit([...o.written, reportFile], { counts: o.counts, articles: o.articles }, KNOWN_OUTPUT_NAMES);
  ctx.lap('write', t);
  return report;
}
