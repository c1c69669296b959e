/**
 * Main content of an HTML page, after Mozilla Readability's scoring (simplified): noise elements out,
 * paragraphs score their ancestors (commas, length), link-heavy nodes lose, the best ancestor and
 * its good siblings are the article. All walks are iterative.
 */
import { attr, isElement, tagName, walk, type DomNode } from './dom.js';

/** Elements never read as article text. */
export const NOISE_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'form', 'button', 'input',
  'select', 'textarea', 'nav', 'footer', 'aside', 'menu', 'dialog', 'link', 'meta', 'head', 'title', 'video', 'audio', 'map',
]);
/** ARIA roles of navigation and chrome. */
const NOISE_ROLES = /^(?:menu|menubar|complementary|navigation|alert|alertdialog|dialog|banner|contentinfo|search|toolbar)$/i;

/** Class/id patterns of page chrome: share bars, cookie banners, comments, related links (Readability's list, extended). */
export const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs?|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|sharing|cookie|consent|newsletter|subscri|promo|outbrain|taboola|recommend|most-?popular|trending|masthead|toolbar|signup|paywall|print-only|visually-hidden|sr-only|screen-?reader/i;
const MAYBE = /and|article|body|column|content|main|mathjax|shadow/i;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;

const BLOCKISH = new Set(['address', 'article', 'aside', 'blockquote', 'dl', 'div', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul', 'li']);

export interface Stats {
  text: number;
  links: number;
  commas: number;
  /** Direct block-level element children. */
  blockKids: number;
}

const classId = (n: DomNode) => `${attr(n, 'class') ?? ''} ${attr(n, 'id') ?? ''}`;

function hidden(n: DomNode): boolean {
  if (attr(n, 'hidden') !== undefined || attr(n, 'aria-hidden') === 'true') return true;
  const st = attr(n, 'style');
  return !!st && /display\s{0,3}:\s{0,3}none|visibility\s{0,3}:\s{0,3}hidden/i.test(st);
}

/** Whether an element is page chrome. `strict` also applies the class/id patterns. */
export function isNoise(n: DomNode, strict: boolean): boolean {
  const t = tagName(n);
  if (NOISE_TAGS.has(t) || hidden(n)) return true;
  const role = attr(n, 'role');
  if (role && NOISE_ROLES.test(role)) return true;
  if (!strict || t === 'body' || t === 'html' || t === 'article' || t === 'main' || t === 'a') return false;
  const ci = classId(n);
  return ci.length > 1 && UNLIKELY.test(ci) && !MAYBE.test(ci);
}

function classWeight(n: DomNode): number {
  let w = 0;
  for (const v of [attr(n, 'class'), attr(n, 'id')]) {
    if (!v) continue;
    if (NEGATIVE.test(v)) w -= 25;
    if (POSITIVE.test(v)) w += 25;
  }
  return w;
}

function baseScore(n: DomNode): number {
  const t = tagName(n);
  let s = 0;
  if (t === 'div' || t === 'article' || t === 'section' || t === 'main') s = 5;
  else if (t === 'pre' || t === 'td' || t === 'blockquote') s = 3;
  else if (['address', 'ol', 'ul', 'dl', 'dd', 'dt', 'li', 'form'].includes(t)) s = -3;
  else if (['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th'].includes(t)) s = -5;
  return s + classWeight(n);
}

/** Text, link text and comma counts of every kept element (one reverse pre-order pass). */
export function computeStats(root: DomNode, skip: (n: DomNode) => boolean): Map<DomNode, Stats> {
  const order: DomNode[] = [];
  walk(root, (n) => {
    if (isElement(n) && n !== root && skip(n)) return false;
    order.push(n);
    return true;
  });
  const stats = new Map<DomNode, Stats>();
  const get = (n: DomNode) => {
    let s = stats.get(n);
    if (!s) stats.set(n, (s = { text: 0, links: 0, commas: 0, blockKids: 0 }));
    return s;
  };
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i]!;
    const p = n.parent;
    if (n.type === 'text') {
      if (!p) continue;
      const d = n.data ?? '';
      const ps = get(p);
      ps.text += d.replace(/\s+/g, ' ').trim().length;
      for (let k = d.indexOf(','); k !== -1 && k < d.length; k = d.indexOf(',', k + 1)) ps.commas++;
      continue;
    }
    if (!isElement(n) && n.type !== 'root') continue;
    const s = get(n);
    if (tagName(n) === 'a') s.links = s.text;
    if (p) {
      const ps = get(p);
      ps.text += s.text;
      ps.links += s.links;
      ps.commas += s.commas;
      if (BLOCKISH.has(tagName(n))) ps.blockKids++;
    }
  }
  return stats;
}

const linkDensity = (s: Stats | undefined) => (s && s.text ? s.links / s.text : 0);

/** The elements that hold the article, in document order (empty when nothing scores). */
export function selectContent(doc: DomNode, strict: boolean): { nodes: DomNode[]; stats: Map<DomNode, Stats> } {
  const skip = (n: DomNode) => isNoise(n, strict);
  const stats = computeStats(doc, skip);
  const scores = new Map<DomNode, number>();
  for (const [n, s] of stats) {
    const t = tagName(n);
    const paragraphLike = t === 'p' || t === 'pre' || t === 'td' || ((t === 'div' || t === 'section') && s.blockKids === 0);
    if (!paragraphLike || s.text < 25) continue;
    const score = 1 + s.commas + Math.min(Math.floor(s.text / 100), 3);
    let a = n.parent;
    for (let level = 0; a && level < 5; level++, a = a.parent) {
      if (!isElement(a)) break;
      if (!scores.has(a)) scores.set(a, baseScore(a));
      scores.set(a, scores.get(a)! + score / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  }
  let top: DomNode | null = null;
  let best = -Infinity;
  for (const [n, sc] of scores) {
    const f = sc * (1 - linkDensity(stats.get(n)));
    scores.set(n, f);
    if (f > best) {
      best = f;
      top = n;
    }
  }
  if (!top) return { nodes: [], stats };
  // Climb while the parent holds nothing but this candidate.
  while (top.parent && isElement(top.parent) && tagName(top.parent) !== 'body' && (top.parent.children ?? []).filter(isElement).length === 1) top = top.parent;
  const parent = top.parent;
  if (!parent) return { nodes: [top], stats };
  const threshold = Math.max(10, best * 0.2);
  const topClass = attr(top, 'class') ?? '';
  const nodes: DomNode[] = [];
  for (const sib of parent.children ?? []) {
    if (sib === top) {
      nodes.push(sib);
      continue;
    }
    if (!isElement(sib) || skip(sib)) continue;
    const ss = stats.get(sib);
    if (!ss || !ss.text) continue;
    const bonus = topClass && attr(sib, 'class') === topClass ? best * 0.2 : 0;
    const sc = scores.get(sib);
    if (sc !== undefined && sc + bonus >= threshold) nodes.push(sib);
    else if (tagName(sib) === 'p') {
      const ld = linkDensity(ss);
      if ((ss.text > 80 && ld < 0.25) || (ss.text > 0 && ss.text <= 80 && ld === 0)) nodes.push(sib);
    }
  }
  return { nodes, stats };
}
