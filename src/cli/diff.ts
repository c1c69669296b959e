/** `trackfacts diff OLD NEW [--json]`: what changed between two datasets, as a summary or as changes.json. */
import { statSync } from 'node:fs';
import { FactsReadError, readFactsAt, readInputDigest } from '../io/read-facts.js';
import { changesJsonChunks, changeTotals, computeChanges, formatChanges } from '../write/changes.js';
import type { ChangeCounts } from '../write/changes.js';

const digestOf = (target: string) => {
  try {
    return statSync(target).isDirectory() ? readInputDigest(target) : null;
  } catch {
    return null;
  }
};

/** Prints the changes from OLD to NEW; 0, or 2 when a dataset cannot be read (the message names it). */
export function runDiff(cmd: { old: string; new: string; json: boolean }, out: (s: string) => void, err: (s: string) => void): number {
  let before, after;
  try {
    before = readFactsAt(cmd.old);
    after = readFactsAt(cmd.new);
  } catch (e) {
    if (!(e instanceof FactsReadError)) throw e;
    err(`trackfacts: ${e.message}`);
    return 2;
  }
  const changes = computeChanges(before, after, { since: digestOf(cmd.old), digest: digestOf(cmd.new) });
  out(cmd.json ? [...changesJsonChunks(changes)].join('') : formatChanges(changes));
  return 0;
}

/** "changes +3 -0 ~2 since <digest…>" for the summary line (articles left out: they are the input); "(no previous
 *  facts)" on a first run, or when --out held no facts.json/NDJSON to compare with. */
export function formatChangeTotals(c: { since: string | null; previous: boolean; counts: ChangeCounts }): string {
  const t = changeTotals(c.counts);
  const against = !c.previous ? '(no previous facts)' : c.since ? `since ${c.since.slice(0, 12)}` : 'since the facts found in --out';
  return `changes +${t.added} -${t.removed} ~${t.changed} ${against}`;
}
