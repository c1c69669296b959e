/**
 * Markdown (and the inline HTML that Markdown bodies carry) reduced to plain text with block hints.
 * Offsets of the hints point into the reduced text. Every regex is bounded or works on one line.
 */
import type { BlockHint, BlockKind } from '../types.js';
import { decodeEntities } from './entities.js';

export interface Reduced {
  text: string;
  blocks: BlockHint[];
}

/** HTML tags that end a block: they become a blank line (`br` a line break). */
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'main', 'figure', 'figcaption', 'blockquote',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'hr', 'pre', 'iframe', 'video', 'audio', 'center',
]);
/** Elements whose content is never text. */
const DROP_CONTENT = ['script', 'style', 'noscript', 'template', 'svg'] as const;

/** Tells whether a text carries Markdown or HTML noise worth reducing (cheap checks, one bounded regex). */
export function looksLikeMarkup(s: string): boolean {
  if (s.includes('**') || s.includes('](') || s.includes('<!--')) return true;
  if (/<\/?[a-zA-Z][a-zA-Z0-9]{0,15}[\s/>]/.test(s)) return true;
  if (/&(?:#[0-9]{2,7}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,10});/.test(s)) return true;
  return /^#{1,6}[ \t]\S/m.test(s);
}

/** Removes `<!-- … -->` and the content of script/style-like elements, by index search (linear). */
function dropRegions(s: string): string {
  let out = s;
  if (out.includes('<!--')) out = cut(out, '<!--', '-->', '');
  if (!out.includes('<')) return out;
  let lower = out.toLowerCase();
  for (const tag of DROP_CONTENT) {
    if (!lower.includes(`<${tag}`)) continue;
    out = cutTag(out, tag);
    lower = out.toLowerCase();
  }
  return out;
}

function cut(s: string, open: string, close: string, repl: string): string {
  let out = '';
  let pos = 0;
  for (;;) {
    const a = s.indexOf(open, pos);
    if (a === -1) break;
    const b = s.indexOf(close, a + open.length);
    out += s.slice(pos, a) + repl;
    pos = b === -1 ? s.length : b + close.length;
  }
  return out + s.slice(pos);
}

function cutTag(s: string, tag: string): string {
  const lower = s.toLowerCase();
  let out = '';
  let pos = 0;
  for (;;) {
    const a = lower.indexOf(`<${tag}`, pos);
    if (a === -1) break;
    const b = lower.indexOf(`</${tag}`, a);
    const end = b === -1 ? -1 : lower.indexOf('>', b);
    out += s.slice(pos, a) + '\n\n';
    pos = end === -1 ? s.length : end + 1;
  }
  return out + s.slice(pos);
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,20})(?=[\s/>])[^<>]{0,2000}>/g;

/** HTML tags out: block tags become blank lines, `br` a line break, inline tags nothing. */
function dropTags(s: string): string {
  if (!s.includes('<')) return s;
  return s.replace(TAG, (_m, _close: string, name: string) => {
    const n = name.toLowerCase();
    if (n === 'br') return '\n';
    return BLOCK_TAGS.has(n) ? '\n\n' : '';
  });
}

/** Inline Markdown on one line: images out, links to their text, emphasis and code marks out. */
export function reduceInline(line: string): string {
  let s = line;
  if (s.includes('](') || s.includes('][')) {
    s = s.replace(/!\[[^[\]\n]{0,500}\]\([^()\n]{0,2000}\)/g, '');
    s = s.replace(/\[([^[\]\n]{0,500})\]\([^()\n]{0,2000}\)/g, '$1');
    s = s.replace(/\[([^[\]\n]{1,500})\]\[[^[\]\n]{0,100}\]/g, '$1');
    // The tail of a link whose opening bracket was lost around an image tag: "<img …>](/images/x.jpg)".
    s = s.replace(/\]\((?:https?:\/\/|\/)[^()\s]{0,2000}\)/g, '');
  }
  // Bold pairs, then stray marks of bold spans that cross a line ("**Title\n** Friday").
  if (s.includes('**')) s = s.replace(/\*\*(?=\S)([^*\n]{1,1000}?)\*\*/g, '$1').replace(/\*{2,3}/g, '');
  if (s.includes('__')) s = s.replace(/(^|[^\p{L}\p{N}_])__(?=\S)([^_\n]{1,1000}?)__(?![\p{L}\p{N}_])/gu, '$1$2');
  if (s.includes('*')) s = s.replace(/(^|[^\p{L}\p{N}*\\])\*(?=[^\s*])([^*\n]{1,500}?)\*(?![\p{L}\p{N}*])/gu, '$1$2');
  if (s.includes('_')) s = s.replace(/(^|[^\p{L}\p{N}_\\])_(?=[^\s_])([^_\n]{1,500}?)_(?![\p{L}\p{N}_])/gu, '$1$2');
  if (s.includes('`')) s = s.replace(/`([^`\n]{1,500})`/g, '$1');
  if (s.includes('\\')) s = s.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
  return s;
}

/** `---`, `* * *`, `___`: three or more of one mark, spaces allowed. */
function isThematicBreak(line: string): boolean {
  const first = line.trimStart()[0];
  if (first !== '-' && first !== '*' && first !== '_') return false;
  const t = line.replace(/[ \t]/g, '');
  if (t.length < 3 || t.length > 200 || line.length - line.trimStart().length > 3) return false;
  const c = t[0]!;
  return (c === '-' || c === '*' || c === '_') && t.split(c).join('') === '';
}

interface Line {
  text: string;
  kind: BlockKind | null;
}

/** One Markdown line: its block syntax read off, its text reduced. */
function readLine(raw: string): Line | null {
  const line = raw.trimEnd();
  if (isThematicBreak(line)) return { text: '', kind: null };
  if (/^\s{0,3}\[[^\]\n]{1,200}\]:\s/.test(line)) return null; // link reference definition
  if (/^\s{0,3}(?:```|~~~)/.test(line)) return null; // code fence
  if (line.includes('--') && /^[ \t]{0,3}[|:-][ \t|:-]{0,2000}$/.test(line) && /[|:]/.test(line)) return null; // table rule
  let m = /^\s{0,3}#{1,6}[ \t]{1,40}/.exec(line);
  if (m) return { text: reduceInline(line.slice(m[0].length).replace(/[ \t]#{1,40}$/, '')), kind: 'heading' };
  m = /^[ \t]{0,3}>[> \t]{0,20}/.exec(line);
  const body = m ? line.slice(m[0].length) : line;
  m = /^\s{0,12}(?:[-*+]|\d{1,3}[.)])[ \t]{1,10}/.exec(body);
  if (m) return { text: reduceInline(body.slice(m[0].length)), kind: 'list' };
  let text = body;
  const cells = text.trim();
  if (cells.length > 1 && cells.startsWith('|') && cells.endsWith('|'))
    text = cells
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim())
      .join('\t');
  return { text: reduceInline(text), kind: null };
}

