/** Problems of the ingest stage: data, never exceptions. */
import type { Problem } from '../types.js';

export type IngestRule =
  | 'ingest/binary'
  | 'ingest/empty'
  | 'ingest/encoding'
  | 'ingest/unsupported'
  | 'ingest/front-matter'
  | 'ingest/html-no-content'
  | 'ingest/json-parse'
  | 'ingest/json-shape'
  | 'ingest/json-field-type'
  | 'ingest/json-duplicate-id'
  | 'ingest/ill-formed-unicode';

export function problem(source: string, rule: IngestRule, severity: Problem['severity'], reason: string): Problem {
  return { source, stage: 'ingest', rule, severity, reason };
}
