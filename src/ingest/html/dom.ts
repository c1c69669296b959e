/**
 * HTML to a DOM with cheerio (htmlparser2 mode: forgiving, fast) after a linear pass that caps the
 * nesting depth, and small iterative helpers over the tree (no recursion: 200,000 nested levels must
 * neither overflow the stack nor go quadratic).
 */
import { createRequire } from 'node:module';

/**
 * cheerio, loaded on the first HTML page: a batch of text files never pays its ~150 ms import (per worker
 * thread). cheerio ships a CommonJS build, so it can be required synchronously here.
 */
let cheerioLoad: typeof import('cheerio').load | null = null;
function load(...args: Parameters<typeof import('cheerio').load>): ReturnType<typeof import('cheerio').load> {
  cheerioLoad ??= (createRequire(import.meta.url)('cheerio') as typeof import('cheerio')).load;
  return cheerioLoad(...args);
}

/** The domhandler node shapes this module reads (structural, so no direct domhandler import). */
export interface DomNode {
  type: string;
  parent: DomNode | null;
  children?: DomNode[];
  name?: string;
  attribs?: Record<string, string>;
  data?: string;
}

/** Open tags deeper than this are dropped before parsing (real pages stay far below). */
export const MAX_DEPTH = 400;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command']);
/** Elements that HTML closes implicitly: they never deepen the count. */
const SELF_CLOSING_IMPLIED = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th', 'rt', 'rp', 'optgroup', 'thead', 'tbody', 'tfoot']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58;
}

/** Drops open tags that would nest deeper than `max` (a linear scan that estimates the depth). */
export function capDepth(html: string, max = MAX_DEPTH): string {
  let depth = 0;
  let out = '';
  let last = 0;
  let pos = 0;
  let changed = false;
  let lower: string | null = null;
  for (;;) {
    const lt = html.indexOf('<', pos);
    if (lt === -1 || lt + 1 >= html.length) break;
    const c = html.charCodeAt(lt + 1);
    if (c === 33 /* ! */) {
      const end = html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt);
      pos = end === -1 ? html.length : end + 1;
      continue;
    }
    const closing = c === 47; /* / */
    let i = lt + (closing ? 2 : 1);
    const nameStart = i;
    while (i < html.length && i - nameStart < 40 && isNameChar(html.charCodeAt(i))) i++;
    if (i === nameStart) {
      pos = lt + 1;
      continue;
    }
    const name = html.slice(nameStart, i).toLowerCase();
    const gt = html.indexOf('>', i);
    const tagEnd = gt === -1 ? html.length : gt + 1;
    if (closing) {
      if (!VOID.has(name) && !SELF_CLOSING_IMPLIED.has(name) && depth > 0) depth--;
      pos = tagEnd;
      continue;
    }
    if (RAW_TEXT.has(name)) {
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${name}`, tagEnd);
      pos = close === -1 ? html.length : close;
      continue;
    }
    const selfClosed = gt > 0 && html.charCodeAt(gt - 1) === 47;
    if (!VOID.has(name) && !SELF_CLOSING_IMPLIED.has(name) && !selfClosed) {
      if (depth >= max) {
        out += html.slice(last, lt);
        last = tagEnd;
        changed = true;
      } else depth++;
    }
    pos = tagEnd;
  }
  return changed ? out + html.slice(last) : html;
}

/** Parses HTML into a document node. Never throws on broken markup. */
export function parseHtml(html: string): DomNode {
  const $ = load(capDepth(html), { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } });
  return $.root()[0] as unknown as DomNode;
}

export const isElement = (n: DomNode): boolean => n.type === 'tag' || n.type === 'script' || n.type === 'style';
export const tagName = (n: DomNode): string => (isElement(n) ? (n.name ?? '') : '');
export const attr = (n: DomNode, name: string): string | undefined => (n.attribs && Object.hasOwn(n.attribs, name) ? n.attribs[name] : undefined);

/** Pre-order walk; `visit` returns false to skip a node's children. Iterative. */
export function walk(root: DomNode, visit: (n: DomNode) => boolean | void): void {
  const stack: DomNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (visit(n) === false) continue;
    const ch = n.children;
    if (ch) for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]!);
  }
}

/** All elements (pre-order) for which `test` holds. */
export function findAll(root: DomNode, test: (n: DomNode) => boolean): DomNode[] {
  const out: DomNode[] = [];
  walk(root, (n) => {
    if (isElement(n) && test(n)) out.push(n);
  });
  return out;
}

/** Text content of a subtree, whitespace collapsed (script/style left out). */
export function textOf(root: DomNode, max = 100_000): string {
  let s = '';
  walk(root, (n) => {
    if (s.length > max) return false;
    if (n.type === 'text') s += n.data ?? '';
    else if (n.type === 'script' || n.type === 'style' || n.type === 'comment') return false;
    else if (tagName(n) === 'br') s += ' ';
    return true;
  });
  return s.slice(0, max).replace(/[\s\u00a0]+/g, ' ').trim();
}
