/**
 * The files of a run's output formats, as a list of names and lazily made chunks: nothing is serialised
 * until the writer pulls a file's chunks, and the tables behind CSV and Parquet are built once, when the
 * first of those files is pulled. Pure; the runner writes the list (src/runner/outputs.ts).
 */
import type { FactsFile } from '../schema/facts.js';
import { FACT_KINDS } from '../schema/facts.js';
import type { OutputFormat } from './formats.js';
import { factsJsonChunks, factsNdjsonChunks } from './index.js';
import { factsTables, TABLE_NAMES } from './tables.js';
import type { MentionRules, Table } from './tables.js';
import { tableCsvChunks } from './csv.js';
import { tableParquetBytes } from './parquet.js';

export interface OutputSource {
  name: string;
  chunks: Iterable<string | Uint8Array>;
}

export const FACTS_FILE = 'facts.json';

/** The files for `formats` (canonical order), in order: facts.json, *.ndjson, *.csv, *.parquet. */
export function formatFiles(facts: FactsFile, formats: readonly OutputFormat[], rules?: MentionRules): OutputSource[] {
  let tables: Table[] | null = null;
  const tableOf = (i: number) => (tables ??= factsTables(facts, rules))[i]!;
  const files: OutputSource[] = [];
  for (const format of formats) {
    if (format === 'json') files.push({ name: FACTS_FILE, chunks: factsJsonChunks(facts) });
    if (format === 'ndjson') {
      const streams = factsNdjsonChunks(facts);
      for (const kind of FACT_KINDS) files.push({ name: `${kind}.ndjson`, chunks: streams[kind] });
    }
    if (format === 'csv')
      TABLE_NAMES.forEach((name, i) => files.push({ name: `${name}.csv`, chunks: { *[Symbol.iterator]() { yield* tableCsvChunks(tableOf(i)); } } }));
    if (format === 'parquet')
      TABLE_NAMES.forEach((name, i) => files.push({ name: `${name}.parquet`, chunks: { *[Symbol.iterator]() { yield tableParquetBytes(tableOf(i)); } } }));
  }
  return files;
}
