/**
 * Atomic file writes: chunks are streamed into a temporary file in the target's folder, flushed to disk
 * (fsync) and renamed over the target, so a reader sees either the old file or the whole new one and an
 * interrupted run leaves the previous output intact.
 */
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export interface AtomicWriteOptions {
  /** Flush the data to disk before the rename (default true; caches may skip it, they carry a checksum). */
  fsync?: boolean;
}

const FLUSH_AT = 1 << 16;

export function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Writes `chunks` to `file` atomically. On any error the temporary file is removed and the target is untouched. */
export async function writeFileAtomic(
  file: string,
  chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const tmp = tempPathFor(file);
  const fh = await open(tmp, 'wx', 0o644);
  let ok = false;
  try {
    let buf: string[] = [];
    let size = 0;
    const flush = async () => {
      if (!buf.length) return;
      await fh.write(buf.join(''));
      buf = [];
      size = 0;
    };
    for await (const chunk of chunks) {
      if (typeof chunk === 'string') {
        buf.push(chunk);
        size += chunk.length;
        if (size >= FLUSH_AT) await flush();
      } else {
        await flush();
        await fh.write(chunk);
      }
    }
    await flush();
    if (options.fsync !== false) await fh.sync();
    ok = true;
  } finally {
    await fh.close().catch(() => undefined);
    if (!ok) await unlink(tmp).catch(() => undefined);
  }
  try {
    await rename(tmp, file);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}