/**
 * Reduces a Markdown body to text. Blocks are separated by one blank line; headings and list runs
 * become hints; other blocks are left for the segmenter.
 */
export function reduceMarkdown(input: string): Reduced {
  const pre = dropTags(dropRegions(input));
  const lines = pre.split('\n');
  let text = '';
  const blocks: BlockHint[] = [];
  let pendingBreak = false;
  let open: { start: number; kind: BlockKind | null } | null = null;
  const close = () => {
    if (open && open.kind && text.length > open.start) blocks.push({ start: open.start, end: text.length, kind: open.kind });
    open = null;
  };
  for (const raw of lines) {
    if (!raw || !raw.trim()) {
      if (open) pendingBreak = true;
      close();
      continue;
    }
    const l = readLine(raw);
    if (!l) continue;
    let t = decodeEntities(l.text);
    if (t.includes('  ') || t.includes('\t')) t = t.replace(/[ \t\u00a0]{2,}/g, (w) => (w.includes('\t') ? '\t' : ' '));
    t = t.trim();
    if (!t) {
      if (open) pendingBreak = true;
      close();
      continue;
    }
    // A heading always stands alone; list items of one run share a block; other lines join their paragraph.
    const newBlock = !open || pendingBreak || l.kind === 'heading' || (open as { kind: BlockKind | null }).kind !== l.kind;
    if (newBlock) {
      close();
      if (text) text += '\n\n';
      open = { start: text.length, kind: l.kind };
    } else text += '\n';
    text += t;
    pendingBreak = false;
    if (l.kind === 'heading') close();
  }
  close();
  return { text, blocks };
}
