/**
 * `trackfacts merge <state-dir…> --out <dir>`: adds up the states of sharded runs (or of any runs that wrote
 * one) and writes the outputs one run over all their inputs would write, byte for byte, in any order of the
 * states. Refused (MergeError, exit 2) before anything is written: a state given twice or two states holding
 * the same file, states made by another pipeline (code or config) or with other output options, and a
 * split with a shard missing.
 */
import { changesOutput, readPreviousRun } from './changes-step.js';
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { Problem } from '../types.js';
import { parseConfig } from '../config/schema.js';
import { FACT_KINDS } from '../schema/facts.js';
import { finalizeFacts } from '../merge/index.js';
import { createLedger, ledgerToMergeState, mergeLedgerInto } from '../merge/ledger.js';
import type { Ledger } from '../merge/ledger.js';
import type { FileRow, StateManifest } from '../merge/state-file.js';
import { PIPELINE_VERSION } from '../fingerprint.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { readStateDir, writeStateDir } from './state-store.js';
import { writeOutputs } from './outputs.js';
import type { ExplainedDecision } from '../rules/explain.js';
import type { RunReport } from './report.js';
import { countProblems, reportJsonChunks, roundTimings, sortProblems } from './report.js';

export class MergeError extends Error {
  override name = 'MergeError';
}

export interface MergeOptions {
  out: string;
  version?: string;
  onProblem?: (p: Problem) => void;
  /** Also write the merged state to `<out>/state/` (default true), so that merges can be merged. */
  writeState?: boolean;
}

const short = (s: string) => `${s.slice(0, 12)}…`;

/** Every reason to refuse the states, in one message. */
export function checkStates(states: readonly { dir: string; manifest: StateManifest }[]): void {
  if (!states.length) throw new MergeError('merge needs at least one state folder');
  const [first] = states;
  const m0 = first!.manifest;
  for (const { dir, manifest: m } of states) {
    if (m.fingerprint !== m0.fingerprint)
      throw new MergeError(`${dir} was made by another pipeline or config than ${first!.dir} (fingerprint ${short(m.fingerprint)}, trackfacts ${m.tool.version} vs ${short(m0.fingerprint)}, trackfacts ${m0.tool.version}); run all shards with the same trackfacts and config`);
    if (JSON.stringify(m.output) !== JSON.stringify(m0.output))
      throw new MergeError(`${dir} has other output options than ${first!.dir} (${JSON.stringify(m.output)} vs ${JSON.stringify(m0.output)})`);
  }
  const ids = new Map<string, string>();
  for (const { dir, manifest: m } of states) {
    const seen = ids.get(m.id);
    if (seen) throw new MergeError(`${dir} is the same state as ${seen}: a state cannot be merged twice`);
    ids.set(m.id, dir);
  }
  const owner = new Map<string, string>();
  for (const { dir, manifest: m } of states) {
    for (const f of m.files) {
      const o = owner.get(f.source);
      if (o) throw new MergeError(`${dir} and ${o} both hold ${f.source}: a state merged twice, or overlapping inputs`);
      owner.set(f.source, dir);
    }
  }
  const splits = new Map<string, { count: number; have: Map<number, string> }>();
  for (const { dir, manifest: m } of states) {
    if (!m.shard) continue;
    const k = `${m.shard.inputs}/${m.shard.count}`;
    const s = splits.get(k) ?? { count: m.shard.count, have: new Map<number, string>() };
    splits.set(k, s);
    const dup = s.have.get(m.shard.index);
    if (dup) throw new MergeError(`${dir} and ${dup} are both shard ${m.shard.index}/${m.shard.count}: a shard cannot be merged twice`);
    s.have.set(m.shard.index, dir);
  }
  for (const s of splits.values()) {
    const missing = Array.from({ length: s.count }, (_, i) => i + 1).filter((i) => !s.have.has(i));
    if (missing.length) throw new MergeError(`shard ${missing.map((i) => `${i}/${s.count}`).join(', ')} missing (have ${[...s.have.keys()].sort((a, b) => a - b).map((i) => `${i}/${s.count}`).join(', ')}): merging part of a split would write part of the facts`);
  }
}

