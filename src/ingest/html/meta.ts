/**
 * Article metadata from an HTML document: title (JSON-LD headline, Open Graph, Twitter, <title>
 * without the site suffix), publication date (JSON-LD datePublished incl. @graph and arrays, meta
 * tags, <time datetime>) and byline. Rules are data: the first source that gives a value wins.
 */
import { parseDate } from '../dates.js';
import { decodeEntities } from '../entities.js';
import { defineRules } from '../table.js';
import { attr, findAll, tagName, textOf, walk, type DomNode } from './dom.js';

export interface HtmlMeta {
  title: string | null;
  siteName: string | null;
  publishedAt: string | null;
  byline: string | null;
}

/** Meta tags read for each field, in order of trust (name or property, lower case). */
export const META_RULES = {
  title: [
    { id: 'meta/og-title', reason: 'Open Graph title: the article headline as the site shares it', keys: ['og:title'] },
    { id: 'meta/dc-title', reason: 'Dublin Core title', keys: ['dc.title', 'dcterm:title', 'dcterms.title'] },
    { id: 'meta/twitter-title', reason: 'Twitter card title', keys: ['twitter:title'] },
    { id: 'meta/parsely-title', reason: 'Parse.ly title', keys: ['parsely-title', 'sailthru.title'] },
  ],
  date: [
    {
      id: 'meta/published-time',
      reason: 'publication-time meta tags of Open Graph, Dublin Core, Parse.ly, Sailthru and news CMSs',
      keys: ['article:published_time', 'og:article:published_time', 'og:published_time', 'published_time', 'article.published', 'datepublished', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dcterms.created', 'dc.date', 'date', 'pubdate', 'publishdate', 'publish-date', 'article_date_original', 'cxenseparse:recs:publishtime', 'ptime', 'displaydate', 'og:updated_time', 'article:modified_time'],
    },
  ],
  byline: [{ id: 'meta/author', reason: 'author meta tags', keys: ['author', 'article:author', 'byl', 'dc.creator', 'sailthru.author', 'parsely-author'] }],
  siteName: [{ id: 'meta/site-name', reason: 'the site name that titles carry as a suffix', keys: ['og:site_name', 'application-name', 'twitter:site'] }],
} as const;
for (const table of Object.values(META_RULES)) defineRules(table);

const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|ScholarlyArticle|TechArticle|WebPage)$/;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function isObj(v: unknown): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** JSON-LD objects of the page that describe an article (arrays and @graph searched, bounded). */
function jsonLdArticles(doc: DomNode): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  for (const s of findAll(doc, (n) => tagName(n) === 'script' && /ld\+json/i.test(attr(n, 'type') ?? ''))) {
    let data: unknown;
    try {
      data = JSON.parse(textOfScript(s).replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let i = 0; i < queue.length && i < 500; i++) {
      const v = queue[i];
      if (Array.isArray(v)) queue.push(...v.slice(0, 100));
      else if (isObj(v)) {
        const t = v['@type'];
        const types = Array.isArray(t) ? t : [t];
        if (types.some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x))) out.push(v);
        if (Array.isArray(v['@graph'])) queue.push(...v['@graph'].slice(0, 100));
        if (isObj(v['mainEntity'])) queue.push(v['mainEntity']);
      }
    }
  }
  // Article types first, WebPage last: a page's own entry is less specific than its article.
  return out.sort((a, b) => Number(String(a['@type']).includes('WebPage')) - Number(String(b['@type']).includes('WebPage')));
}

