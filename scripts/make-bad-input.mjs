#!/usr/bin/env node
/**
 * The bad-input corpus (issue 7): every kind of junk a scheduled job over a scraped folder meets.
 *
 *   node scripts/make-bad-input.mjs [dir]      (default fixtures/bad-input/generated/)
 *
 * writes `<dir>/articles/` (one or more files per kind) and `<dir>/configs/` (bad pipeline configs).
 * Large files are generated here and never committed (fixtures/bad-input/.gitignore). Deterministic:
 * random bytes come from a fixed seed. Tests import `makeBadInput` / `makeBadConfigs` and read the
 * returned manifest, which says what each kind must produce:
 *
 *   problem    named on stderr (at most `maxLines` lines) and listed in the run report; never a crash
 *   processed  a valid (if odd) article: no fatal problem, an article in facts.json, within the time budget
 *   heavy      a valid article of megabytes: processed, or stopped by limits.articleTimeoutMs with one clean
 *              runner/timeout line (on a loaded machine); super-linear stages are caught by scaling.test.ts
 *   any        must not crash or hang; a problem is allowed (named at most `maxLines` times)
 *   none       not an article file: never named as a fatal problem
 */
import { chmodSync, closeSync, mkdirSync, openSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** mulberry32: a tiny seeded PRNG, so the corpus is the same on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A short invented race report (no real names): valid text for the kinds that must be processed. */
export const GOOD_TEXT = [
  'Harriers dominate county 10,000m',
  '',
  'Tomas Brennick won the county 10,000m title on Saturday, clocking 29:41.37 to finish clear of Owen Castell.',
  '',
  '"It was a hard race but I felt strong over the last mile," said Brennick, who is coached by Maria Delacourt.',
  '',
  'In the women\'s 1500m, Ellen Marwick ran a personal best of 4:12.80 to take gold.',
  '',
].join('\n');

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4d10000000049454e44ae426082', 'hex');

/** Writes `total` bytes by repeating `unit` (a string or Buffer), in 1 MB chunks, never all in memory. */
function writeRepeated(file, unit, total) {
  const u = Buffer.isBuffer(unit) ? unit : Buffer.from(unit, 'utf8');
  const per = Math.max(1, Math.floor((1 << 20) / u.length));
  const chunk = Buffer.concat(Array.from({ length: per }, () => u));
  const fd = openSync(file, 'w');
  try {
    let left = total;
    while (left > 0) {
      const n = Math.min(left, chunk.length);
      writeSync(fd, chunk, 0, n);
      left -= n;
    }
  } finally {
    closeSync(fd);
  }
}

const repeat = (s, n) => s.repeat(n);

/**
 * The kinds. `make(dir)` writes the kind's files into `dir` and returns their names (relative, "/"-separated:
 * the sources the CLI reports). `maxLines` bounds the stderr lines that may name one file (default 1).
 */
export const KINDS = [
  { kind: 'empty', expect: 'problem', make: (d) => w(d, 'empty.txt', '') },
  { kind: 'whitespace-only', expect: 'problem', make: (d) => w(d, 'whitespace-only.txt', ' \n\t\n   \r\n\u00a0\n') },
  { kind: 'bom-only', expect: 'problem', make: (d) => w(d, 'bom-only.txt', Buffer.from([0xef, 0xbb, 0xbf])) },
  { kind: 'png', expect: 'problem', make: (d) => w(d, 'image.txt', PNG) },
  { kind: 'gzip', expect: 'problem', make: (d) => w(d, 'archive.txt', gzipSync(Buffer.from(GOOD_TEXT))) },
  {
    kind: 'random-bytes',
    expect: 'problem',
    make: (d) => {
      const r = prng(7);
      return w(d, 'random.txt', Buffer.from(Array.from({ length: 4096 }, () => Math.floor(r() * 256))));
    },
  },
  { kind: 'pdf-as-txt', expect: 'problem', make: (d) => w(d, 'document.txt', Buffer.concat([Buffer.from('%PDF-1.4\n'), gzipSync(Buffer.from('x'))])) },
  { kind: 'nul-inside-text', expect: 'any', make: (d) => w(d, 'nul-inside.txt', `${GOOD_TEXT.slice(0, 60)}\u0000\u0000${GOOD_TEXT.slice(60)}`) },
  {
    kind: 'invalid-utf8',
    expect: 'any',
    make: (d) => w(d, 'invalid-utf8.txt', Buffer.concat([Buffer.from(GOOD_TEXT.slice(0, 80)), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]), Buffer.from(GOOD_TEXT.slice(80))])),
  },
  { kind: 'utf16le-no-bom', expect: 'processed', make: (d) => w(d, 'utf16le.txt', Buffer.from(GOOD_TEXT, 'utf16le')) },
  { kind: 'utf16be-no-bom', expect: 'processed', make: (d) => w(d, 'utf16be.txt', Buffer.from(GOOD_TEXT, 'utf16le').swap16()) },
  {
    kind: 'windows-1252',
    expect: 'processed',
    make: (d) => w(d, 'cp1252.txt', Buffer.from(GOOD_TEXT.replace('It was', 'Caf\u00e9 \u0092it was'), 'latin1')),
  },
  { kind: 'cr-only-newlines', expect: 'processed', make: (d) => w(d, 'cr-only.txt', GOOD_TEXT.replace(/\n/g, '\r')) },
  {
    kind: 'too-large-50mb',
    expect: 'problem',
    make: (d) => {
      writeRepeated(path.join(d, 'huge-50mb.txt'), `${GOOD_TEXT}\n`, 50 * 1024 * 1024);
      return ['huge-50mb.txt'];
    },
  },
  {
    kind: 'single-line-2mb',
    expect: 'heavy',
    make: (d) => {
      writeRepeated(path.join(d, 'single-line-2mb.txt'), GOOD_TEXT.replace(/\n/g, ' '), 2 * 1024 * 1024);
      return ['single-line-2mb.txt'];
    },
  },
  {
    kind: 'no-space-1mb',
    expect: 'heavy',
    make: (d) => {
      const r = prng(11);
      const alphabet = 'AbcdeKLMxyz0123456789:.,"\u201c\u201d\'-()';
      let s = 'NoSpace';
      while (s.length < 1024 * 1024) s += alphabet[Math.floor(r() * alphabet.length)];
      return w(d, 'no-space-1mb.txt', s);
    },
  },
  { kind: 'colons-200k', expect: 'processed', make: (d) => w(d, 'colons.txt', `Results\n\n${repeat('1:', 200_000)}1\n`) },
  { kind: 'dots-digits-200k', expect: 'processed', make: (d) => w(d, 'dots-digits.txt', `Results\n\n${repeat('1.', 200_000)}1 in 3:29.38\n`) },
  { kind: 'quote-marks-100k', expect: 'processed', make: (d) => w(d, 'quote-marks.txt', `Quotes\n\nHe said ${repeat('"', 100_000)} and left.\n`) },
  {
    kind: 'mixed-quote-marks-100k',
    expect: 'processed',
    make: (d) => {
      const r = prng(13);
      const marks = '"\u201c\u201d\u2018\u2019\'\u00ab\u00bb';
      let s = 'Quotes\n\n';
      for (let i = 0; i < 100_000; i++) s += marks[Math.floor(r() * marks.length)] + (i % 7 === 0 ? ' said Coe ' : '');
      return w(d, 'mixed-quotes.txt', s);
    },
  },
  { kind: 'mr-mr', expect: 'processed', make: (d) => w(d, 'mr-mr.txt', `Titles\n\n${repeat('Mr. ', 100_000)}Smith won.\n`) },
  {
    kind: 'capitalised-words-10k',
    expect: 'processed',
    make: (d) => {
      const words = ['Kerr', 'Ingebrigtsen', 'London', 'Diamond', 'League', 'World', 'Championships', 'Olympic', 'Smith', 'Games', 'Harriers', 'Marathon'];
      const r = prng(17);
      const list = Array.from({ length: 10_000 }, () => words[Math.floor(r() * words.length)]);
      return w(d, 'capitalised.txt', `Capitals\n\n${list.join(' ')} won in 3:45.12.\n`);
    },
  },
  {
    kind: 'combining-marks-100k',
    expect: 'processed',
    make: (d) => w(d, 'combining.txt', `Zalgo\n\nThe race was won by Ja${repeat('\u0301\u0308', 50_000)}ne Doe in 4:01.23.\n`),
  },
  {
    kind: 'repeated-article-3mb',
    expect: 'heavy',
    make: (d) => {
      writeRepeated(path.join(d, 'repeated-3mb.txt'), `${GOOD_TEXT}\n`, 3 * 1024 * 1024);
      return ['repeated-3mb.txt'];
    },
  },
  {
    kind: 'nested-html-200k',
    expect: 'any',
    make: (d) => w(d, 'nested.html', `<html><body>${repeat('<div>', 200_000)}<p>Deep</p>${repeat('</div>', 200_000)}</body></html>`),
  },
  {
    kind: 'broken-html',
    expect: 'any',
    make: (d) => w(d, 'broken.html', `<html><head><title>Broken <b>page</title><body><p>${GOOD_TEXT.slice(0, 120)}<p><div <<>> </span></i><table><tr><td>${GOOD_TEXT.slice(120)}<script>if (a < b) {`),
  },
  { kind: 'html-only-scripts', expect: 'problem', make: (d) => w(d, 'scripts-only.html', `<html><head><script>var a = 1;</script></head><body><script>document.write("x")</script><style>p{}</style></body></html>`) },
  { kind: 'html-entity-flood', expect: 'processed', make: (d) => w(d, 'entities.html', `<html><body><h1>Entities</h1><p>${repeat('&amp;&#8220;&quot;&nbsp;', 50_000)}</p><p>${GOOD_TEXT}</p></body></html>`) },
  { kind: 'html-huge-attribute', expect: 'processed', make: (d) => w(d, 'huge-attr.html', `<html><body><h1>Attribute</h1><p title="${repeat('x', 1024 * 1024)}">${GOOD_TEXT}</p></body></html>`) },
  { kind: 'truncated-json', expect: 'problem', make: (d) => w(d, 'truncated.json', JSON.stringify({ title: 'Truncated', text: GOOD_TEXT }).slice(0, 60)) },
  { kind: 'json-null', expect: 'problem', make: (d) => w(d, 'null.json', 'null') },
  { kind: 'json-text-number', expect: 'problem', make: (d) => w(d, 'text-number.json', '{"title": "Wrong type", "text": 42}') },
  {
    kind: 'json-proto-keys',
    expect: 'any',
    make: (d) => w(d, 'proto.json', `{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "title": "Proto", "text": ${JSON.stringify(GOOD_TEXT)}}`),
  },
  { kind: 'json-deep-nesting', expect: 'problem', make: (d) => w(d, 'deep.json', `${repeat('[', 200_000)}${repeat(']', 200_000)}`) },
  {
    kind: 'jsonl-bad-lines',
    expect: 'problem',
    maxLines: 4,
    make: (d) =>
      w(d, 'bad-lines.jsonl', [JSON.stringify({ id: 'a', title: 'First', text: GOOD_TEXT }), '{"id": "b", "text": ', '42', '{"id": "d", "text": 42}', JSON.stringify({ id: 'e', title: 'Last', text: GOOD_TEXT }), ''].join('\n')),
  },
  { kind: 'md-unterminated-front-matter', expect: 'any', make: (d) => w(d, 'unterminated.md', `---\ntitle: Never closed\ndate: 2024-05-01\n\n${GOOD_TEXT}`) },
  { kind: 'md-front-matter-only', expect: 'problem', make: (d) => w(d, 'front-matter-only.md', '---\ntitle: Nothing else\n---\n') },
  { kind: 'name-with-spaces', expect: 'processed', make: (d) => w(d, 'name with  spaces.txt', GOOD_TEXT) },
  { kind: 'name-with-quotes', expect: 'processed', make: (d) => w(d, `name "double" 'single'.txt`, GOOD_TEXT) },
  { kind: 'name-non-ascii', expect: 'processed', make: (d) => w(d, 'naïve-Ødegaard-日本-\u{1f3c3}.txt', GOOD_TEXT) },
  {
    kind: 'symlink-loop',
    expect: 'problem',
    make: (d) => {
      symlinkSync('loop-b.txt', path.join(d, 'loop-a.txt'));
      symlinkSync('loop-a.txt', path.join(d, 'loop-b.txt'));
      return ['loop-a.txt', 'loop-b.txt'];
    },
  },
  {
    kind: 'folder-symlink-loop',
    expect: 'any',
    make: (d) => {
      mkdirSync(path.join(d, 'folder-loop'));
      symlinkSync('..', path.join(d, 'folder-loop', 'parent'));
      return ['folder-loop/parent'];
    },
  },
  {
    kind: 'dangling-symlink',
    expect: 'problem',
    make: (d) => {
      symlinkSync('does-not-exist.txt', path.join(d, 'dangling.txt'));
      return ['dangling.txt'];
    },
  },
  {
    kind: 'mode-000',
    // root reads a mode-000 file anyway: then it is an ordinary article
    expect: process.getuid?.() === 0 ? 'processed' : 'problem',
    make: (d) => {
      w(d, 'unreadable.txt', GOOD_TEXT);
      chmodSync(path.join(d, 'unreadable.txt'), 0o000);
      return ['unreadable.txt'];
    },
  },
  {
    kind: 'folder-named-like-article',
    expect: 'none',
    make: (d) => {
      mkdirSync(path.join(d, 'x.txt'));
      return ['x.txt'];
    },
  },
  {
    kind: 'empty-folder',
    expect: 'none',
    make: (d) => {
      mkdirSync(path.join(d, 'empty-folder'));
      return ['empty-folder'];
    },
  },
  { kind: 'unsupported-extension', expect: 'none', make: (d) => w(d, 'notes.docx', Buffer.from('504b0304', 'hex')) },
];

