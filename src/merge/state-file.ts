/**
 * The state file format (version 1): a ledger (./ledger.ts) and the files it was made from, as text that
 * `trackfacts merge` and the cache read back. A state folder holds two files:
 *
 *   manifest.json   what made the state and what it covers: format "trackfacts-state", version, the run
 *                   fingerprint (effective config + digest of the code), output options, the shard it is,
 *                   one row per input file (source, sha256, articles, failed, problems, debug trace), the
 *                   walk's problems, and the byte length and sha256 of records.tsv
 *   records.tsv     one record a line, sorted by kind then key: `<kind>\t<key as JSON>\t<record as JSON>`;
 *                   votes as sorted [value, count] pairs, mentions as [article, start, end, text]; no article
 *                   text (except what --include-text asks to output)
 *
 * The state of a set of articles is the same whatever order they were added in, so states merge in any order.
 * Pure: text in, text out (src/runner/state-store.ts reads and writes the folders).
 */
import { z } from 'zod';
import type { Problem } from '../types.js';
import type { Stage } from '../rules/catalogue.js';
import type { Ledger, LedgerKind } from './ledger.js';
import { createLedger, LEDGER_KINDS, recordToText } from './ledger.js';

export const STATE_FORMAT = 'trackfacts-state';
export const STATE_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';
export const RECORDS_FILE = 'records.tsv';

const ProblemSchema = z.object({
  source: z.string(),
  stage: z.enum(['io', 'ingest', 'segment', 'extract', 'link', 'normalise', 'merge', 'write', 'runner']),
  rule: z.string(),
  severity: z.enum(['fatal', 'warning', 'info']),
  reason: z.string(),
  start: z.number().optional(),
  end: z.number().optional(),
});

const DecisionSchema = z.object({
  verdict: z.enum(['accept', 'reject']),
  stage: z.enum(['ingest', 'segment', 'events', 'times', 'persons', 'competitions', 'quotes', 'link', 'normalise'] as const satisfies readonly Stage[]),
  rule: z.string(),
  start: z.number(),
  end: z.number(),
  text: z.string(),
  reason: z.string(),
});

export const FileRowSchema = z.object({
  source: z.string(),
  /** sha256 of the file's bytes; null when it could not be read. */
  sha256: z.string().nullable(),
  articles: z.number().int().min(0),
  failed: z.boolean(),
  problems: z.array(ProblemSchema),
  /** Fact key → rule ids per article source, when output.debug is on. */
  trace: z.record(z.string(), z.record(z.string(), z.array(z.string()))).nullable(),
  /** The decision log per article source, when the run explains itself (output.explain or output.debug). */
  decisions: z.record(z.string(), z.array(DecisionSchema)).nullable().optional(),
});
export type FileRow = z.infer<typeof FileRowSchema>;

export const StateManifestSchema = z.object({
  format: z.literal(STATE_FORMAT),
  version: z.literal(STATE_VERSION),
  /** sha256 of the shard identity and the files covered: the same state merged twice has the same id. */
  id: z.string(),
  tool: z.object({ name: z.literal('trackfacts'), version: z.string() }),
  /** Run fingerprint: the effective config that affects extraction and the digest of the code. */
  fingerprint: z.string(),
  /** `format`: the run's output formats, comma-separated in canonical order ("json", "json,csv,parquet"). */
  output: z.object({ format: z.string().regex(/^(?:json|ndjson|csv|parquet)(?:,(?:json|ndjson|csv|parquet))*$/), debug: z.boolean(), includeText: z.boolean(), explain: z.boolean().optional() }),
  /** This state's share of the inputs: shard `index` of `count` over the inputs named by `inputs` (a hash). */
  shard: z.object({ index: z.number().int().min(1), count: z.number().int().min(1), inputs: z.string() }).nullable(),
  records: z.object({ file: z.literal(RECORDS_FILE), bytes: z.number().int().min(0), sha256: z.string(), count: z.number().int().min(0) }),
  files: z.array(FileRowSchema),
  /** Problems of the walk (unreadable folders, loops, too-large files): the same for every shard of one input set. */
  walkProblems: z.array(ProblemSchema),
});
export type StateManifest = z.infer<typeof StateManifestSchema>;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The lines of records.tsv, sorted. */
export function* ledgerLines(l: Ledger): Iterable<string> {
  for (const kind of LEDGER_KINDS) {
    const keys = [...l[kind].keys()].sort(cmp);
    for (const key of keys) {
      const v = l[kind].get(key)!;
      yield `${kind}\t${JSON.stringify(key)}\t${typeof v === 'string' ? v : recordToText(kind, v as never)}\n`;
    }
  }
}

export class StateFormatError extends Error {
  override name = 'StateFormatError';
}

const KINDS = new Set<string>(LEDGER_KINDS);

/** A ledger from records.tsv text; records stay text until used (see getRecord). Throws StateFormatError. */
export function parseLedgerText(text: string): Ledger {
  const l = createLedger();
  let at = 0;
  let line = 0;
  while (at < text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    line++;
    const t1 = text.indexOf('\t', at);
    const t2 = t1 < 0 ? -1 : text.indexOf('\t', t1 + 1);
    if (t1 < 0 || t2 < 0 || t2 > nl) throw new StateFormatError(`${RECORDS_FILE} line ${line}: not <kind>\\t<key>\\t<record>`);
    const kind = text.slice(at, t1);
    if (!KINDS.has(kind)) throw new StateFormatError(`${RECORDS_FILE} line ${line}: unknown kind "${kind.slice(0, 20)}"`);
    let key: unknown;
    try {
      key = JSON.parse(text.slice(t1 + 1, t2));
    } catch {
      key = null;
    }
    if (typeof key !== 'string') throw new StateFormatError(`${RECORDS_FILE} line ${line}: bad key`);
    (l[kind as LedgerKind] as Map<string, unknown>).set(key, text.slice(t2 + 1, nl));
    at = nl + 1;
  }
  return l;
}

/** The id of a state: its shard identity and the files it covers. */
export function stateId(m: Pick<StateManifest, 'fingerprint' | 'shard' | 'files'>, sha: (s: string) => string): string {
  const files = m.files.map((f) => `${f.source}\u0000${f.sha256 ?? ''}`).sort(cmp).join('\n');
  return sha(`TFSTATE1\u0000${m.fingerprint}\u0000${m.shard ? `${m.shard.index}/${m.shard.count}/${m.shard.inputs}` : ''}\u0000${files}`);
}

/** Problems of the files and the walk, in the run report's order of appearance. */
export function rowProblems(rows: readonly FileRow[]): Problem[] {
  return rows.flatMap((r) => r.problems as Problem[]);
}
