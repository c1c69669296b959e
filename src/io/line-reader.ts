/**
 * Reads a file line by line in fixed-size chunks, hashing all of it on the way: memory is one chunk plus
 * the longest line kept, whatever the file's size. A line longer than `maxLineBytes` is not kept: it is
 * reported by its number and length and skipped to its end.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { createHash } from 'node:crypto';

export type LineEvent = { kind: 'line'; bytes: Buffer; lineNo: number } | { kind: 'too-long'; lineNo: number; bytes: number };

const CHUNK = 1 << 20;

/** Yields the lines of `file` (without "\n" or a final "\r"); returns the sha256 of the file's bytes. */
export function* readLines(file: string | Buffer, maxLineBytes: number): Generator<LineEvent, string> {
  const fd = openSync(file, 'r');
  const hash = createHash('sha256');
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    let parts: Buffer[] = [];
    let partBytes = 0;
    let skipping = false;
    let lineNo = 1;
    const take = (piece: Buffer) => {
      if (skipping) {
        partBytes += piece.length;
        return;
      }
      if (partBytes + piece.length > maxLineBytes) {
        skipping = true;
        parts = [];
      } else parts.push(Buffer.from(piece)); // a copy: buf is reused
      partBytes += piece.length;
    };
    const end = (): LineEvent => {
      let ev: LineEvent;
      if (skipping) ev = { kind: 'too-long', lineNo, bytes: partBytes };
      else {
        let line = parts.length === 1 ? parts[0]! : Buffer.concat(parts, partBytes);
        if (line.length && line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
        ev = { kind: 'line', bytes: line, lineNo };
      }
      parts = [];
      partBytes = 0;
      skipping = false;
      lineNo++;
      return ev;
    };
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK, null);
      if (n === 0) break;
      const chunk = buf.subarray(0, n);
      hash.update(chunk);
      let start = 0;
      for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
        take(chunk.subarray(start, nl));
        yield end();
        start = nl + 1;
      }
      if (start < n) take(chunk.subarray(start));
    }
    if (partBytes > 0) yield end();
    return hash.digest('hex');
  } finally {
    closeSync(fd);
  }
}

/** The sha256 of a file read in chunks (a big file is never held whole). */
export function hashFileSync(file: string | Buffer): string {
  const it = readLines(file, 0);
  for (let r = it.next(); ; r = it.next()) if (r.done) return r.value;
}

/** Whether a JSON Lines file can be split on LF bytes: not UTF-16 (BOM, or NUL bytes at its start). */
export function streamableJsonl(file: string | Buffer): boolean {
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(4096);
    const n = readSync(fd, head, 0, head.length, 0);
    const b = head.subarray(0, n);
    if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return false;
    return !b.includes(0);
  } catch {
    return true; // the read that follows reports the error
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
