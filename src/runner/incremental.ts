/**
 * Re-runs that cost what changed. The cache keeps the state of the last run (`<cache>/state/`, the format of
 * docs/state-format.md) and the name of its stored outputs. A re-run whose inputs changed starts from that
 * state: files with the same source and sha256 are neither read nor merged again; a removed or changed file's
 * facts are taken away (its old per-file entry says what it gave); added and changed files are extracted as
 * usual. Then only the records those articles touched are decided again and spliced into the last run's
 * facts.json (sorted by id, one record a line), so the output costs a copy, not a finalize of every record.
 * Anything missing or damaged (an old entry, the stored outputs) falls back to the full path.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { FactKind } from '../schema/facts.js';
import { FACT_KINDS } from '../schema/facts.js';
import type { FileResult } from './task.js';
import type { Ledger, LedgerKind, Touched } from '../merge/ledger.js';
import { applyArticle, createLedger, createTouched, getRecord, ledgerToMergeState } from '../merge/ledger.js';
import type { FileRow, StateManifest } from '../merge/state-file.js';
import { athleteId, competitionId, eventId, finalizeFacts, performanceId, quoteId } from '../merge/index.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { readStateDir, writeStateDir } from './state-store.js';
import type { StateInfo } from './state-store.js';

export const STATE_DIR = 'state';
const LAST_OUTPUT = 'last-output.json';

export interface Base {
  manifest: StateManifest;
  ledger: Ledger;
  /** The run snapshot holding the outputs made from this state, when known. */
  snapshot: string | null;
}

/** The stored state of the last run, when it was made by the same pipeline with the same output options. */
export async function loadBase(cacheDir: string, fingerprint: string, output: StateManifest['output']): Promise<Base | null> {
  const dir = path.join(cacheDir, STATE_DIR);
  if (!existsSync(path.join(dir, 'manifest.json'))) return null;
  try {
    // another pipeline's state (a new build, another config) is not worth reading
    const head = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { fingerprint?: unknown };
    if (head.fingerprint !== fingerprint) return null;
    const { manifest, ledger } = await readStateDir(dir);
    if (manifest.fingerprint !== fingerprint || JSON.stringify(manifest.output) !== JSON.stringify(output) || manifest.shard) return null;
    let snapshot: string | null = null;
    try {
      const last = JSON.parse(await readFile(path.join(dir, LAST_OUTPUT), 'utf8')) as { state?: string; snapshot?: string };
      if (last.state === manifest.id && typeof last.snapshot === 'string') snapshot = last.snapshot;
    } catch {
      snapshot = null;
    }
    return { manifest, ledger, snapshot };
  } catch {
    return null; // damaged: the full path rebuilds it
  }
}

export async function storeState(cacheDir: string, info: StateInfo, ledger: Ledger, snapshot: string | null): Promise<void> {
  const dir = path.join(cacheDir, STATE_DIR);
  const m = await writeStateDir(dir, info, ledger, { fsync: false });
  await writeFileAtomic(path.join(dir, LAST_OUTPUT), [JSON.stringify({ state: m.id, snapshot })], { fsync: false });
}

/** A row whose file gave nothing that can be trusted again (unread, or stopped by the runner) is retried. */
const settled = (r: FileRow) => r.sha256 !== null && !r.problems.some((p) => p.stage === 'runner' || p.stage === 'io');

export interface Plan {
  /** The ledger with removed and changed files taken away. */
  ledger: Ledger;
  touched: Touched;
  /** Rows of the files kept from the last run, by index into the run's files (null: read and extract it). */
  kept: (FileRow | null)[];
  removed: number;
}

/**
 * Takes away from the base what no longer holds: files gone or changed. `entryOf(row)` gives the file's old
 * result (its per-file cache entry), or null when it is not there: then nothing can be taken away, and the
 * plan is null (full path). Files are `[source, sha256 | null]` in walk order.
 */
