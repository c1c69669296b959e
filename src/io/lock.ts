/**
 * A lock on an output folder, so that two runs never write one `--out` at once: the file
 * `<dir>/.trackfacts.lock`, created exclusively (`wx`), holding the owner's pid, host name and process
 * start time. A second run finds it and waits (up to `waitMs`) or fails with a message naming the owner.
 * A lock left by a killed run is stale when its host is this host and its process is gone (or the pid
 * now belongs to another process: the start time differs); it is then taken over. A lock from another
 * host is never taken over automatically (the message says how to remove it).
 */
import { closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const LOCK_FILE = '.trackfacts.lock';

export interface LockOwner {
  pid: number;
  hostname: string;
  /** Process start time in clock ticks since boot (Linux /proc/<pid>/stat field 22), null elsewhere. */
  startTime: number | null;
  startedAt: string;
}

export class LockError extends Error {
  override name = 'LockError';
  constructor(
    message: string,
    readonly owner: LockOwner | null,
  ) {
    super(message);
  }
}

export interface Lock {
  file: string;
  /** Removes the lock when it is still ours; safe to call more than once. */
  release(): void;
}

/** A process's start time from /proc (Linux), null when unknown. */
export function processStartTime(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const t = Number(fields[19]); // field 22 overall; fields after "(comm) " start at field 3
    return Number.isFinite(t) ? t : null;
  } catch {
    return null;
  }
}

function isAlive(owner: LockOwner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  if (owner.startTime === null) return true;
  const now = processStartTime(owner.pid);
  return now === null || now === owner.startTime;
}

function readOwner(file: string): LockOwner | null {
  try {
    const o = JSON.parse(readFileSync(file, 'utf8')) as LockOwner;
    return typeof o.pid === 'number' && typeof o.hostname === 'string' ? o : null;
  } catch {
    return null;
  }
}

const sameOwner = (a: LockOwner | null, b: LockOwner | null) => !!a && !!b && a.pid === b.pid && a.hostname === b.hostname && a.startTime === b.startTime && a.startedAt === b.startedAt;

function tryCreate(file: string, me: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, `${JSON.stringify(me)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Moves a stale lock aside (atomically, so two runs cannot both take it over); true when it was taken away. */
function takeOverStale(file: string, stale: LockOwner | null): boolean {
  const aside = `${file}.stale.${process.pid}`;
  try {
    renameSync(file, aside);
  } catch {
    return false; // someone else moved it first
  }
  if (stale === null || sameOwner(readOwner(aside), stale)) {
    unlinkSync(aside);
    return true;
  }
  // it was replaced by a live run between our read and the rename: put it back (unless a third run took the place)
  try {
    linkSync(aside, file);
  } catch {
    /* the place is taken again: that run holds the lock */
  }
  unlinkSync(aside);
  return false;
}

const describe = (o: LockOwner) => `process ${o.pid} on ${o.hostname}, started ${o.startedAt}`;

/** Takes the lock on `dir` (which must exist); throws LockError when another live run holds it after `waitMs`. */
export async function acquireLock(dir: string, options: { waitMs?: number; pollMs?: number } = {}): Promise<Lock> {
  const file = path.join(dir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, hostname: hostname(), startTime: processStartTime(process.pid), startedAt: new Date().toISOString() };
  const deadline = Date.now() + (options.waitMs ?? 0);
  for (;;) {
    if (tryCreate(file, me)) break;
    const owner = readOwner(file);
    // a lock file that cannot be read may be being written right now: it is stale only when it stays so for 10 s
    const unreadableStale = owner === null && Date.now() - (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 10_000;
    if ((owner && owner.hostname === me.hostname && !isAlive(owner)) || unreadableStale) {
      if (takeOverStale(file, owner)) continue;
    }
    if (Date.now() >= deadline) {
      const who = owner ? describe(owner) : 'an unreadable lock file';
      const hint = owner && owner.hostname !== me.hostname ? `; if that run is gone, remove ${file}` : '';
      throw new LockError(`output folder ${dir} is in use by another trackfacts run (${who})${hint}`, owner);
    }
    await sleep(options.pollMs ?? 200);
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    try {
      if (sameOwner(readOwner(file), me)) unlinkSync(file);
    } catch {
      /* already gone */
    }
  };
  process.on('exit', release);
  return { file, release };
}