function textOfScript(n: DomNode): string {
  let s = '';
  for (const c of n.children ?? []) if (c.type === 'text') s += c.data ?? '';
  return s;
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return decodeEntities(v).replace(/\s+/g, ' ').trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

function names(v: Json | undefined): string | null {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  const out: string[] = [];
  for (const a of list.slice(0, 10)) {
    const n = typeof a === 'string' ? str(a) : isObj(a) ? str(a['name']) : null;
    if (n) out.push(n);
  }
  return out.length ? out.join(', ') : null;
}

/** meta name/property → content, first occurrence wins. */
function metaMap(doc: DomNode): Map<string, string> {
  const m = new Map<string, string>();
  walk(doc, (n) => {
    const t = tagName(n);
    if (t === 'body') return true;
    if (t === 'meta') {
      const key = (attr(n, 'property') ?? attr(n, 'name') ?? attr(n, 'itemprop') ?? '').toLowerCase().trim();
      const content = attr(n, 'content');
      if (key && content && !m.has(key)) m.set(key, content);
    }
    return true;
  });
  return m;
}

function fromMeta(meta: Map<string, string>, rules: readonly { keys: readonly string[] }[]): string | null {
  for (const r of rules) for (const k of r.keys) {
    const v = meta.get(k);
    if (v && v.trim()) return decodeEntities(v).replace(/\s+/g, ' ').trim();
  }
  return null;
}

/** "Headline - Site" → "Headline" when the suffix is the site name (or reads like one). */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  const t = title.trim();
  if (siteName) {
    const sn = siteName.replace(/^@/, '').trim().toLowerCase();
    for (const sep of [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' » ']) {
      const i = t.lastIndexOf(sep);
      if (i > 0 && t.slice(i + sep.length).trim().toLowerCase() === sn) return t.slice(0, i).trim();
      const j = t.indexOf(sep);
      if (j > 0 && t.slice(0, j).trim().toLowerCase() === sn) return t.slice(j + sep.length).trim();
    }
  }
  return t;
}

const TITLE_SEPARATORS = new Set(['|', '-', '–', '—', '\\', '/', '>', '»']);

/** Readability's <title> heuristic: cut the last " | Site" part when what is left keeps 3+ words. */
function cleanDocumentTitle(raw: string): string {
  const t = raw.slice(0, 500).replace(/\s+/g, ' ').trim();
  const seps: number[] = [];
  for (let i = 1; i + 2 < t.length; i++) if (t[i - 1] === ' ' && t[i + 1] === ' ' && TITLE_SEPARATORS.has(t[i]!)) seps.push(i);
  if (!seps.length) return t;
  const cut = t.slice(0, seps[seps.length - 1]! - 1).trim();
  if (cut.split(' ').length >= 3) return cut;
  const after = t.slice(seps[0]! + 2).trim();
  return after.split(' ').length >= 3 ? after : t;
}

/** Reads the metadata of an HTML document. */
export function readHtmlMeta(doc: DomNode): HtmlMeta {
  const meta = metaMap(doc);
  const ld = jsonLdArticles(doc);
  let siteName = fromMeta(meta, META_RULES.siteName);
  for (const a of ld) {
    if (siteName) break;
    const p = a['publisher'];
    siteName = isObj(p) ? str(p['name']) : null;
  }

  const titleEl = findAll(doc, (n) => tagName(n) === 'title')[0];
  const docTitle = titleEl ? textOf(titleEl, 2000) : '';
  let title: string | null = null;
  for (const a of ld) title ??= str(a['headline']) ?? (String(a['@type']).includes('WebPage') ? null : str(a['name']));
  title ??= fromMeta(meta, META_RULES.title);
  if (title) title = stripSiteSuffix(title, siteName);
  else if (docTitle) title = stripSiteSuffix(cleanDocumentTitle(docTitle), siteName);
  if (!title) {
    const h1 = findAll(doc, (n) => tagName(n) === 'h1')[0];
    title = h1 ? textOf(h1, 2000) || null : null;
  }

  let publishedAt: string | null = null;
  for (const a of ld) publishedAt ??= parseDate(str(a['datePublished'])) ?? parseDate(str(a['dateCreated']));
  publishedAt ??= parseDate(fromMeta(meta, META_RULES.date));
  if (!publishedAt) {
    for (const n of findAll(doc, (x) => (tagName(x) === 'time' && !!attr(x, 'datetime')) || /datePublished/i.test(attr(x, 'itemprop') ?? ''))) {
      publishedAt = parseDate(attr(n, 'datetime') ?? attr(n, 'content') ?? textOf(n, 200));
      if (publishedAt) break;
    }
  }

  let byline: string | null = null;
  for (const a of ld) byline ??= names(a['author']);
  byline ??= fromMeta(meta, META_RULES.byline);
  if (!byline) {
    const el = findAll(doc, (n) => attr(n, 'rel') === 'author' || /author/i.test(attr(n, 'itemprop') ?? '') || /(?:^|\s)byline(?:\s|$|[-_])/i.test(attr(n, 'class') ?? ''))[0];
    byline = el ? textOf(el, 300) || null : null;
  }
  if (byline && (byline.length > 200 || /^https?:/i.test(byline))) byline = null;
  return { title: title?.slice(0, 500) ?? null, siteName, publishedAt, byline };
}
