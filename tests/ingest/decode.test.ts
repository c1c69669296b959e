/** Encodings decided from the bytes; binary, empty and unrecognisable files are fatal problems. */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes, defaultIngestOptions, ingestFile } from '../../src/ingest/index.js';

const bytes = (...xs: number[]) => new Uint8Array(xs);
const cat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const enc = (s: string, e: string) => new Uint8Array(iconv.encode(s, e));

const TEXT = 'Kerr ran 3:29.38 in Zürich – “fast”.\nSecond line.';

describe('decodeBytes: text encodings', () => {
  const cases: [string, Uint8Array, string, string][] = [
    ['UTF-8 without BOM', enc(TEXT, 'utf8'), TEXT, 'utf-8'],
    ['UTF-8 with BOM (BOM dropped)', cat(bytes(0xef, 0xbb, 0xbf), enc(TEXT, 'utf8')), TEXT, 'utf-8'],
    ['UTF-16 LE with BOM', cat(bytes(0xff, 0xfe), enc(TEXT, 'utf16le')), TEXT, 'utf-16le'],
    ['UTF-16 BE with BOM', cat(bytes(0xfe, 0xff), enc(TEXT, 'utf16-be')), TEXT, 'utf-16be'],
    ['UTF-16 LE without BOM, Latin text', enc(TEXT, 'utf16le'), TEXT, 'utf16le'],
    ['UTF-16 BE without BOM, Latin text', enc(TEXT, 'utf16-be'), TEXT, 'utf16be'],
    ['Windows-1252 (curly quotes, en dash)', enc(TEXT, 'windows-1252'), TEXT, 'windows-1252'],
    ['Latin-1 é', bytes(0x41, 0x74, 0x68, 0xe9, 0x6e, 0x61), 'Athéna', 'windows-1252'],
    ['CRLF → LF', enc('a\r\nb\r\n', 'utf8'), 'a\nb\n', 'utf-8'],
    ['lone CR → LF', enc('a\rb\r\rc', 'utf8'), 'a\nb\n\nc', 'utf-8'],
    ['declared charset honoured when not UTF-8', enc('<meta charset="windows-1251"><p>Привет</p>', 'windows-1251'), '<meta charset="windows-1251"><p>Привет</p>', 'windows-1251'],
  ];
  it.each(cases)('%s', (_name, input, text, encoding) => {
    const r = decodeBytes(input, 'a.txt');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.text).toBe(text);
    expect(r.value.encoding).toBe(encoding);
  });

  it('UTF-8 with a few Windows-1252 bytes: each part read in its own encoding', () => {
    const r = decodeBytes(cat(enc('Zürich – “fast” ', 'utf8'), bytes(0x93, 0x61, 0x94, 0x20, 0xa3, 0x35)), 'a.txt');
    expect(r.ok && r.value.text).toBe('Zürich – “fast” “a” £5');
    expect(r.problems).toEqual([expect.objectContaining({ rule: 'ingest/encoding', severity: 'warning' })]);
  });

  it('a fallback decoding is reported as info', () => {
    const r = decodeBytes(enc(TEXT, 'windows-1252'), 'a.txt');
    expect(r.problems).toEqual([expect.objectContaining({ rule: 'ingest/encoding', severity: 'info', stage: 'ingest', source: 'a.txt' })]);
  });
});

describe('decodeBytes: not text', () => {
  const random = new Uint8Array(4096);
  let x = 12345;
  for (let i = 0; i < random.length; i++) random[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  const cases: [string, Uint8Array, string][] = [
    ['empty', bytes(), 'ingest/empty'],
    ['whitespace only', enc(' \n\t\r\n  ', 'utf8'), 'ingest/empty'],
    ['BOM only', bytes(0xef, 0xbb, 0xbf), 'ingest/empty'],
    ['PNG', cat(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), enc('IHDR', 'utf8')), 'ingest/binary'],
    ['gzip', bytes(0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00), 'ingest/binary'],
    ['zip', cat(bytes(0x50, 0x4b, 0x03, 0x04), enc('word/document.xml', 'utf8')), 'ingest/binary'],
    ['PDF', enc('%PDF-1.7\n%âãÏÓ\n', 'latin1'), 'ingest/binary'],
    ['NUL-laden', cat(enc('abc', 'utf8'), new Uint8Array(100), enc('def', 'utf8')), 'ingest/binary'],
    ['random bytes', random, 'ingest/binary'],
    ['control characters without NUL', new Uint8Array(200).fill(0x01), 'ingest/binary'],
    ['UTF-16 without BOM, not Latin (unrecognisable)', enc('日本語のテキストです。これは長い文章です。', 'utf16le'), 'ingest/binary'],
    ['UTF-32 LE with BOM', cat(bytes(0xff, 0xfe, 0, 0), enc('abc', 'utf32le' as string)), 'ingest/binary'],
  ];
  it.each(cases)('%s', (_name, input, rule) => {
    const r = decodeBytes(input, 'x.txt');
    expect(r.ok).toBe(false);
    expect(r.problems.at(-1)).toEqual(expect.objectContaining({ rule, severity: 'fatal', stage: 'ingest', source: 'x.txt' }));
  });

  it('ingestFile gives no article and the fatal problem, whatever the extension', () => {
    for (const ext of ['.txt', '.md', '.html', '.json', '.jsonl']) {
      const r = ingestFile(bytes(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0), `img${ext}`, defaultIngestOptions);
      expect(r.articles).toEqual([]);
      expect(r.problems[0]).toEqual(expect.objectContaining({ rule: 'ingest/binary', severity: 'fatal' }));
    }
  });

  it('an unknown extension is a problem, not a throw', () => {
    const r = ingestFile(enc('hello', 'utf8'), 'notes.docx', defaultIngestOptions);
    expect(r.articles).toEqual([]);
    expect(r.problems[0]?.rule).toBe('ingest/unsupported');
  });
});
