/**
 * The run cache: the outputs of a whole run, stored under a key made of every input file's source and
 * sha256, the pipeline fingerprint, the output options and the tool version. A re-run over an unchanged
 * folder copies the stored outputs (verified against their sha256) instead of loading and merging every
 * per-file entry. Any change to any input gives another key: the per-file cache then does the work, and
 * only changed files are extracted again. Snapshots live in `<cache>/runs/<key>/`; the newest few are kept.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../types.js';
import type { FactKind } from '../schema/facts.js';
import type { OutputFile } from './outputs.js';

const KEEP = 2;

export interface RunKeyParts {
  version: string;
  fingerprint: string;
  format: string;
  debug: boolean;
  /** output.explain without output.debug: explain.jsonl but no debug.json among the outputs. */
  explain?: boolean;
  /** [source, sha256 of the file bytes] for every input file, in walk order. */
  files: readonly (readonly [string, string])[];
}

export function runKey(p: RunKeyParts): string {
  const h = createHash('sha256');
  h.update(`TFR1\u0000${p.version}\u0000${p.fingerprint}\u0000${p.format}\u0000${p.debug ? 1 : p.explain ? 2 : 0}\n`);
  for (const [source, sha] of p.files) h.update(`${source}\u0000${sha}\n`);
  return h.digest('hex');
}

export interface RunManifest {
  v: 1;
  key: string;
  outputs: OutputFile[];
  /** Problems found while extracting (not the walk's: those are found again each run). */
  problems: Problem[];
  counts: Record<FactKind, number>;
  articles: number;
  failedFiles: number;
}

const runsDir = (cacheDir: string) => path.join(cacheDir, 'runs');

export async function hasRunSnapshots(cacheDir: string): Promise<boolean> {
  return readdir(runsDir(cacheDir)).then((l) => l.some((n) => !n.startsWith('.')), () => false);
}

/** The stored outputs for `key`, verified; null when absent or damaged (a damaged snapshot is removed). */
export async function loadRunSnapshot(cacheDir: string, key: string): Promise<{ manifest: RunManifest; files: { name: string; data: Buffer }[] } | null> {
  const dir = path.join(runsDir(cacheDir), key);
  let manifest: RunManifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as RunManifest;
    if (manifest.v !== 1 || manifest.key !== key || !Array.isArray(manifest.outputs)) throw new Error('bad manifest');
    const files = manifest.outputs.map((o) => {
      const data = readFileSync(path.join(dir, o.name));
      if (data.length !== o.bytes || createHash('sha256').update(data).digest('hex') !== o.sha256) throw new Error(`${o.name} damaged`);
      return { name: o.name, data };
    });
    return { manifest, files };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    return null;
  }
}

/** Stores the outputs just written to `outDir` under `key` (copy into a temp folder, then rename); prunes old snapshots. */
export async function storeRunSnapshot(cacheDir: string, manifest: RunManifest, outDir: string): Promise<void> {
  const root = runsDir(cacheDir);
  const final = path.join(root, manifest.key);
  const tmp = path.join(root, `.${manifest.key}.${process.pid}.tmp`);
  await mkdir(tmp, { recursive: true });
  try {
    for (const o of manifest.outputs) await copyFile(path.join(outDir, o.name), path.join(tmp, o.name));
    await writeFile(path.join(tmp, 'manifest.json'), JSON.stringify(manifest));
    await rm(final, { recursive: true, force: true });
    await rename(tmp, final);
  } catch (err) {
    await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
    throw err;
  }
  // keep the newest few
  const names = (await readdir(root)).filter((n) => !n.startsWith('.') && n !== manifest.key);
  const dated = await Promise.all(names.map(async (n) => ({ n, t: (await stat(path.join(root, n)).catch(() => null))?.mtimeMs ?? 0 })));
  dated.sort((a, b) => b.t - a.t);
  for (const { n } of dated.slice(KEEP - 1)) await rm(path.join(root, n), { recursive: true, force: true }).catch(() => undefined);
}
