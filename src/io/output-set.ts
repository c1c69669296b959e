/**
 * The outputs of a run as one set. Every file of a run (facts.json or the NDJSON files, debug.json,
 * run-report.json, and whatever other writers add) is written into a hidden staging folder inside the
 * output folder, flushed, and then switched in:
 *
 *   1. `<out>/.trackfacts-set-<id>/` receives every file, then `manifest.json` (name, bytes, sha256 of each);
 *   2. `<out>/.trackfacts-commit.json` is written atomically: the commit point. It names the staging folder,
 *      the files to move and the stale files to remove (files of the previous set that the new one lacks,
 *      e.g. the NDJSON files when the format switched to json);
 *   3. each file is renamed into `<out>` (one rename each: a reader never sees a partial file), the stale
 *      files are removed, `manifest.json` is renamed last, the commit file and the staging folder removed.
 *
 * A run killed before step 2 leaves the previous set as it was (the staging folder is removed by the next
 * run); killed after it, the next run (or `recoverOutputSet`) finishes the switch before doing anything
 * else. `manifest.json` is always written last and names exactly one set: a reader that checks the files
 * against it (`verifyOutputSet`) either gets a whole set or is told that a switch is under way.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, rm, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import { crashPoint } from './crash-point.js';

export const MANIFEST_FILE = 'manifest.json';
export const COMMIT_FILE = '.trackfacts-commit.json';
const STAGING_PREFIX = '.trackfacts-set-';

export interface SetFile {
  name: string;
  sha256: string;
  bytes: number;
}

export interface OutputManifest {
  v: 1;
  /** Every file of the set but the manifest itself, in the order written. */
  files: SetFile[];
  /** What the writer wants the next run to know (trackfacts: the counts the shrink guard compares). */
  meta: Record<string, unknown>;
}

interface CommitRecord {
  v: 1;
  staging: string;
  files: string[];
  remove: string[];
}

export interface StagedSet {
  /** The hidden folder the new files go into. */
  dir: string;
  /** Writes one file of the set into the staging folder, hashing it on the way. */
  write(name: string, chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>): Promise<SetFile>;
  /**
   * Switches the set in: `files` (already in the staging folder) replace the previous set; files of the
   * previous set (its manifest's, or any of `knownNames` when there is no manifest) missing from the new
   * one are removed.
   */
  commit(files: readonly SetFile[], meta: Record<string, unknown>, knownNames?: readonly string[]): Promise<OutputManifest>;
  /** Drops the staging folder; the previous set stays as it is. */
  discard(): Promise<void>;
}

const isPlainName = (n: string) => n !== '' && !n.startsWith('.') && !n.includes('/') && !n.includes('\\') && n !== MANIFEST_FILE;

async function syncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } catch {
    /* some file systems cannot sync a folder; the renames are still atomic */
  } finally {
    await fh.close();
  }
}

const ignoreMissing = (err: unknown) => {
  if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
};

/** The manifest of the set in `out`, or null when there is none (or it cannot be read). */
export async function readManifest(out: string): Promise<OutputManifest | null> {
  try {
    const m = JSON.parse(await readFile(path.join(out, MANIFEST_FILE), 'utf8')) as OutputManifest;
    return m.v === 1 && Array.isArray(m.files) ? m : null;
  } catch {
    return null;
  }
}

/** Steps 3 of a commit; every step can be repeated, so a run killed half-way is finished by the next. */
async function applyCommit(out: string, rec: CommitRecord): Promise<void> {
  const staging = path.join(out, rec.staging);
  for (const name of rec.files) {
    await rename(path.join(staging, name), path.join(out, name)).catch(ignoreMissing);
    crashPoint(`renamed ${name}`);
  }
  for (const name of rec.remove) {
    await unlink(path.join(out, name)).catch(ignoreMissing);
    crashPoint(`removed ${name}`);
  }
  await rename(path.join(staging, MANIFEST_FILE), path.join(out, MANIFEST_FILE)).catch(ignoreMissing);
  await syncDir(out);
  crashPoint('manifest switched');
  await unlink(path.join(out, COMMIT_FILE)).catch(ignoreMissing);
  crashPoint('commit record removed');
  await rm(staging, { recursive: true, force: true });
}

const TEMP_FILE = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * Makes `out` hold one whole set again after an interrupted run: finishes a switch that passed its commit
 * point, removes staging folders and temporary files that no run owns. Call it with the lock held.
 */