function w(dir, name, content) {
  writeFileSync(path.join(dir, name), content);
  return [name];
}

/** Writes every kind into `dir` (created; emptied first) and returns the manifest. */
export function makeBadInput(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return KINDS.map(({ kind, expect, maxLines, make }) => ({ kind, expect, maxLines: maxLines ?? 1, files: make(dir) }));
}

/**
 * Bad pipeline configs: each must exit 2 naming `keyPath` on stderr. The config's `lexicons.*` take
 * the extractors' rule objects (src/config/schema.ts).
 */
export const BAD_CONFIGS = [
  { kind: 'unknown-key', keyPath: 'limits', text: JSON.stringify({ limits: { maxFileBytez: 100 } }) },
  { kind: 'unknown-top-key', keyPath: 'outptu', text: JSON.stringify({ outptu: { format: 'json' } }) },
  { kind: 'wrong-type', keyPath: 'limits.maxFileBytes', text: JSON.stringify({ limits: { maxFileBytes: 'five megabytes' } }) },
  { kind: 'wrong-enum', keyPath: 'output.format', text: JSON.stringify({ output: { format: 'xml' } }) },
  { kind: 'negative-limit', keyPath: 'limits.articleTimeoutMs', text: JSON.stringify({ limits: { articleTimeoutMs: -1 } }) },
  {
    // no rule schema takes a regex (forms are literal words, escaped when compiled): a rule that brings one is
    // an otherwise valid rule with an unknown `pattern` key
    kind: 'invalid-regex-in-rule',
    keyPath: 'lexicons.competitions[0]',
    text: JSON.stringify({
      lexicons: { competitions: [{ id: 'competition/bad', reason: 'invalid regex', name: 'Bad Games', kind: 'games', indoor: null, forms: ['Bad Games'], pattern: '(unclosed[' }] },
    }),
  },
  {
    kind: 'bad-rule-field',
    keyPath: 'lexicons.events[0]',
    text: JSON.stringify({ lexicons: { events: [{ id: 'event/bad', reason: 'no forms', name: 'Bad', discipline: 'track', distanceMeters: 100, forms: [] }] } }),
  },
  { kind: 'proto-key', keyPath: '__proto__', text: '{"__proto__": {"limits": {"maxFileBytes": 1}}, "limits": {"maxFileBytes": 1, "polluted": true}}' },
  { kind: 'not-json', keyPath: 'not valid JSON', text: '{ "limits": { maxFileBytes: 1 } ' },
  { kind: 'empty-file', keyPath: 'not valid JSON', text: '' },
];

