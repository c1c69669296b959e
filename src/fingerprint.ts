/**
 * What identifies a pipeline's output for a given input: its version and the effective config that affects
 * extraction. Light on purpose: the runner's main thread needs the cache key without building lexicons.
 */
import type { Config } from './config/schema.js';
import { sha256 } from './util/hash.js';

/** Bump when a change to the rules or stages changes what is extracted: it invalidates caches. */
export const PIPELINE_VERSION = '0.3.2';

export function pipelineFingerprint(config: Config): string {
  return sha256(JSON.stringify({ v: PIPELINE_VERSION, lexicons: config.lexicons, ingest: config.ingest, includeText: config.output.includeText }));
}
