/**
 * Bytes to text. The encoding is decided from the bytes, never from the extension: BOMs first
 * (UTF-8, UTF-16 LE/BE), then UTF-16 without BOM when the zero bytes make it plain, then strict
 * UTF-8, then a declared `charset=` (HTML/XML) that iconv-lite knows, then Windows-1252.
 * Binary files (magic numbers, NUL bytes, control characters) and empty files are problems.
 */
import iconv from 'iconv-lite';
import type { Problem } from '../types.js';
import { problem } from './problems.js';
import { defineRules } from './table.js';

export interface Decoded {
  /** The decoded text: BOM dropped, CRLF and lone CR turned into LF. */
  text: string;
  encoding: string;
}

export type DecodeResult = { ok: true; value: Decoded; problems: Problem[] } | { ok: false; problems: Problem[] };

/** Magic numbers of formats that are certainly not text. */
export const BINARY_SIGNATURES = defineRules([
  { id: 'decode/png', reason: 'PNG image (magic number)', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { id: 'decode/gzip', reason: 'gzip stream (magic number)', bytes: [0x1f, 0x8b] },
  { id: 'decode/zip', reason: 'zip archive (also docx, xlsx, epub)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { id: 'decode/jpeg', reason: 'JPEG image (magic number)', bytes: [0xff, 0xd8, 0xff] },
  { id: 'decode/gif', reason: 'GIF image (magic number)', bytes: [0x47, 0x49, 0x46, 0x38] },
  { id: 'decode/pdf', reason: 'PDF document (binary streams inside)', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { id: 'decode/bzip2', reason: 'bzip2 stream (magic number)', bytes: [0x42, 0x5a, 0x68] },
  { id: 'decode/xz', reason: 'xz stream (magic number)', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { id: 'decode/zstd', reason: 'zstd stream (magic number)', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { id: 'decode/elf', reason: 'ELF executable (magic number)', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { id: 'decode/utf32le', reason: 'UTF-32 LE (not supported)', bytes: [0xff, 0xfe, 0x00, 0x00] },
  { id: 'decode/utf32be', reason: 'UTF-32 BE (not supported)', bytes: [0x00, 0x00, 0xfe, 0xff] },
] as const);

const SAMPLE = 64 * 1024;

function startsWith(b: Uint8Array, sig: readonly number[] | undefined): boolean {
  if (!sig) return false;
  if (b.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[i] !== sig[i]) return false;
  return true;
}

/** Line endings normalised to LF (CRLF first, then lone CR), a leading BOM dropped. */
export function normaliseNewlines(s: string): string {
  let t = s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
  return t;
}

/** Which byte lane of a BOM-less sample holds the zeros of UTF-16 text, if any. */
function utf16Lane(b: Uint8Array): 'utf16le' | 'utf16be' | null {
  const n = Math.min(b.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) zeroEven++;
    if (b[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  // Latin-script UTF-16: most high bytes are zero, the low bytes almost never.
  if (zeroOdd >= pairs * 0.6 && zeroEven <= pairs * 0.02) return 'utf16le';
  if (zeroEven >= pairs * 0.6 && zeroOdd <= pairs * 0.02) return 'utf16be';
  return null;
}

/** Share of control characters (other than tab, LF, VT, FF, CR, ESC) in a sample: text has next to none. */
function controlShare(b: Uint8Array): number {
  const n = Math.min(b.length, SAMPLE);
  let c = 0;
  for (let i = 0; i < n; i++) {
    const x = b[i]!;
    if ((x < 0x20 && x !== 9 && x !== 10 && x !== 11 && x !== 12 && x !== 13 && x !== 27) || x === 0x7f) c++;
  }
  return n ? c / n : 0;
}

function hasNul(b: Uint8Array): boolean {
  return b.indexOf(0) !== -1;
}

/** `charset=` declared in the first KB (HTML meta, XML prolog), when iconv-lite knows it. */
function declaredCharset(b: Uint8Array): string | null {
  const head = Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, 2048)).toString('latin1');
  const m = /(?:charset|encoding)\s{0,4}=\s{0,4}["']?([A-Za-z0-9_.:-]{2,40})/i.exec(head);
  if (!m) return null;
  const name = m[1]!.toLowerCase();
  if (name === 'utf-8' || name === 'utf8') return null;
  return iconv.encodingExists(name) ? name : null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The 256 characters of Windows-1252, by byte. */
const CP1252 = iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, i) => i)), 'windows-1252');

/** Length of the valid UTF-8 sequence at `i` (0 when the byte does not start one). */
function utf8SeqLength(b: Uint8Array, i: number): number {
  const x = b[i]!;
  const cont = (k: number) => i + k < b.length && (b[i + k]! & 0xc0) === 0x80;
  if (x >= 0xc2 && x <= 0xdf) return cont(1) ? 2 : 0;
  if (x >= 0xe0 && x <= 0xef) {
    if (!cont(1) || !cont(2)) return 0;
    const y = b[i + 1]!;
    if ((x === 0xe0 && y < 0xa0) || (x === 0xed && y > 0x9f)) return 0;
    return 3;
  }
  if (x >= 0xf0 && x <= 0xf4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    const y = b[i + 1]!;
    if ((x === 0xf0 && y < 0x90) || (x === 0xf4 && y > 0x8f)) return 0;
    return 4;
  }
  return 0;
}

/**
 * A file that is UTF-8 but for a few bytes (text pasted from a Windows-1252 source): valid sequences
 * read as UTF-8, the other bytes as Windows-1252. Null when the file holds no valid multi-byte
 * sequence (then it is a single-byte encoding throughout) or when invalid bytes outnumber valid ones.
 */
function decodeMixed(b: Uint8Array): { text: string; invalid: number } | null {
  let valid = 0;
  let invalid = 0;
  const parts: string[] = [];
  let runStart = 0;
  for (let i = 0; i < b.length; ) {
    if (b[i]! < 0x80) {
      i++;
      continue;
    }
    const n = utf8SeqLength(b, i);
    if (n) {
      valid++;
      i += n;
      continue;
    }
    invalid++;
    if (i > runStart) parts.push(utf8.decode(b.subarray(runStart, i)));
    parts.push(CP1252[b[i]!]!);
    i++;
    runStart = i;
  }
  if (!valid || invalid > valid) return null;
  if (runStart < b.length) parts.push(utf8.decode(b.subarray(runStart)));
  return { text: parts.join(''), invalid };
}

/** Decodes a file's bytes, or says why it is not text. */
export function decodeBytes(bytes: Uint8Array, source: string): DecodeResult {
  const problems: Problem[] = [];
  if (bytes.length === 0) return { ok: false, problems: [problem(source, 'ingest/empty', 'fatal', 'empty file')] };
  for (const sig of BINARY_SIGNATURES)
    if (startsWith(bytes, sig.bytes)) return { ok: false, problems: [problem(source, 'ingest/binary', 'fatal', `binary file: ${sig.reason}`)] };

  let text: string;
  let encoding: string;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8';
    try {
      text = utf8.decode(bytes);
    } catch {
      text = new TextDecoder('utf-8').decode(bytes);
      problems.push(problem(source, 'ingest/encoding', 'warning', 'UTF-8 BOM but invalid UTF-8 sequences: replaced with U+FFFD'));
    }
  } else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    if (bytes.length % 2) problems.push(problem(source, 'ingest/encoding', 'warning', `${encoding} with an odd number of bytes: last byte dropped`));
    text = iconv.decode(buf.subarray(0, bytes.length & ~1), encoding);
  } else if (hasNul(bytes)) {
    const lane = utf16Lane(bytes);
    if (!lane) return { ok: false, problems: [problem(source, 'ingest/binary', 'fatal', 'binary file: NUL bytes that are not UTF-16 text')] };
    encoding = lane;
    text = iconv.decode(buf.subarray(0, bytes.length & ~1), lane);
    problems.push(problem(source, 'ingest/encoding', 'info', `no BOM: read as ${lane} from its zero bytes`));
  } else {
    if (controlShare(bytes) > 0.01) return { ok: false, problems: [problem(source, 'ingest/binary', 'fatal', 'binary file: control characters')] };
    try {
      text = utf8.decode(bytes);
      encoding = 'utf-8';
    } catch {
      const declared = declaredCharset(bytes);
      const mixed = declared ? null : decodeMixed(bytes);
      if (mixed) {
        encoding = 'utf-8+windows-1252';
        text = mixed.text;
        problems.push(problem(source, 'ingest/encoding', 'warning', `UTF-8 with ${mixed.invalid} byte(s) that are not: those read as windows-1252`));
      } else {
        encoding = declared ?? 'windows-1252';
        text = iconv.decode(buf, encoding);
        problems.push(problem(source, 'ingest/encoding', 'info', `not valid UTF-8: read as ${encoding}`));
      }
    }
  }
  text = normaliseNewlines(text);
  if (text.includes('\0')) {
    if (text.split('\0', 50).length >= 50) return { ok: false, problems: [problem(source, 'ingest/binary', 'fatal', 'binary file: NUL characters in the decoded text')] };
    text = text.replace(/\0/g, '');
  }
  if (!/\S/.test(text)) return { ok: false, problems: [...problems, problem(source, 'ingest/empty', 'fatal', 'only whitespace')] };
  return { ok: true, value: { text, encoding }, problems };
}
