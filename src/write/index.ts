/**
 * Serialisation of facts.json: streamed as chunks, one record per line, so that a large dataset is
 * never one giant string and diffs between runs stay readable. Pure: the I/O layer writes the chunks.
 */
import type { FactKind, FactsFile } from '../schema/facts.js';
import { FACT_KINDS } from '../schema/facts.js';
import { jsonLine } from './json-line.js';

/** The bytes of facts.json, in order. */
export function* factsJsonChunks(facts: FactsFile): Iterable<string> {
  yield `{\n  "schemaVersion": ${JSON.stringify(facts.schemaVersion)}`;
  for (const kind of FACT_KINDS) {
    const records = facts[kind] as readonly unknown[];
    if (!records.length) {
      yield `,\n  ${JSON.stringify(kind)}: []`;
      continue;
    }
    yield `,\n  ${JSON.stringify(kind)}: [\n`;
    for (let i = 0; i < records.length; i++) yield `    ${jsonLine(records[i])}${i + 1 < records.length ? ',' : ''}\n`;
    yield '  ]';
  }
  yield '\n}\n';
}

/** One NDJSON stream per kind: one record per line. */
export function factsNdjsonChunks(facts: FactsFile): Record<FactKind, Iterable<string>> {
  const lines = function* (records: readonly unknown[]): Iterable<string> {
    for (const r of records) yield jsonLine(r) + '\n';
  };
  return Object.fromEntries(FACT_KINDS.map((k) => [k, lines(facts[k] as readonly unknown[])])) as Record<FactKind, Iterable<string>>;
}

/** The whole facts.json as one string (for tests and small outputs). */
export function factsToJson(facts: FactsFile): string {
  return [...factsJsonChunks(facts)].join('');
}
