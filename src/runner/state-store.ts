/**
 * State folders on disk (format: src/merge/state-file.ts): written records first and manifest last, each
 * atomically, so a reader sees the old state, or the new one, or a manifest whose checksum does not match
 * the records (refused), never half a state.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Ledger } from '../merge/ledger.js';
import type { StateManifest } from '../merge/state-file.js';
import { ledgerLines, MANIFEST_FILE, parseLedgerText, RECORDS_FILE, STATE_FORMAT, STATE_VERSION, StateFormatError, StateManifestSchema, stateId } from '../merge/state-file.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { sha256 } from '../util/hash.js';

export type StateInfo = Omit<StateManifest, 'format' | 'version' | 'id' | 'records'>;

export async function writeStateDir(dir: string, info: StateInfo, ledger: Ledger, options: { fsync?: boolean } = {}): Promise<StateManifest> {
  await mkdir(dir, { recursive: true });
  const h = createHash('sha256');
  let bytes = 0;
  let count = 0;
  // lines joined into ~256 KB chunks: hashing and writing line by line cost more than the lines themselves
  const tee = function* () {
    let parts: string[] = [];
    let size = 0;
    const chunk = () => {
      const text = parts.join('');
      const buf = Buffer.from(text, 'utf8');
      h.update(buf);
      bytes += buf.length;
      parts = [];
      size = 0;
      return buf;
    };
    for (const line of ledgerLines(ledger)) {
      parts.push(line);
      size += line.length;
      count++;
      if (size >= 1 << 18) yield chunk();
    }
    if (parts.length) yield chunk();
  };
  await writeFileAtomic(path.join(dir, RECORDS_FILE), tee(), options);
  const manifest: StateManifest = {
    format: STATE_FORMAT,
    version: STATE_VERSION,
    id: stateId(info, sha256),
    ...info,
    records: { file: RECORDS_FILE, bytes, sha256: h.digest('hex'), count },
  };
  await writeFileAtomic(path.join(dir, MANIFEST_FILE), [JSON.stringify(manifest), '\n'], options);
  return manifest;
}

/** Reads and checks a state folder; throws StateFormatError naming the folder and the problem. */
export async function readStateDir(dir: string): Promise<{ manifest: StateManifest; ledger: Ledger }> {
  const where = (s: string) => new StateFormatError(`${dir}: ${s}`);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw where(code === 'ENOENT' ? `no ${MANIFEST_FILE} (not a trackfacts state folder)` : `${MANIFEST_FILE} unreadable: ${(err as Error).message}`);
  }
  const head = raw as { format?: unknown; version?: unknown };
  if (head?.format !== STATE_FORMAT) throw where(`${MANIFEST_FILE} is not a trackfacts state`);
  if (head.version !== STATE_VERSION) throw where(`state format version ${String(head.version)}, this trackfacts reads version ${STATE_VERSION}`);
  const parsed = StateManifestSchema.safeParse(raw);
  if (!parsed.success) throw where(`bad ${MANIFEST_FILE}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  const manifest = parsed.data;
  let buf: Buffer;
  try {
    buf = await readFile(path.join(dir, RECORDS_FILE));
  } catch {
    throw where(`${RECORDS_FILE} missing`);
  }
  if (buf.length !== manifest.records.bytes || sha256(buf) !== manifest.records.sha256) throw where(`${RECORDS_FILE} does not match its manifest (damaged or half-written)`);
  try {
    return { manifest, ledger: parseLedgerText(buf.toString('utf8')) };
  } catch (err) {
    throw where((err as Error).message);
  }
}
