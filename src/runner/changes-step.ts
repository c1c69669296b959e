/**
 * The change-tracking step of a run: the facts already in the output folder are read before anything is
 * replaced, compared with the new facts, and the comparison is one more file of the output set
 * (changes.json). `since` is the previous run's input digest, read from its run-report.json.
 */
import path from 'node:path';
import type { Problem } from '../types.js';
import type { FactsFile } from '../schema/facts.js';
import { FACT_KINDS, SCHEMA_VERSION } from '../schema/facts.js';
import { FactsReadError, FACTS_JSON, hasFacts, readFactsAt, readInputDigest } from '../io/read-facts.js';
import { changeCounts, changesJsonChunks, computeChanges, inputDigest } from '../write/changes.js';
import type { ChangeCounts } from '../write/changes.js';
import type { OutputSource } from '../write/files.js';

export const CHANGES_FILE = 'changes.json';

export interface PreviousRun {
  facts: FactsFile | null;
  since: string | null;
}

/** The dataset in `out` from the previous run (none on a first run; unreadable: a warning, and none). */
export function readPreviousRun(out: string, addProblem: (p: Problem) => void): PreviousRun {
  if (!hasFacts(out)) return { facts: null, since: null };
  try {
    return { facts: readFactsAt(out), since: readInputDigest(out) };
  } catch (err) {
    if (!(err instanceof FactsReadError)) throw err;
    addProblem({ source: path.join(out, FACTS_JSON), stage: 'io', rule: 'io/previous-facts', severity: 'warning', reason: `${err.message}; changes.json lists every record as added` });
    return { facts: null, since: null };
  }
}

export interface ChangesOutput {
  file: OutputSource;
  digest: string;
  since: string | null;
  /** Whether --out held facts to compare with (false: everything is listed as added). */
  previous: boolean;
  counts: ChangeCounts;
}

/** changes.json for `facts` against the previous run, with the counts for the report. */
export function changesOutput(previous: PreviousRun, facts: FactsFile, fingerprint: string): ChangesOutput {
  const digest = inputDigest(facts, fingerprint);
  const changes = computeChanges(previous.facts, facts, { since: previous.since, digest });
  return { file: { name: CHANGES_FILE, chunks: changesJsonChunks(changes) }, digest, since: previous.since, previous: previous.facts !== null, counts: changeCounts(changes) };
}

/** The facts in a stored run snapshot (its facts.json or NDJSON files), or null when it has neither. */
export function factsFromSnapshot(files: readonly { name: string; data: Buffer }[]): FactsFile | null {
  const json = files.find((f) => f.name === FACTS_JSON);
  if (json) return JSON.parse(json.data.toString('utf8')) as FactsFile;
  const out: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION };
  for (const kind of FACT_KINDS) {
    const f = files.find((x) => x.name === `${kind}.ndjson`);
    if (!f) return null;
    out[kind] = f.data.toString('utf8').split('\n').filter((l) => l).map((l) => JSON.parse(l) as unknown);
  }
  return out as unknown as FactsFile;
}
