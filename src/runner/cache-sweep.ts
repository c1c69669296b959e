/**
 * No orphan temporary files in the cache. A run marks the cache folder as in use (`.active-<pid>`, holding
 * the process start time) and removes the mark when it ends. A mark whose process is gone is the trace of
 * an interrupted run: its temporary files (`.<name>.<pid>.<hex>.tmp` from atomic writes, `.<key>.<pid>.tmp`
 * run snapshots being copied) are removed. Only then does the cache get walked, so a normal run pays one
 * readdir of the cache's top folder.
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { processStartTime } from '../io/lock.js';

const MARK = /^\.active-(\d+)$/;

function alive(pid: number, startTime: number | null): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  return startTime === null || processStartTime(pid) === startTime;
}

/** Removes the temporary files of process `pid` under `dir` (shard folders and runs/). */
async function sweepPid(dir: string, pid: number): Promise<number> {
  let removed = 0;
  const tmp = new RegExp(`^\\..*\\.${pid}(?:\\.[0-9a-f]{8})?\\.tmp$`);
  const sweep = async (d: string, depth: number) => {
    for (const e of await readdir(d, { withFileTypes: true }).catch(() => [])) {
      const p = path.join(d, e.name);
      if (tmp.test(e.name)) {
        await rm(p, { recursive: true, force: true }).catch(() => undefined);
        removed++;
      } else if (e.isDirectory() && depth < 1 && !e.name.startsWith('.')) await sweep(p, depth + 1);
    }
  };
  await sweep(dir, 0);
  return removed;
}

export interface CacheSession {
  /** Temporary files of interrupted runs removed at the start. */
  swept: number;
  end(): void;
}

/** Marks `dir` as in use by this run after sweeping what interrupted runs left. Never throws. */
export async function beginCacheSession(dir: string): Promise<CacheSession> {
  let swept = 0;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const m = MARK.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    let start: number | null = null;
    try {
      start = Number(readFileSync(path.join(dir, name), 'utf8')) || null;
    } catch {
      /* unreadable: judged by the pid alone */
    }
    if (pid === process.pid || alive(pid, start)) continue;
    swept += await sweepPid(dir, pid);
    try {
      unlinkSync(path.join(dir, name));
    } catch {
      /* another run swept it */
    }
  }
  const mark = path.join(dir, `.active-${process.pid}`);
  let marked = false;
  try {
    writeFileSync(mark, String(processStartTime(process.pid) ?? ''));
    marked = true;
  } catch {
    /* an unwritable cache is reported elsewhere */
  }
  const end = () => {
    process.off('exit', end);
    if (!marked) return;
    marked = false;
    try {
      unlinkSync(mark);
    } catch {
      /* gone */
    }
  };
  process.on('exit', end);
  return { swept, end };
}
