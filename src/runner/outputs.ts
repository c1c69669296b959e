/**
 * Writes the outputs of a run (facts.json or one NDJSON file per kind, and debug.json when asked),
 * atomically, hashing the bytes on the way so that the run cache can store and verify them.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Config } from '../config/schema.js';
import type { FactsFile } from '../schema/facts.js';
import { FACT_KINDS } from '../schema/facts.js';
import { factsJsonChunks, factsNdjsonChunks } from '../write/index.js';
import { writeFileAtomic } from '../io/atomic-write.js';

export const FACTS_FILE = 'facts.json';
export const DEBUG_FILE = 'debug.json';

export interface OutputFile {
  name: string;
  sha256: string;
  bytes: number;
}

export async function writeHashed(dir: string, name: string, chunks: Iterable<string>): Promise<OutputFile> {
  const h = createHash('sha256');
  let bytes = 0;
  const tee = function* () {
    for (const c of chunks) {
      h.update(c, 'utf8');
      bytes += Buffer.byteLength(c, 'utf8');
      yield c;
    }
  };
  await writeFileAtomic(path.join(dir, name), tee());
  return { name, sha256: h.digest('hex'), bytes };
}

function* debugChunks(traces: ReadonlyMap<string, Record<string, string[]>>): Iterable<string> {
  const sources = [...traces.keys()].sort();
  yield '{\n';
  for (let i = 0; i < sources.length; i++) yield `  ${JSON.stringify(sources[i])}: ${JSON.stringify(traces.get(sources[i]!))}${i + 1 < sources.length ? ',' : ''}\n`;
  yield '}\n';
}

/** Writes the facts (and debug traces) to `dir`; returns what was written, in order. */
export async function writeOutputs(dir: string, facts: FactsFile, config: Config, traces: ReadonlyMap<string, Record<string, string[]>>): Promise<OutputFile[]> {
  const written: OutputFile[] = [];
  if (config.output.format === 'ndjson') {
    const streams = factsNdjsonChunks(facts);
    for (const kind of FACT_KINDS) written.push(await writeHashed(dir, `${kind}.ndjson`, streams[kind]));
  } else {
    written.push(await writeHashed(dir, FACTS_FILE, factsJsonChunks(facts)));
  }
  if (config.output.debug) written.push(await writeHashed(dir, DEBUG_FILE, debugChunks(traces)));
  return written;
}
