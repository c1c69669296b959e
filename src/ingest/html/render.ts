/**
 * DOM subtrees to plain text with block hints: one blank line between blocks, `<br>` a line break,
 * whitespace collapsed, headings, captions and list items as hints. Iterative (enter/exit stack).
 */
import type { BlockHint, BlockKind } from '../../types.js';
import { isElement, tagName, type DomNode } from './dom.js';

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'html',
]);
const CELL_TAGS = new Set(['td', 'th']);

/** Hint kind of a block element (null: let the segmenter decide). */
const KIND: Readonly<Record<string, BlockKind>> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  figcaption: 'caption', caption: 'caption', li: 'list', dt: 'list', dd: 'list', p: 'paragraph', blockquote: 'paragraph',
};

export interface Rendered {
  text: string;
  blocks: BlockHint[];
}

/** Renders `roots` in order; `skip` leaves an element and its subtree out. */
export function renderText(roots: readonly DomNode[], skip: (n: DomNode) => boolean): Rendered {
  let text = '';
  const blocks: BlockHint[] = [];
  let cur = '';
  let curKind: BlockKind | null = null;
  const kinds: (BlockKind | null)[] = [];
  const flush = () => {
    // Lines trimmed and blank lines dropped without a regex over runs of spaces (linear on any input).
    const t = cur.includes('\n')
      ? cur
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
          .join('\n')
      : cur.trim();
    cur = '';
    if (!t) return;
    if (text) text += '\n\n';
    const start = text.length;
    text += t;
    if (curKind) blocks.push({ start, end: text.length, kind: curKind });
    curKind = null;
  };
  const append = (s: string) => {
    if (!s) return;
    if (!cur.trim()) curKind = kinds.length ? kinds[kinds.length - 1]! : null;
    const last = cur.charCodeAt(cur.length - 1);
    cur += s.charCodeAt(0) === 32 && (last === 32 || last === 10 || !cur) ? s.slice(1) : s;
  };

  type Frame = { node: DomNode; exit: boolean };
  const stack: Frame[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push({ node: roots[i]!, exit: false });
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.type === 'text') {
      const d = node.data ?? '';
      append(d.replace(/[\s\u00a0\u200b]+/g, ' '));
      continue;
    }
    if (!isElement(node) && node.type !== 'root') continue;
    const t = tagName(node);
    const block = BLOCK_TAGS.has(t) || t in KIND;
    if (exit) {
      if (block) {
        flush();
        kinds.pop();
      } else if (CELL_TAGS.has(t)) append('\t');
      continue;
    }
    if (isElement(node) && skip(node)) continue;
    if (t === 'br') {
      cur += '\n';
      continue;
    }
    if (t === 'img' || t === 'hr') continue;
    if (block) {
      flush();
      kinds.push(KIND[t] ?? null);
    }
    stack.push({ node, exit: true });
    const ch = node.children;
    if (ch) for (let i = ch.length - 1; i >= 0; i--) stack.push({ node: ch[i]!, exit: false });
  }
  flush();
  return { text, blocks };
}
