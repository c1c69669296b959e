/**
 * Main content of an HTML page, after Mozilla Readability's scoring (simplified): noise elements out,
 * paragraphs score their ancestors (commas, length), link-heavy nodes lose, the best ancestor and
 * its good siblings are the article. All walks are iterative.
 */
import { defineRules, ruleOf } from '../table.js';
import { attr, isElement, tagName, textOf, walk, type DomNode } from './dom.js';

/** Readability's class/id and element rules (extended with share, cookie, gallery and screen-reader patterns). */
export const HTML_RULES = defineRules([
  {
    id: 'html/noise-tags',
    reason: 'elements that never hold article text: scripts, styles, forms, navigation, asides, media players',
    values: ['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'form', 'button', 'input', 'select', 'textarea', 'nav', 'footer', 'aside', 'menu', 'dialog', 'link', 'meta', 'head', 'title', 'video', 'audio', 'map'],
  },
  { id: 'html/noise-roles', reason: 'ARIA roles of navigation and page chrome', pattern: /^(?:menu|menubar|complementary|navigation|alert|alertdialog|dialog|banner|contentinfo|search|toolbar)$/i },
  {
    id: 'html/unlikely',
    reason: 'class/id words of page chrome: share bars, cookie banners, comments, related links, galleries',
    pattern: /-ad-|ai2html|banner|breadcrumbs?|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|sharing|cookie|consent|newsletter|subscri|promo|outbrain|taboola|recommend|most-?popular|trending|masthead|toolbar|signup|paywall|print-only|visually-hidden|sr-only|screen-?reader|gallery|carousel|slideshow|lightbox/i,
  },
  { id: 'html/maybe', reason: 'class/id words that rescue an unlikely-looking container that may hold the article', pattern: /and|article|body|column|content|main|mathjax|shadow/i },
  { id: 'html/positive', reason: 'class/id words of article containers: +25 to the score', pattern: /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i },
  { id: 'html/negative', reason: 'class/id words of chrome and widgets: -25 to the score', pattern: /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i },
  { id: 'html/article-body', reason: "schema.org's itemprop=articleBody is the publisher's own mark of the article text", pattern: /\barticleBody\b/ },
] as const);

/** Elements never read as article text. */
export const NOISE_TAGS: ReadonlySet<string> = new Set(ruleOf(HTML_RULES, 'html/noise-tags').values);
const NOISE_ROLES = ruleOf(HTML_RULES, 'html/noise-roles').pattern!;
export const UNLIKELY = ruleOf(HTML_RULES, 'html/unlikely').pattern!;
const MAYBE = ruleOf(HTML_RULES, 'html/maybe').pattern!;
const POSITIVE = ruleOf(HTML_RULES, 'html/positive').pattern!;
const NEGATIVE = ruleOf(HTML_RULES, 'html/negative').pattern!;
const ARTICLE_BODY = ruleOf(HTML_RULES, 'html/article-body').pattern!;

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
  if (ARTICLE_BODY.test(attr(n, 'itemprop') ?? '')) return false;
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
  const ranked = [...scores].map(([n, sc]) => [n, sc * (1 - linkDensity(stats.get(n)))] as const).sort((a, b) => b[1] - a[1]);
  for (const [n, f] of ranked) scores.set(n, f);
  if (!ranked.length) return { nodes: [], stats };
  let [top, best] = ranked[0]!;
  // Several near-best candidates under one ancestor: the article is split into parts, take the ancestor.
  const near = ranked.slice(1, 5).filter(([, f]) => f >= best * 0.75).map(([n]) => n);
  if (near.length >= 3) {
    for (let a = top.parent; a && isElement(a) && tagName(a) !== 'body'; a = a.parent) {
      if (near.filter((n) => contains(a!, n)).length >= 3) {
        top = a;
        break;
      }
    }
  }
  // Climb while the parent scores better, or holds nothing but this candidate.
  let last = scores.get(top) ?? best;
  const floor = last / 3;
  for (let p = top.parent; p && isElement(p) && tagName(p) !== 'body'; p = p.parent) {
    const ps = scores.get(p);
    if (ps === undefined) continue;
    if (ps < floor) break;
    if (ps > last) {
      top = p;
      break;
    }
    last = ps;
  }
  while (top.parent && isElement(top.parent) && tagName(top.parent) !== 'body' && (top.parent.children ?? []).filter(isElement).length === 1) top = top.parent;
  best = Math.max(best, scores.get(top) ?? 0);
  // schema.org's articleBody is the publisher's own word for the article: prefer it when it holds the candidate or enough text.
  const body = articleBody(doc, skip, stats);
  if (body && (contains(body, top) || (stats.get(body)?.text ?? 0) >= 1000)) return { nodes: [body], stats };
  const parent = top.parent;
  if (!parent) return { nodes: [top], stats };
  const threshold = Math.max(10, best * 0.2);
  const topClass = firstClass(top);
  const nodes: DomNode[] = [];
  for (const sib of parent.children ?? []) {
    if (sib === top) {
      nodes.push(sib);
      continue;
    }
    if (!isElement(sib) || skip(sib)) continue;
    const ss = stats.get(sib);
    if (!ss || !ss.text) continue;
    const bonus = topClass && firstClass(sib) === topClass ? best * 0.2 : 0;
    const sc = scores.get(sib);
    if (sc !== undefined && sc + bonus >= threshold) nodes.push(sib);
    else if (tagName(sib) === 'p') {
      const ld = linkDensity(ss);
      if ((ss.text > 80 && ld < 0.25) || (ss.text > 0 && ss.text <= 80 && ld === 0 && /\.( |$)/.test(textOf(sib, 200)))) nodes.push(sib);
    }
  }
  // An article split into parts of one class (story-body-1, story-body-2 under different wrappers): all good parts.
  if (topClass) {
    for (const [n, sc] of ranked) {
      if (sc < threshold || firstClass(n) !== topClass || nodes.some((m) => contains(m, n) || contains(n, m))) continue;
      nodes.push(n);
    }
  }
  return { nodes: sortByDocumentOrder(doc, nodes), stats };
}

const firstClass = (n: DomNode) => (attr(n, 'class') ?? '').trim().split(/\s+/)[0] ?? '';

function sortByDocumentOrder(doc: DomNode, nodes: DomNode[]): DomNode[] {
  if (nodes.length < 2) return nodes;
  const want = new Set(nodes);
  const out: DomNode[] = [];
  walk(doc, (n) => {
    if (want.has(n)) {
      out.push(n);
      return false;
    }
    return true;
  });
  return out;
}

function contains(outer: DomNode, inner: DomNode): boolean {
  for (let n: DomNode | null = inner; n; n = n.parent) if (n === outer) return true;
  return false;
}

/** The largest kept element marked `itemprop="articleBody"`, when it has some text. */
function articleBody(doc: DomNode, skip: (n: DomNode) => boolean, stats: Map<DomNode, Stats>): DomNode | null {
  let best: DomNode | null = null;
  let len = 0;
  walk(doc, (n) => {
    if (!isElement(n)) return true;
    if (skip(n)) return false;
    if (ARTICLE_BODY.test(attr(n, 'itemprop') ?? '')) {
      const t = stats.get(n)?.text ?? 0;
      if (t > len) {
        best = n;
        len = t;
      }
    }
    return true;
  });
  return len >= 200 ? best : null;
}
