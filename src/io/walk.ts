/**
 * Walks the input arguments (files and folders) into a sorted, deterministic list of article files.
 * Sources are "/"-separated paths relative to the folder given on the command line; a file given on its
 * own is named by its base name. Symlink loops, dangling links and unreadable folders are reported as
 * problems and never hang or crash the walk; files over `maxFileBytes` are skipped after a `stat`,
 * without being read.
 */
import { readdir, stat, lstat } from 'node:fs/promises';
import { statSync } from 'node:fs';
import type { Dirent, Stats } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../types.js';
import { ioProblem } from './problems.js';
import { joinRaw, readRawNames } from './raw-names.js';

export interface InputFile {
  /** Absolute path on disk. */
  path: string;
  /** Relative path with "/" separators: the article's `source`. */
  source: string;
  size: number;
  /** What the stat index compares (src/runner/stat-index.ts): a file with the same size, times and inode is unchanged. */
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  /** The path's bytes when a name in it is not UTF-8 (a Latin-1 file name): what the file is read by. `path`
   *  and `source` then show those names decoded as Latin-1 (see raw-names.ts). */
  rawPath?: Buffer;
}

export interface WalkOptions {
  /** Extensions (".txt" or "txt") of files picked up inside folders; files named on their own are always taken. */
  extensions: readonly string[];
  maxFileBytes: number;
  /** Absolute paths never walked into (the output and cache folders). */
  exclude?: readonly string[];
  /** Files over maxFileBytes that are still taken (streamed line by line, the limit applying per line). */
  exemptFromSize?: (path: string, size: number) => boolean;
}

export interface WalkResult {
  files: InputFile[];
  problems: Problem[];
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const nodeId = (s: Stats) => `${s.dev}:${s.ino}`;

function extensionSet(list: readonly string[]): Set<string> {
  return new Set(list.map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase()));
}

/** Walks every input in argument order; folders depth-first in sorted name order. */
export async function walkInputs(inputs: readonly string[], options: WalkOptions): Promise<WalkResult> {
  const exts = extensionSet(options.extensions);
  const exclude = new Set((options.exclude ?? []).map((p) => path.resolve(p)));
  // the same folders by device and inode, so that a path through a symbolic link is excluded too
  const excludeIds = new Set((options.exclude ?? []).flatMap((p) => {
    try {
      return [nodeId(statSync(p))];
    } catch {
      return [];
    }
  }));
  const nodeIdOf = (st: { s: Stats } | { err: unknown }) => ('s' in st ? nodeId(st.s) : '');
  const files: InputFile[] = [];
  const problems: Problem[] = [];
  const seenSources = new Set<string>();
  const seenPaths = new Set<string>();

  const addFile = (abs: string, source: string, s: Stats, rawPath?: Buffer) => {
    const size = s.size;
    if (seenPaths.has(abs)) return;
    seenPaths.add(abs);
    if (seenSources.has(source)) {
      problems.push({ source, stage: 'io', rule: 'io/duplicate-source', severity: 'warning', reason: `another input already has the source name "${source}"; ${abs} skipped` });
      return;
    }
    seenSources.add(source);
    if (size > options.maxFileBytes && !options.exemptFromSize?.(abs, size)) {
      problems.push({ source, stage: 'io', rule: 'io/too-large', severity: 'fatal', reason: `file is ${size} bytes, over limits.maxFileBytes (${options.maxFileBytes}); skipped` });
      return;
    }
    files.push({ path: abs, source, size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino, ...(rawPath ? { rawPath } : {}) });
  };

  async function walkDir(abs: string, rel: string, ancestors: ReadonlySet<string>, rawAbs?: Buffer): Promise<void> {
    let entries: Dirent[];
    let raw: Map<string, Buffer> | null = null;
    try {
      entries = await readdir(rawAbs ?? abs, { withFileTypes: true });
      // names that are not UTF-8 came back with U+FFFD: read them again as bytes (raw-names.ts)
      if (rawAbs || entries.some((e) => e.name.includes('\ufffd'))) ({ entries, raw } = await readRawNames(rawAbs ?? abs));
    } catch (err) {
      problems.push(ioProblem(rel || '.', err, 'cannot read folder'));
      return;
    }
    entries.sort(byName);
    const rawOf = (name: string) => raw?.get(name);
    // one small synchronous stat per entry: far cheaper than a promise round trip each
    const stats = entries.map((e): { s: Stats } | { err: unknown } | null => {
      if (e.name.startsWith('.')) return null;
      if (!(e.isSymbolicLink() || e.isDirectory() || e.isFile())) return null;
      try {
        const r = rawOf(e.name);
        return { s: statSync(r ? joinRaw(rawAbs ?? abs, r) : path.join(abs, e.name)) };
      } catch (err) {
        return { err };
      }
    });
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      const st = stats[i];
      if (!st) continue;
      const childAbs = path.join(abs, e.name);
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      const childRaw = rawOf(e.name) ? joinRaw(rawAbs ?? abs, rawOf(e.name)!) : rawAbs ? joinRaw(rawAbs, Buffer.from(e.name)) : undefined;
      if (exclude.has(childAbs) || excludeIds.has(nodeIdOf(st))) continue;
      if ('err' in st) {
        const code = (st.err as NodeJS.ErrnoException | undefined)?.code;
        if (e.isSymbolicLink() && (code === 'ENOENT' || code === 'ENOTDIR')) {
          problems.push({ source: childRel, stage: 'io', rule: 'io/dangling-link', severity: 'warning', reason: 'symbolic link to nothing; skipped' });
        } else if (code === 'ELOOP') {
          problems.push({ source: childRel, stage: 'io', rule: 'io/symlink-loop', severity: 'warning', reason: 'symbolic link loop; skipped' });
        } else {
          problems.push(ioProblem(childRel, st.err, 'cannot stat'));
        }
        continue;
      }
      const s = st.s;
      if (s.isDirectory()) {
        const id = nodeId(s);
        if (ancestors.has(id)) {
          problems.push({ source: childRel, stage: 'io', rule: 'io/symlink-loop', severity: 'warning', reason: 'folder links back to one of its parents; not walked again' });
          continue;
        }
        await walkDir(childAbs, childRel, new Set([...ancestors, id]), childRaw);
      } else if (s.isFile() && exts.has(path.extname(e.name).toLowerCase())) {
        addFile(childAbs, childRel, s, childRaw);
      }
    }
  }

  for (const input of inputs) {
    const abs = path.resolve(input);
    let s: Stats;
    try {
      s = await stat(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const isLink = await lstat(abs).then((l) => l.isSymbolicLink(), () => false);
      if (isLink && code === 'ENOENT') problems.push({ source: input, stage: 'io', rule: 'io/dangling-link', severity: 'fatal', reason: 'symbolic link to nothing' });
      else problems.push(ioProblem(input, err, 'cannot read input'));
      continue;
    }
    if (s.isDirectory()) await walkDir(abs, '', new Set([nodeId(s)]));
    else if (s.isFile()) addFile(abs, path.basename(abs), s);
    else problems.push({ source: input, stage: 'io', rule: 'io/not-a-file', severity: 'fatal', reason: 'neither a file nor a folder' });
  }
  return { files, problems };
}