export function planFromBase(base: Base, files: readonly (readonly [string, string | null])[], entryOf: (row: FileRow) => FileResult | null): Plan | null {
  const rows = new Map(base.manifest.files.map((r) => [r.source, r]));
  const kept: (FileRow | null)[] = files.map(([source, sha]) => {
    const r = rows.get(source);
    if (r && sha !== null && r.sha256 === sha && settled(r)) {
      rows.delete(source);
      return r;
    }
    return null;
  });
  const touched = createTouched();
  let removed = 0;
  for (const r of rows.values()) {
    removed++;
    if (!r.articles) continue;
    const old = entryOf(r);
    if (!old) return null;
    for (const facts of old.facts) applyArticle(base.ledger, facts, -1, touched);
  }
  return { ledger: base.ledger, touched, kept, removed };
}

// ---------------------------------------------------------------- splicing the last run's facts.json

const ID_OF: Record<Exclude<LedgerKind, 'articles'>, (key: string) => string> = {
  athletes: athleteId, events: eventId, competitions: competitionId, performances: performanceId, quotes: quoteId,
};
const idOf = (kind: LedgerKind, key: string) => (kind === 'articles' ? key : ID_OF[kind](key));
const NULL = '\u0000null';
const voted = (c: Map<string, number>) => [...c.keys()].filter((k) => k !== NULL).map((k) => JSON.parse(k) as string);

