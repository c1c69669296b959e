/**
 * Writes the outputs of a run (facts.json, NDJSON, CSV and Parquet files as `output.format` asks, and
 * debug.json and explain.jsonl when asked), each atomically, hashing the bytes on the way so that the run cache can store and verify them.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Config } from '../config/schema.js';
import type { FactsFile } from '../schema/facts.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { formatFiles, FACTS_FILE } from '../write/files.js';
import type { OutputSource } from '../write/files.js';
import { outputFormats } from '../write/formats.js';
import { mentionRulesFromTraces } from '../write/tables.js';
import { jsonLine } from '../write/json-line.js';
import { crashPoint } from '../io/crash-point.js';
import { explains } from '../rules/explain.js';
import type { ExplainedDecision } from '../rules/explain.js';
import { EXPLAIN_FILE, explainChunks } from './explain-output.js';

export { FACTS_FILE };
export type { OutputSource };
export const DEBUG_FILE = 'debug.json';
export { EXPLAIN_FILE };

export interface OutputFile {
  name: string;
  sha256: string;
  bytes: number;
}

export async function writeHashed(dir: string, name: string, chunks: Iterable<string | Uint8Array>): Promise<OutputFile> {
  const h = createHash('sha256');
  let bytes = 0;
  const tee = function* () {
    for (const c of chunks) {
      if (typeof c === 'string') {
        h.update(c, 'utf8');
        bytes += Buffer.byteLength(c, 'utf8');
      } else {
        h.update(c);
        bytes += c.byteLength;
      }
      yield c;
    }
  };
  await writeFileAtomic(path.join(dir, name), tee());
  crashPoint(`wrote ${name}`);
  return { name, sha256: h.digest('hex'), bytes };
}

function* debugChunks(traces: ReadonlyMap<string, Record<string, string[]>>): Iterable<string> {
  const sources = [...traces.keys()].sort();
  yield '{\n';
  for (let i = 0; i < sources.length; i++) yield `  ${jsonLine(sources[i])}: ${jsonLine(traces.get(sources[i]!))}${i + 1 < sources.length ? ',' : ''}\n`;
  yield '}\n';
}

/** The files of a run, in order, for the formats of `config.output.format` (and debug.json, explain.jsonl); nothing written yet. */
export function outputSources(
  facts: FactsFile,
  config: Config,
  traces: ReadonlyMap<string, Record<string, string[]>>,
  decisions: ReadonlyMap<string, readonly ExplainedDecision[]> = new Map(),
): OutputSource[] {
  const rules = config.output.debug ? mentionRulesFromTraces(facts, traces) : undefined;
  const files = formatFiles(facts, outputFormats(config.output.format), rules);
  if (config.output.debug) files.push({ name: DEBUG_FILE, chunks: debugChunks(traces) });
  if (explains(config.output)) files.push({ name: EXPLAIN_FILE, chunks: explainChunks(traces, decisions) });
  return files;
}

/** Writes a list of files to `dir`, each atomically; returns what was written, in order. */
export async function writeOutputFiles(dir: string, files: readonly OutputSource[]): Promise<OutputFile[]> {
  const written: OutputFile[] = [];
  for (const f of files) written.push(await writeHashed(dir, f.name, f.chunks));
  return written;
}

/** Writes the facts (and debug traces, the decision log, and any `extra` files such as changes.json) to `dir`; returns what was written, in order. */
export async function writeOutputs(
  dir: string,
  facts: FactsFile,
  config: Config,
  traces: ReadonlyMap<string, Record<string, string[]>>,
  extra: readonly OutputSource[] = [],
  decisions: ReadonlyMap<string, readonly ExplainedDecision[]> = new Map(),
): Promise<OutputFile[]> {
  return writeOutputFiles(dir, [...outputSources(facts, config, traces, decisions), ...extra]);
}
