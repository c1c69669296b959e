/**
 * The per-file cache as packs: a run appends the entries it makes (the TFC1 format of cache.ts, each with its
 * length and sha256) to one new pack file, `<cache>/packs/<name>.pack`, in large buffered writes, and at the
 * end records them in `<cache>/packs/index.tsv` (key, pack, offset, length, last run that used it), written
 * atomically. One file per run instead of one per article: filling the cache no longer costs a file creation,
 * a rename and a folder entry per article. Nothing is fsynced: a damaged or truncated entry fails its checksum
 * and is recomputed; a pack the index does not name (a killed run) is deleted.
 *
 * Pruning: every run that writes the index counts as one run; the entries of the run's files are marked used
 * by it; an entry no run has used for `keepRuns` runs is dropped, and a pack whose live entries fill less than
 * half of it is compacted (its live entries copied into a new pack) or deleted when none are left.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { writeFileAtomic } from '../io/atomic-write.js';
import { decodeEntry } from './cache.js';
import type { CacheLookup } from './cache.js';

const INDEX = 'index.tsv';
const HEAD = 'TFPACKS1';
const FLUSH_AT = 1 << 20;

interface Row { pack: string; offset: number; length: number; lastRun: number }

export interface PackStore {
  /** The entry under `key` (checked), a miss, or corrupt. */
  read(key: string): CacheLookup;
  /** Appends an entry (buffered; readable once committed). */
  append(key: string, entry: string): void;
  /** Flushes this run's pack, marks `usedKeys` as used by this run, prunes and writes the index. */
  commit(usedKeys: Iterable<string>, keepRuns: number): Promise<{ run: number; entries: number; pruned: number; packs: number }>;
  /** Closes open files without committing (the run's new pack is left for the next prune). */
  close(): void;
}

export function openPackStore(cacheDir: string): PackStore {
  const dir = path.join(cacheDir, 'packs');
  let index: Map<string, Row> | null = null;
  let run = 0;
  const fds = new Map<string, number>();
  const loadIndex = (): Map<string, Row> => {
    if (index) return index;
    index = new Map();
    try {
      const text = readFileSync(path.join(dir, INDEX), 'utf8');
      const lines = text.split('\n');
      const head = lines[0]!.split('\t');
      if (head[0] !== HEAD) return index;
      run = Number(head[1]) || 0;
      for (let i = 1; i < lines.length; i++) {
        const f = lines[i]!.split('\t');
        if (f.length !== 5) continue;
        index.set(f[0]!, { pack: f[1]!, offset: Number(f[2]), length: Number(f[3]), lastRun: Number(f[4]) });
      }
    } catch {
      // no index yet, or unreadable: an empty cache
    }
    return index;
  };
  const fdOf = (pack: string) => {
    let fd = fds.get(pack);
    if (fd === undefined) {
      fd = openSync(path.join(dir, pack), 'r');
      fds.set(pack, fd);
    }
    return fd;
  };
  const readRow = (row: Row): Buffer | null => {
    try {
      const buf = Buffer.allocUnsafe(row.length);
      const n = readSync(fdOf(row.pack), buf, 0, row.length, row.offset);
      return n === row.length ? buf : buf.subarray(0, n);
    } catch {
      return null;
    }
  };

  // this run's pack
  const name = `${Date.now().toString(36)}-${process.pid}-${randomBytes(3).toString('hex')}.pack`;
  let out: number | null = null;
  let offset = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const added = new Map<string, Row>();
  const flush = () => {
    if (!pendingBytes) return;
    if (out === null) {
      mkdirSync(dir, { recursive: true });
      out = openSync(path.join(dir, name), 'wx', 0o644);
    }
    const buf = Buffer.concat(pending, pendingBytes);
    let at = 0;
    while (at < buf.length) at += writeSync(out, buf, at);
    pending = [];
    pendingBytes = 0;
  };

  const closeAll = () => {
    for (const fd of fds.values()) closeSync(fd);
    fds.clear();
    if (out !== null) closeSync(out);
    out = null;
  };

  return {
    read(key) {
      const row = loadIndex().get(key);
      if (!row) return { status: 'miss' };
      const buf = readRow(row);
      if (!buf) return { status: 'corrupt', reason: `pack ${row.pack} unreadable` };
      return decodeEntry(buf);
    },
    append(key, entry) {
      const buf = Buffer.from(entry, 'utf8');
      added.set(key, { pack: name, offset: offset + pendingBytes, length: buf.length, lastRun: 0 });
      pending.push(buf);
      pendingBytes += buf.length;
      if (pendingBytes >= FLUSH_AT) {
        const before = pendingBytes;
        flush();
        offset += before;
      }
    },
    async commit(usedKeys, keepRuns) {
      const at = pendingBytes;
      flush();
      offset += at;
      const idx = loadIndex();
      const before = new Set<string>();
      const thisRun = run + 1;
      for (const [k, r] of added) {
        r.lastRun = thisRun;
        idx.set(k, r);
      }
      for (const k of usedKeys) {
        const r = idx.get(k);
        if (r) r.lastRun = thisRun;
      }
      let pruned = 0;
      for (const [k, r] of idx) {
        before.add(r.pack);
        if (r.lastRun <= thisRun - keepRuns) {
          idx.delete(k);
          pruned++;
        }
      }
      // compact packs that are mostly dead: their live entries go to the end of this run's pack
      const live = new Map<string, number>();
      for (const r of idx.values()) live.set(r.pack, (live.get(r.pack) ?? 0) + r.length);
      const packs = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.pack')) : [];
      for (const p of packs) {
        if (p === name || !live.has(p)) continue;
        let size = 0;
        try {
          size = statSync(path.join(dir, p)).size;
        } catch {
          size = 0;
        }
        if (size && live.get(p)! * 2 >= size) continue;
        for (const [k, r] of idx) {
          if (r.pack !== p) continue;
          const buf = readRow(r);
          if (!buf || buf.length !== r.length) {
            idx.delete(k);
            continue;
          }
          pending.push(buf);
          idx.set(k, { pack: name, offset: offset + pendingBytes, length: buf.length, lastRun: r.lastRun });
          pendingBytes += buf.length;
        }
        live.delete(p);
      }
      const more = pendingBytes;
      flush();
      offset += more;
      closeAll();
      const rows: string[] = [`${HEAD}\t${thisRun}\n`];
      let part = '';
      for (const [k, r] of idx) {
        part += `${k}\t${r.pack}\t${r.offset}\t${r.length}\t${r.lastRun}\n`;
        if (part.length >= 1 << 16) {
          rows.push(part);
          part = '';
        }
      }
      rows.push(part);
      mkdirSync(dir, { recursive: true });
      await writeFileAtomic(path.join(dir, INDEX), rows, { fsync: false });
      // packs no entry points at any more; and, after an hour, packs no index ever named (left by a killed run;
      // younger ones may belong to a run still going)
      const named = new Set([...idx.values()].map((r) => r.pack));
      const stale = Date.now() - 3_600_000;
      for (const p of readdirSync(dir)) {
        if (!p.endsWith('.pack') || named.has(p)) continue;
        try {
          if (before.has(p) || statSync(path.join(dir, p)).mtimeMs < stale) unlinkSync(path.join(dir, p));
        } catch {
          // gone already
        }
      }
      run = thisRun;
      return { run: thisRun, entries: idx.size, pruned, packs: named.size };
    },
    close: closeAll,
  };
}