/**
 * Valid configs with hostile values: forms full of regex syntax must be matched literally, without a
 * crash or a catastrophic pattern; each must exit 0 or 1 (never 2, never a stack trace).
 */
export const HOSTILE_CONFIGS = [
  {
    kind: 'regex-syntax-in-forms',
    text: JSON.stringify({
      lexicons: {
        events: [{ id: 'event/regexy', reason: 'regex syntax in a form', name: '100m', discipline: 'track', distanceMeters: 100, forms: ['((a+)+)+$', '[unclosed', 'x{1,99999}', '\\d+\\1'] }],
        competitions: [{ id: 'competition/regexy', reason: 'regex syntax in a form', name: 'Regex Games', kind: 'games', indoor: null, forms: ['(a|a)*b Games', '.*.*.* Games'] }],
      },
    }),
  },
  { kind: 'tiny-limits', text: JSON.stringify({ limits: { maxFileBytes: 1, articleTimeoutMs: 1 } }) },
];

export function makeBadConfigs(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const write = (c) => {
    const file = path.join(dir, `${c.kind}.json`);
    writeFileSync(file, c.text);
    return { ...c, file };
  };
  HOSTILE_CONFIGS.forEach(write);
  return BAD_CONFIGS.map(write);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const dir = path.resolve(process.argv[2] ?? path.join(root, 'fixtures/bad-input/generated'));
  const kinds = makeBadInput(path.join(dir, 'articles'));
  const configs = makeBadConfigs(path.join(dir, 'configs'));
  for (const k of kinds) console.log(`${k.kind.padEnd(30)} ${k.expect.padEnd(10)} ${k.files.join(', ')}`);
  console.log(`${kinds.length} kinds in ${path.join(dir, 'articles')}; ${configs.length} bad configs in ${path.join(dir, 'configs')}`);
}
