/**
 * What travels through Redis: a job is a batch of files (source and bytes, base64) with the config and the
 * digest of the code the producer runs; its result is each file's cache entry text (checksummed, see
 * src/runner/cache.ts). A job's id is made from the run fingerprint and the files' sources and sha256, so
 * enqueuing the same batch again (a retried or restarted producer) adds nothing and finds the result.
 */
import type { Config } from '../config/schema.js';
import { sha256 } from '../util/hash.js';

export interface JobFile {
  source: string;
  /** base64 of the file's bytes. */
  data: string;
}

export interface ExtractJobData {
  v: 1;
  /** Digest of the code (src/runner/code-digest.ts): a worker running another build refuses the job. */
  code: string;
  config: Config;
  files: JobFile[];
}

/** The entries, one per file, in order. */
export type ExtractJobResult = string[];

export function jobId(fingerprint: string, files: readonly { source: string; bytes: Uint8Array }[]): string {
  const parts = files.map((f) => `${f.source}\u0000${sha256(f.bytes)}`).join('\n');
  return `tf-${sha256(`TFJOB1\u0000${fingerprint}\u0000${parts}`).slice(0, 40)}`;
}
