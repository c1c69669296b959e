/**
 * Every output format, as the Unicode property test (unicode.test.ts) drives it: how to write a facts file
 * to bytes and how a strict reader gets the records back. A new format adds one entry here and is then
 * checked over arbitrary strings like the others.
 */
import type { FactKind, FactsFile } from '../../src/schema/facts.js';
import { FACT_KINDS } from '../../src/schema/facts.js';
import { factsJsonChunks, factsNdjsonChunks } from '../../src/write/index.js';

export interface FormatWriter {
  name: string;
  /** Text formats are also checked line by line: every line splitter must see the same lines. */
  lineOriented: boolean;
  write(facts: FactsFile): Map<string, Uint8Array>;
  /** The records of each kind, read back from the files by a strict reader (invalid UTF-8 throws). */
  read(files: Map<string, Uint8Array>): Record<FactKind, unknown[]>;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const bytesOf = (chunks: Iterable<string>) => new TextEncoder().encode([...chunks].join(''));

export const FORMAT_WRITERS: FormatWriter[] = [
  {
    name: 'json',
    lineOriented: true,
    write: (facts) => new Map([['facts.json', bytesOf(factsJsonChunks(facts))]]),
    read: (files) => {
      const parsed = JSON.parse(strictUtf8.decode(files.get('facts.json')!)) as Record<FactKind, unknown[]>;
      return Object.fromEntries(FACT_KINDS.map((k) => [k, parsed[k]])) as Record<FactKind, unknown[]>;
    },
  },
  {
    name: 'ndjson',
    lineOriented: true,
    write: (facts) => {
      const streams = factsNdjsonChunks(facts);
      return new Map(FACT_KINDS.map((k) => [`${k}.ndjson`, bytesOf(streams[k])]));
    },
    read: (files) =>
      Object.fromEntries(
        FACT_KINDS.map((k) => {
          const text = strictUtf8.decode(files.get(`${k}.ndjson`)!);
          return [k, text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as unknown)];
        }),
      ) as Record<FactKind, unknown[]>,
  },
];