/** Walk problems seen by several shards of one input set, once. */
function uniqueProblems(list: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const k = JSON.stringify(p);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export async function mergeStateDirs(dirs: readonly string[], options: MergeOptions): Promise<RunReport> {
  const started = performance.now();
  const timings: Record<string, number> = {};
  const lap = (k: string, t0: number) => (timings[k] = (timings[k] ?? 0) + performance.now() - t0);
  const out = path.resolve(options.out);
  let t = performance.now();
  const states: { dir: string; manifest: StateManifest; ledger: Ledger }[] = [];
  for (const dir of dirs) {
    try {
      states.push({ dir, ...(await readStateDir(dir)) });
    } catch (err) {
      throw new MergeError((err as Error).message);
    }
  }
  lap('read', t);
  checkStates(states);

  t = performance.now();
  const ledger = createLedger();
  for (const s of states) mergeLedgerInto(ledger, s.ledger);
  lap('merge', t);
  t = performance.now();
  const facts = finalizeFacts(ledgerToMergeState(ledger));
  lap('finalize', t);

  const m0 = states[0]!.manifest;
  const rows: FileRow[] = states.flatMap((s) => s.manifest.files).sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const walkProblems = uniqueProblems(states.flatMap((s) => s.manifest.walkProblems) as Problem[]);
  const problems = sortProblems([...walkProblems, ...rows.flatMap((r) => r.problems as Problem[])]);
  problems.forEach((p) => options.onProblem?.(p));
  const traces = new Map<string, Record<string, string[]>>();
  for (const r of rows) if (r.trace) for (const [src, tr] of Object.entries(r.trace)) traces.set(src, tr);
  const decisions = new Map<string, ExplainedDecision[]>();
  for (const r of rows) if (r.decisions) for (const [src, ds] of Object.entries(r.decisions)) decisions.set(src, ds);

  t = performance.now();
  await mkdir(out, { recursive: true });
  const config = parseConfig({ output: { ...m0.output, format: m0.output.format.split(',') } });
  // what changed against the facts already in --out, as an extract run writes it
  const changes = changesOutput(readPreviousRun(out, (p) => options.onProblem?.(p)), facts, m0.fingerprint);
  const written = await writeOutputs(out, facts, config, traces, [changes.file], decisions);
  if (options.writeState !== false) {
    const { id: _id, records: _r, format: _f, version: _v, ...info } = m0;
    await writeStateDir(path.join(out, 'state'), { ...info, tool: { name: 'trackfacts', version: options.version ?? m0.tool.version }, shard: null, files: rows, walkProblems }, ledger, { fsync: true });
  }
  lap('write', t);

  const elapsedMs = performance.now() - started;
  const articles = rows.reduce((n, r) => n + r.articles, 0);
  const report: RunReport = {
    tool: { name: 'trackfacts', version: options.version ?? m0.tool.version, pipelineVersion: PIPELINE_VERSION, fingerprint: m0.fingerprint },
    inputs: [...dirs],
    output: { dir: out, format: m0.output.format, files: [...written.map((w) => w.name), 'run-report.json'] },
    inputDigest: changes.digest,
    changes: { since: changes.since, previous: changes.previous, counts: changes.counts },
    files: { found: rows.length, processed: rows.filter((r) => r.sha256 !== null).length, failed: rows.filter((r) => r.failed).length, skipped: walkProblems.filter((p) => p.severity === 'fatal').length },
    articles: { processed: articles },
    counts: Object.fromEntries(FACT_KINDS.map((k) => [k, facts[k].length])) as RunReport['counts'],
    problemCounts: countProblems(problems),
    problems,
    timings: roundTimings(timings),
    cache: { enabled: false, dir: null, run: 'off', hits: 0, misses: 0, unread: 0, corrupt: 0, written: 0, writeErrors: 0, state: 'none' },
    concurrency: 1,
    elapsedMs: Math.round(elapsedMs),
    articlesPerSecond: Math.round((articles / Math.max(elapsedMs, 1)) * 1000 * 10) / 10,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  };
  await writeFileAtomic(path.join(out, 'run-report.json'), reportJsonChunks(report));
  return report;
}
