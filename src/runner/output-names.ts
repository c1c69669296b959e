/**
 * Every file name a trackfacts run may write into the output folder. A set with a manifest names its own
 * files; these are what a folder written before manifests existed may hold, removed when the new set does
 * not have them (a run switched from --format ndjson to json leaves no NDJSON file behind). A writer of a
 * new output format adds its names here.
 */
import { FACT_KINDS } from '../schema/facts.js';
import { DEBUG_FILE, EXPLAIN_FILE, FACTS_FILE } from './outputs.js';
import { TABLE_NAMES } from '../write/tables.js';
import { CHANGES_FILE } from './changes-step.js';

export const KNOWN_OUTPUT_NAMES: readonly string[] = [
  FACTS_FILE,
  DEBUG_FILE,
  EXPLAIN_FILE,
  CHANGES_FILE,
  'run-report.json',
  ...FACT_KINDS.map((k) => `${k}.ndjson`),
  ...TABLE_NAMES.flatMap((t) => [`${t}.csv`, `${t}.parquet`]),
];
