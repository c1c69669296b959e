/**
 * pipeline.config.json: one strict zod schema, the single source of truth for the config and its
 * TypeScript type. Unknown keys are rejected; every error names its key path.
 */
import { z } from 'zod';
import { IngestOptionsSchema, defaultIngestOptions } from '../ingest/options.js';
import { OutputFormatsSchema } from '../write/formats.js';
import { LexiconsSchema } from './lexicons.js';
import { keyPath } from '../rules/overrides.js';

export const ConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  ingest: IngestOptionsSchema.default(defaultIngestOptions),
  lexicons: LexiconsSchema,
  limits: z
    .strictObject({
      /** Files larger than this are skipped without being read. */
      maxFileBytes: z.number().int().positive().default(5 * 1024 * 1024),
      /** A stage that runs longer than this on one article is stopped and the article reported. */
      articleTimeoutMs: z.number().int().positive().default(10_000),
      /** Heap (old generation) of each worker thread, MiB. A file whose extraction needs more stops that worker
       *  and is reported; the batch goes on. About 100 bytes of heap per input byte at most are needed. */
      workerHeapMb: z.number().int().min(16).max(65_536).default(2048),
    })
    .default({ maxFileBytes: 5 * 1024 * 1024, articleTimeoutMs: 10_000, workerHeapMb: 2048 }),
  runner: z
    .strictObject({
      /** Worker threads; null means one per core. */
      concurrency: z.number().int().min(1).max(256).nullable().default(null),
      /** Cache entries that no run has used for this many runs (runs that extracted or changed something) are pruned. */
      cacheKeepRuns: z.number().int().min(1).max(10_000).default(10),
    })
    .default({ concurrency: null, cacheKeepRuns: 10 }),
  output: z
    .strictObject({
      /** One format or a list: json, ndjson, csv, parquet (src/write/formats.ts). */
      format: OutputFormatsSchema.default('json'),
      includeText: z.boolean().default(false),
      /** Also write debug.json: the rule ids behind every fact. */
      debug: z.boolean().default(false),
      /** Also write explain.jsonl: per article, the rules behind every fact and every dropped candidate with its rule,
       *  span and reason (docs/explain-format.md). output.debug writes it too. Facts are the same either way. */
      explain: z.boolean().default(false),
      /** Refuse to replace the outputs when athletes + performances would shrink by more than this share (0–1; 1 never refuses). */
      maxShrink: z.number().min(0).max(1).default(0.5),
    })
    .default({ format: 'json', includeText: false, debug: false, explain: false, maxShrink: 0.5 }),
});

export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}


/** Validates a parsed config; throws ConfigError naming every bad key path. */
export function parseConfig(json: unknown): Config {
  const r = ConfigSchema.safeParse(json ?? {});
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => {
    const keys = i.code === 'unrecognized_keys' ? ` (${i.keys.join(', ')})` : '';
    return `${keyPath(i.path)}: ${i.message}${keys}`;
  });
  throw new ConfigError(lines.join('\n'));
}

export const defaultConfig: Config = parseConfig({});
