/**
 * What is checked before any article is read, so that a run that cannot publish fails at once (exit 2)
 * and a run that can never leaves its output half-done: every input exists; the output folder is not on a
 * kernel file system, can be created and written (taking its lock writes a file there), and holds one
 * whole set (an interrupted switch is finished); the cache folder can be written (else a warning).
 */
import { lstat, mkdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../types.js';
import { acquireLock, LockError } from '../io/lock.js';
import type { Lock } from '../io/lock.js';
import { recoverOutputSet } from '../io/output-set.js';
import { specialFileSystem } from '../io/special-fs.js';
import { RunError } from './run-error.js';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENOTDIR: 'a part of the path is not a folder',
  EEXIST: 'a file of that name is in the way',
};
const why = (err: unknown) => {
  const e = err as NodeJS.ErrnoException;
  return e?.code ? `${REASONS[e.code] ?? e.message} (${e.code})` : String(err);
};

/** Inputs that do not exist (a dangling link counts as missing). */
export async function missingInputs(inputs: readonly string[]): Promise<string[]> {
  const missing: string[] = [];
  for (const input of inputs) {
    const ok = await stat(input).then(
      () => true,
      async (err: NodeJS.ErrnoException) => err.code !== 'ENOENT' && err.code !== 'ENOTDIR' && !(await lstat(input).then((l) => l.isSymbolicLink(), () => false)),
    );
    if (!ok) missing.push(input);
  }
  return missing;
}

/** Creates and locks the output folder; throws RunError (exit 2) when it cannot be used. */
export async function prepareOutput(out: string, options: { lockWaitMs?: number } = {}): Promise<Lock> {
  const special = await specialFileSystem(out);
  if (special) throw new RunError(`cannot write --out ${out}: it is on the ${special} file system, which holds no files`, 'output-special-fs');
  const st = await stat(out).catch(() => null);
  if (st && !st.isDirectory()) throw new RunError(`cannot write --out ${out}: it is not a folder`, 'output-unwritable');
  try {
    await mkdir(out, { recursive: true });
  } catch (err) {
    throw new RunError(`cannot create --out ${out}: ${why(err)}`, 'output-unwritable');
  }
  let lock: Lock;
  try {
    lock = await acquireLock(out, { waitMs: options.lockWaitMs ?? 0 });
  } catch (err) {
    if (err instanceof LockError) throw new RunError(err.message, 'output-locked');
    throw new RunError(`cannot write to --out ${out}: ${why(err)}`, 'output-unwritable');
  }
  try {
    await recoverOutputSet(out);
  } catch (err) {
    lock.release();
    throw new RunError(`cannot finish the interrupted switch of outputs in ${out}: ${why(err)}`, 'output-unwritable');
  }
  return lock;
}

/** A warning problem when the cache folder cannot be written (the run goes on without storing entries). */
export async function probeCacheDir(dir: string): Promise<Problem | null> {
  const probe = path.join(dir, `.probe-${process.pid}`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(probe, '');
    await unlink(probe);
    return null;
  } catch (err) {
    return { source: dir, stage: 'runner', rule: 'runner/cache-unwritable', severity: 'warning', reason: `cache folder cannot be written: ${why(err)}; this run stores no cache entries` };
  }
}