/** Record lines of a facts.json written by factsJsonChunks, per kind; null when it is not in that shape. */
function recordLines(text: string): Record<FactKind, string[]> | null {
  const out = Object.fromEntries(FACT_KINDS.map((k) => [k, [] as string[]])) as Record<FactKind, string[]>;
  let kind: FactKind | null = null;
  let at = 0;
  while (at < text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    if (text.startsWith('    {"id":"', at)) {
      if (!kind) return null;
      const end = text.charCodeAt(nl - 1) === 44 /* , */ ? nl - 1 : nl;
      out[kind].push(text.slice(at + 4, end));
    } else {
      const m = /^ {2}"([a-z]+)": \[/.exec(text.slice(at, Math.min(nl, at + 40)));
      if (m) {
        if (!(FACT_KINDS as readonly string[]).includes(m[1]!)) return null;
        kind = m[1] as FactKind;
      }
    }
    at = nl + 1;
  }
  return out;
}

const lineId = (line: string) => line.slice(7, line.indexOf('"', 7));

/** The same bytes as factsJsonChunks, from each kind's record texts sorted by id. */
function* factsJsonFromLines(schemaVersion: number, lines: Record<FactKind, string[]>): Iterable<string> {
  yield `{\n  "schemaVersion": ${JSON.stringify(schemaVersion)}`;
  for (const kind of FACT_KINDS) {
    const records = lines[kind];
    if (!records.length) {
      yield `,\n  ${JSON.stringify(kind)}: []`;
      continue;
    }
    yield `,\n  ${JSON.stringify(kind)}: [\n`;
    let part = ''; // ~256 KB at a time: hashing and writing line by line cost more than the lines
    for (let i = 0; i < records.length; i++) {
      part += `    ${records[i]}${i + 1 < records.length ? ',' : ''}\n`;
      if (part.length >= 1 << 18) {
        yield part;
        part = '';
      }
    }
    yield part;
    yield '  ]';
  }
  yield '\n}\n';
}

/**
 * facts.json for `ledger`, from the previous facts.json (made from the base state) and the records touched
 * since; null when the previous file is not in the expected shape. Records that reference an athlete, event or
 * competition that appeared or disappeared are decided again too (their reference becomes an id or null).
 */
export function spliceFacts(previous: string, ledger: Ledger, touched: Touched): { chunks: Iterable<string>; counts: Record<FactKind, number> } | null {
  const prev = recordLines(previous);
  const schema = /^\{\n {2}"schemaVersion": ([0-9]+)/.exec(previous);
  if (!prev || !schema) return null;
  const dirty = createTouched();
  for (const kind of Object.keys(touched) as LedgerKind[]) for (const k of touched[kind]) dirty[kind].add(k);

  // references whose target came or went
  const prevIds = (kind: FactKind) => new Set(prev[kind].map(lineId));
  const flipped: string[] = [];
  for (const kind of ['athletes', 'events', 'competitions'] as const) {
    const before = prevIds(kind);
    for (const key of touched[kind]) if (before.has(idOf(kind, key)) !== ledger[kind].has(key)) flipped.push(key);
  }
  if (flipped.length) {
    // a stored record names a key raw (athlete, event) or inside a vote (competition, speaker): look for every
    // way it can be written; a false match only decides one record again
    const forms = flipped.flatMap((k) => [k, JSON.stringify(k).slice(1, -1), JSON.stringify(JSON.stringify(k)).slice(1, -1)]);
    for (const kind of ['performances', 'quotes'] as const) {
      for (const [key, v] of ledger[kind]) {
        const text = typeof v === 'string' ? v : JSON.stringify(v, (_k, x: unknown) => (x instanceof Map ? [...x.keys()] : x));
        if (forms.some((f) => text.includes(f))) dirty[kind].add(key);
      }
    }
  }

  // decide the dirty records, with the records they reference present so that references resolve
  const sub = createLedger();
  const put = (kind: LedgerKind, key: string) => {
    const r = getRecord(ledger, kind, key);
    if (r) (sub[kind] as Map<string, unknown>).set(key, r);
  };
  for (const kind of Object.keys(dirty) as LedgerKind[]) for (const k of dirty[kind]) put(kind, k);
  for (const key of dirty.performances) {
    const p = getRecord(ledger, 'performances', key);
    if (!p) continue;
    if (p.athlete) put('athletes', p.athlete);
    if (p.event) put('events', p.event);
    for (const c of voted(p.competition)) put('competitions', c);
  }
  for (const key of dirty.quotes) {
    const q = getRecord(ledger, 'quotes', key);
    if (q) for (const s of voted(q.speaker)) put('athletes', s);
  }
  // finalize sorts mention lists in place: harmless (their order means nothing)
  const decided = finalizeFacts(ledgerToMergeState(sub));

  const lines = {} as Record<FactKind, string[]>;
  for (const kind of FACT_KINDS) {
    const gone = new Set([...dirty[kind]].map((k) => idOf(kind, k)));
    const fresh = (decided[kind] as { id: string }[]).filter((r) => gone.has(r.id)).map((r) => JSON.stringify(r));
    const old = prev[kind];
    const merged: string[] = [];
    let i = 0;
    let j = 0;
    while (i < old.length || j < fresh.length) {
      const oi = i < old.length ? lineId(old[i]!) : null;
      if (oi !== null && gone.has(oi)) {
        i++;
        continue;
      }
      const fj = j < fresh.length ? lineId(fresh[j]!) : null;
      if (fj === null || (oi !== null && oi < fj)) merged.push(old[i++]!);
      else merged.push(fresh[j++]!);
    }
    lines[kind] = merged;
  }
  return { chunks: factsJsonFromLines(Number(schema[1]), lines), counts: Object.fromEntries(FACT_KINDS.map((k) => [k, lines[k].length])) as Record<FactKind, number> };
}

/** The previous facts.json from a run snapshot, verified against its manifest; null when absent or damaged. */
export async function readSnapshotFacts(cacheDir: string, snapshot: string): Promise<string | null> {
  try {
    const dir = path.join(cacheDir, 'runs', snapshot);
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { outputs?: { name: string; sha256: string; bytes: number }[] };
    const o = manifest.outputs?.find((x) => x.name === 'facts.json');
    if (!o || manifest.outputs!.length !== 1) return null;
    const buf = await readFile(path.join(dir, o.name));
    if (buf.length !== o.bytes || createHash('sha256').update(buf).digest('hex') !== o.sha256) return null;
    return buf.toString('utf8');
  } catch {
    return null;
  }
}
