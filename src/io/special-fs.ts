/**
 * Kernel file systems that hold no data (/proc, /sys, cgroups, debugfs …): writing an output there fails
 * late or spins (a /proc "file" accepts a write and keeps nothing). Found from statfs's type, on the nearest
 * folder that exists, before anything is written.
 */
import { statfs } from 'node:fs/promises';
import path from 'node:path';

/** statfs f_type magic numbers (linux/magic.h). */
const SPECIAL: ReadonlyMap<number, string> = new Map([
  [0x9fa0, 'proc'],
  [0x62656572, 'sysfs'],
  [0x1cd1, 'devpts'],
  [0x64626720, 'debugfs'],
  [0x74726163, 'tracefs'],
  [0x73636673, 'securityfs'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2'],
  [0x6165676c, 'pstore'],
  [0xcafe4a11, 'bpf'],
  [0x62656570, 'configfs'],
  [0xde5e81e4, 'efivarfs'],
  [0x42494e4d, 'binfmt_misc'],
  [0x6e736673, 'nsfs'],
  [0x50495045, 'pipefs'],
  [0x534f434b, 'sockfs'],
]);

/** The kind of special file system `p` (or its nearest existing parent) is on, or null for an ordinary one. */
export async function specialFileSystem(p: string): Promise<string | null> {
  let dir = path.resolve(p);
  for (;;) {
    try {
      const s = await statfs(dir);
      return SPECIAL.get(Number(s.type)) ?? null;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const parent = path.dirname(dir);
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === dir) return null;
      dir = parent;
    }
  }
}
