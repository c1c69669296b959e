/**
 * Output formats: `json` (facts.json), `ndjson` (one file per kind), `csv` and `parquet` (one table per kind
 * plus mentions). A run writes any set of them; the set is kept in one canonical order so that
 * `csv,json` and `json,csv` are the same run (and the same run-cache key).
 */
import { z } from 'zod';

export const OUTPUT_FORMATS = ['json', 'ndjson', 'csv', 'parquet'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const OutputFormatSchema = z.enum(OUTPUT_FORMATS);
/** `output.format` in the config: one format or a non-empty list. */
export const OutputFormatsSchema = z.union([OutputFormatSchema, z.array(OutputFormatSchema).min(1)]);

/** The formats of `output.format` (a string or a list), without repeats, in canonical order. */
export function outputFormats(value: OutputFormat | readonly OutputFormat[]): OutputFormat[] {
  const wanted = new Set<OutputFormat>(typeof value === 'string' ? [value] : value);
  return OUTPUT_FORMATS.filter((f) => wanted.has(f));
}

/** `--format json,csv,parquet` → the formats, or a message naming the bad part. */
export function parseFormatList(text: string): OutputFormat[] | { error: string } {
  const parts = text.split(',').map((s) => s.trim());
  const bad = parts.find((p) => !(OUTPUT_FORMATS as readonly string[]).includes(p));
  if (bad !== undefined) return { error: `unknown format "${bad}" (expected a comma-separated list of ${OUTPUT_FORMATS.join(', ')})` };
  return outputFormats(parts as OutputFormat[]);
}
