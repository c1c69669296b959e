/**
 * What identifies a pipeline's output for a given input: its version and the effective config that affects
 * extraction. Light on purpose: the runner's main thread needs the cache key without building lexicons.
 */
import type { Config } from './config/schema.js';
import { sha256 } from './util/hash.js';

/** A label for the run report and `Pipeline.version`. Caches no longer depend on bumping it: the runner keys them by
 *  a digest of the built code as well (src/runner/code-digest.ts), so any change to a rule or lexicon invalidates them. */
export const PIPELINE_VERSION = '0.3.2';

export function pipelineFingerprint(config: Config): string {
  return sha256(JSON.stringify({ v: PIPELINE_VERSION, lexicons: config.lexicons, ingest: config.ingest, includeText: config.output.includeText }));
}