export async function recoverOutputSet(out: string): Promise<{ rolledForward: boolean; removed: string[] }> {
  let rolledForward = false;
  const removed: string[] = [];
  let rec: CommitRecord | null = null;
  try {
    rec = JSON.parse(await readFile(path.join(out, COMMIT_FILE), 'utf8')) as CommitRecord;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') await unlink(path.join(out, COMMIT_FILE)).catch(() => undefined); // a torn record never passed its rename
  }
  if (rec && rec.v === 1 && typeof rec.staging === 'string' && rec.staging.startsWith(STAGING_PREFIX) && !rec.staging.includes('/')) {
    await applyCommit(out, rec);
    rolledForward = true;
  }
  for (const name of await readdir(out).catch(() => [] as string[])) {
    if (name.startsWith(STAGING_PREFIX) || TEMP_FILE.test(name)) {
      await rm(path.join(out, name), { recursive: true, force: true }).catch(() => undefined);
      removed.push(name);
    }
  }
  return { rolledForward, removed };
}

/** Starts a new set in `out` (which must exist and be locked by the caller). */
export async function stageOutputSet(out: string): Promise<StagedSet> {
  const name = `${STAGING_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}`;
  const dir = path.join(out, name);
  await mkdir(dir);
  return {
    dir,
    async write(file, chunks) {
      if (!isPlainName(file)) throw new Error(`output set: bad file name "${file}"`);
      const h = createHash('sha256');
      let bytes = 0;
      const tee = async function* () {
        for await (const c of chunks) {
          h.update(c);
          bytes += typeof c === 'string' ? Buffer.byteLength(c, 'utf8') : c.length;
          yield c;
        }
      };
      await writeFileAtomic(path.join(dir, file), tee());
      crashPoint(`staged ${file}`);
      return { name: file, sha256: h.digest('hex'), bytes };
    },
    async commit(files, meta, knownNames = []) {
      const names = files.map((f) => f.name);
      for (const n of names) if (!isPlainName(n)) throw new Error(`output set: bad file name "${n}"`);
      const manifest: OutputManifest = { v: 1, files: [...files], meta };
      await writeFileAtomic(path.join(dir, MANIFEST_FILE), [`${JSON.stringify(manifest, null, 2)}\n`]);
      await syncDir(dir);
      crashPoint('manifest staged');
      const previous = await readManifest(out);
      const candidates = new Set([...(previous?.files.map((f) => f.name) ?? []), ...knownNames]);
      const keep = new Set(names);
      const present = new Set(await readdir(out));
      const remove = [...candidates].filter((n) => isPlainName(n) && !keep.has(n) && present.has(n)).sort();
      const rec: CommitRecord = { v: 1, staging: name, files: names, remove };
      await writeFileAtomic(path.join(out, COMMIT_FILE), [JSON.stringify(rec)]);
      await syncDir(out);
      crashPoint('committed');
      await applyCommit(out, rec);
      return manifest;
    },
    async discard() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface SetCheck {
  ok: boolean;
  /** 'whole': every file matches the manifest; 'switching': a commit is under way (run trackfacts again or
   *  recoverOutputSet); 'mismatch': a file differs from the manifest; 'none': no manifest. */
  state: 'whole' | 'switching' | 'mismatch' | 'none';
  manifest: OutputManifest | null;
  problems: string[];
}

/** Checks the set in `out` against its manifest (sizes and sha256 of every file). Reads only. */
export async function verifyOutputSet(out: string): Promise<SetCheck> {
  const switching = await readFile(path.join(out, COMMIT_FILE)).then(
    () => true,
    () => false,
  );
  const manifest = await readManifest(out);
  if (switching) return { ok: false, state: 'switching', manifest, problems: ['a switch to a new output set is under way'] };
  if (!manifest) return { ok: false, state: 'none', manifest, problems: [`no readable ${MANIFEST_FILE}`] };
  const problems: string[] = [];
  for (const f of manifest.files) {
    const data = await readFile(path.join(out, f.name)).catch(() => null);
    if (!data) problems.push(`${f.name}: missing`);
    else if (data.length !== f.bytes || createHash('sha256').update(data).digest('hex') !== f.sha256) problems.push(`${f.name}: differs from the manifest`);
  }
  return { ok: !problems.length, state: problems.length ? 'mismatch' : 'whole', manifest, problems };
}
