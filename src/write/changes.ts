/**
 * What changed between two facts files, per kind: records added (id only in the new file), removed (id
 * only in the old one) and changed (same id, other content), ids being the contract's stable ids. Pure:
 * the runner reads the previous facts.json before replacing it, and `trackfacts diff` reads two of them.
 */
import type { FactKind, FactsFile } from '../schema/facts.js';
import { FACT_KINDS } from '../schema/facts.js';
import { sha256 } from '../util/hash.js';

type FactRecord = FactsFile[FactKind][number];

export interface KindChanges {
  added: FactRecord[];
  removed: FactRecord[];
  changed: { id: string; before: FactRecord; after: FactRecord }[];
}

export type Changes = {
  /** The previous run's input digest (from its run-report.json), or null on a first run. */
  since: string | null;
  /** This run's input digest. */
  digest: string | null;
} & Record<FactKind, KindChanges>;

export type ChangeCounts = Record<FactKind, { added: number; removed: number; changed: number }>;

/**
 * The input digest of a run: sha256 over the pipeline fingerprint and the sorted (source, sha256 of the
 * bytes) pairs of its articles. Two runs with the same digest read the same articles with the same rules
 * and config, so their facts are the same.
 */
export function inputDigest(facts: Pick<FactsFile, 'articles'>, fingerprint: string): string {
  const pairs = facts.articles.map((a) => `${a.source}\u0000${a.sha256}`).sort();
  return sha256(`TFD1\u0000${fingerprint}\n${pairs.join('\n')}\n`);
}

function diffKind(before: readonly FactRecord[], after: readonly FactRecord[]): KindChanges {
  const out: KindChanges = { added: [], removed: [], changed: [] };
  const old = new Map(before.map((r) => [r.id, r]));
  for (const r of after) {
    const prev = old.get(r.id);
    if (!prev) out.added.push(r);
    else {
      old.delete(r.id);
      if (JSON.stringify(prev) !== JSON.stringify(r)) out.changed.push({ id: r.id, before: prev, after: r });
    }
  }
  out.removed.push(...old.values());
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  out.added.sort(byId);
  out.removed.sort(byId);
  out.changed.sort(byId);
  return out;
}

/** The changes from `before` (null: nothing yet, so everything is added) to `after`. */
export function computeChanges(before: FactsFile | null, after: FactsFile, digests: { since: string | null; digest: string | null }): Changes {
  const kinds = Object.fromEntries(FACT_KINDS.map((k) => [k, diffKind(before ? before[k] : [], after[k])])) as Record<FactKind, KindChanges>;
  return { since: digests.since, digest: digests.digest, ...kinds };
}

export function changeCounts(c: Changes): ChangeCounts {
  return Object.fromEntries(FACT_KINDS.map((k) => [k, { added: c[k].added.length, removed: c[k].removed.length, changed: c[k].changed.length }])) as ChangeCounts;
}

/** Totals over the kinds that are facts about the world (articles left out: they are the input). */
export function changeTotals(counts: ChangeCounts): { added: number; removed: number; changed: number } {
  const t = { added: 0, removed: 0, changed: 0 };
  for (const k of FACT_KINDS) {
    if (k === 'articles') continue;
    t.added += counts[k].added;
    t.removed += counts[k].removed;
    t.changed += counts[k].changed;
  }
  return t;
}

/** The bytes of changes.json: one record (or `{id, before, after}`) a line, like facts.json. */
export function* changesJsonChunks(c: Changes): Iterable<string> {
  yield `{\n  "since": ${JSON.stringify(c.since)},\n  "digest": ${JSON.stringify(c.digest)}`;
  for (const kind of FACT_KINDS) {
    yield `,\n  ${JSON.stringify(kind)}: {`;
    const parts = ['added', 'removed', 'changed'] as const;
    for (let p = 0; p < parts.length; p++) {
      const list = c[kind][parts[p]!] as readonly unknown[];
      yield `${p ? ',' : ''}\n    ${JSON.stringify(parts[p])}: [`;
      if (!list.length) {
        yield ']';
        continue;
      }
      yield '\n';
      for (let i = 0; i < list.length; i++) yield `      ${JSON.stringify(list[i])}${i + 1 < list.length ? ',' : ''}\n`;
      yield '    ]';
    }
    yield '\n  }';
  }
  yield '\n}\n';
}

const LABEL_KEYS = ['name', 'title', 'source', 'text', 'raw'] as const;

/** A record as a person reads it in a summary: its id and its name (or title, text …). */
function labelOf(r: FactRecord): string {
  const o = r as unknown as Record<string, unknown>;
  const key = LABEL_KEYS.find((k) => typeof o[k] === 'string');
  let label = key ? (o[key] as string) : '';
  if (label.length > 60) label = `${label.slice(0, 57)}…`;
  return label ? `${r.id} ${JSON.stringify(label)}` : r.id;
}

/** The top-level fields that differ between two versions of a record. */
function changedFields(before: FactRecord, after: FactRecord): string[] {
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]));
}

/** A readable summary: a count table, then the records (up to `limit` per list and kind). */
export function formatChanges(c: Changes, limit = 20): string {
  const counts = changeCounts(c);
  const lines = [`changes since ${c.since ?? '(no previous run)'}${c.digest ? ` to ${c.digest}` : ''}`, ''];
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  lines.push(`${'kind'.padEnd(14)}${pad('added', 8)}${pad('removed', 9)}${pad('changed', 9)}`);
  for (const k of FACT_KINDS) lines.push(`${k.padEnd(14)}${pad(counts[k].added, 8)}${pad(counts[k].removed, 9)}${pad(counts[k].changed, 9)}`);
  for (const k of FACT_KINDS) {
    const section = (title: string, items: string[]) => {
      if (!items.length) return;
      lines.push('', `${k} ${title}:`);
      for (const it of items.slice(0, limit)) lines.push(`  ${it}`);
      if (items.length > limit) lines.push(`  … and ${items.length - limit} more`);
    };
    section('added', c[k].added.map(labelOf));
    section('removed', c[k].removed.map(labelOf));
    section('changed', c[k].changed.map((x) => `${labelOf(x.after)}: ${changedFields(x.before, x.after).join(', ')}`));
  }
  return `${lines.join('\n')}\n`;
}
