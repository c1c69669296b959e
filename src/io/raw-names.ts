/**
 * File names that are not UTF-8 (a Latin-1 `café.txt` from an old archive: byte 0xE9). Node turns such a
 * name into a string with U+FFFD, and that string no longer opens the file (ENOENT). A folder holding one
 * is read again with names as bytes: the file is then opened by its bytes, and shown (source, messages)
 * with the name decoded as Latin-1, which every byte has.
 */
import { readdir } from 'node:fs/promises';
import type { Dirent } from 'node:fs';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A name's bytes as text: UTF-8 when they are, else Latin-1. */
export function displayName(bytes: Buffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

export const joinRaw = (dir: string | Buffer, name: Buffer): Buffer => Buffer.concat([typeof dir === 'string' ? Buffer.from(dir) : dir, Buffer.from('/'), name]);

/** The folder's entries named by displayName, and the bytes of each name that is not UTF-8. */
export async function readRawNames(dir: string | Buffer): Promise<{ entries: Dirent[]; raw: Map<string, Buffer> }> {
  const list = (await readdir(dir, { withFileTypes: true, encoding: 'buffer' })) as unknown as (Dirent & { name: Buffer })[];
  const raw = new Map<string, Buffer>();
  const entries = list.map((e) => {
    const bytes = e.name;
    const name = displayName(bytes);
    if (name !== bytes.toString('utf8') || typeof dir !== 'string') raw.set(name, bytes);
    Object.defineProperty(e, 'name', { value: name });
    return e as unknown as Dirent;
  });
  return { entries, raw };
}
