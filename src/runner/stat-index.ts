/**
 * The stat index: for each input file of the last run, its size, modification and change times and inode,
 * with the sha256 of its bytes. On a re-run a file whose stat is the same is taken to have the same bytes
 * without being read (git's index does the same): re-reading and hashing 20,000 unchanged files was half of a
 * cached re-run. The cache is still keyed by content: the index only says which content a file has.
 *
 * A file changed within a timestamp tick of when it was read could keep its times, so entries are recorded
 * only for files last changed more than `graceMs` before they were read (git's "racily clean" rule; the
 * grace covers coarse file-system clocks, FAT's 2 s included): such a file is read and hashed again next time. The change time (ctime) cannot be set back by a user, so a rewrite
 * that restores the modification time is still seen. Stored at `<cache>/stat-index.json`, written atomically;
 * a missing or damaged index is an empty one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { InputFile } from '../io/walk.js';
import { writeFileAtomic } from '../io/atomic-write.js';

/** [size, mtimeMs, ctimeMs, ino, sha256] */
type Entry = [number, number, number, number, string];
export type StatIndex = Map<string, Entry>;

export const DEFAULT_STAT_GRACE_MS = 2_000;
const FILE = 'stat-index.json';

export function loadStatIndex(cacheDir: string): StatIndex {
  try {
    const data = JSON.parse(readFileSync(path.join(cacheDir, FILE), 'utf8')) as { v?: unknown; files?: unknown };
    if (data.v !== 1 || !Array.isArray(data.files)) return new Map();
    const index: StatIndex = new Map();
    for (const row of data.files as unknown[]) {
      if (!Array.isArray(row) || row.length !== 6 || typeof row[0] !== 'string' || typeof row[5] !== 'string' || !/^[0-9a-f]{64}$/.test(row[5])) continue;
      if (!row.slice(1, 5).every((x) => typeof x === 'number')) continue;
      index.set(row[0], row.slice(1) as Entry);
    }
    return index;
  } catch {
    return new Map();
  }
}

/** The sha256 the index holds for `f` when its stat is unchanged, else null. */
export function knownSha(index: StatIndex, f: InputFile): string | null {
  const e = index.get(f.path);
  return e && e[0] === f.size && e[1] === f.mtimeMs && e[2] === f.ctimeMs && e[3] === f.ino ? e[4] : null;
}

/**
 * Writes the index of `files`: those with a sha whose times are more than `graceMs` before `readAt[i]`, the
 * wall-clock time the file was read (Infinity for a file taken from the index unread: it was settled then).
 */
export async function storeStatIndex(cacheDir: string, files: readonly InputFile[], shas: readonly (string | null)[], readAt: ArrayLike<number>, graceMs: number): Promise<void> {
  const rows: string[] = [];
  files.forEach((f, i) => {
    const sha = shas[i];
    const settled = readAt[i]! - graceMs;
    if (sha && f.mtimeMs < settled && f.ctimeMs < settled) rows.push(JSON.stringify([f.path, f.size, f.mtimeMs, f.ctimeMs, f.ino, sha]));
  });
  await writeFileAtomic(path.join(cacheDir, FILE), ['{"v":1,"files":[\n', rows.join(',\n'), '\n]}\n'], { fsync: false });
}
