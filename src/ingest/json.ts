/**
 * JSON exports: one object, an array of objects (or `{ "articles": [...] }`), or JSON Lines (one
 * object per line). Fields are mapped by IngestOptions; a text that is HTML goes through the HTML
 * reducer. A bad line or object is a problem and is skipped; the rest is read. Keys are only read
 * with Object.hasOwn, never copied onto objects.
 */
import type { Problem } from '../types.js';
import { toArticle, withHeadline, type Parts } from './article.js';
import { parseDate } from './dates.js';
import { reduceHtml } from './html/index.js';
import { looksLikeMarkup, reduceMarkdown } from './markdown.js';
import { problem } from './problems.js';
import type { IngestResult } from '../types.js';

export interface JsonFields {
  text: string[];
  title: string[];
  date: string[];
  url: string[];
  id: string[];
  byline: string[];
}

type Obj = Record<string, unknown>;

/** Invalid JSONL lines reported one by one; beyond this, one summary problem. */
export const MAX_LINE_PROBLEMS = 50;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Containers of article lists in common exports. */
const LIST_KEYS = ['articles', 'items', 'data', 'results', 'posts', 'documents'];

/** The first mapped field present on `o` (own keys only), with the key it came from. */
export function field(o: Obj, keys: readonly string[]): { key: string; value: unknown } | null {
  for (const k of keys) if (Object.hasOwn(o, k) && o[k] !== null && o[k] !== undefined) return { key: k, value: o[k] };
  return null;
}

const LOOKS_HTML = /<(?:p|div|br|h[1-6]|span|a|em|strong|b|i|ul|ol|li|article|section|img|figure|blockquote|table)[\s>/]/i;

function bodyParts(text: string): Parts & { htmlTitle?: string | null } {
  if (LOOKS_HTML.test(text.slice(0, 100_000))) {
    const h = reduceHtml(text, !/<(?:html|body)[\s>]/i.test(text.slice(0, 5000)));
    return { title: null, publishedAt: h.publishedAt, byline: h.byline, body: h.text, blocks: h.blocks, htmlTitle: h.title };
  }
  const t = text.replace(/\r\n?/g, '\n');
  if (looksLikeMarkup(t)) {
    const r = reduceMarkdown(t);
    return { title: null, publishedAt: null, body: r.text, blocks: r.blocks };
  }
  return { title: null, publishedAt: null, body: t, blocks: [] };
}

function stringOf(v: unknown, joinArrays: boolean): string | null {
  if (typeof v === 'string') return v;
  if (joinArrays && Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join('\n\n');
  return null;
}

export interface Ctx {
  path: string;
  sha256: string;
  fields: JsonFields;
  seenIds: Set<string>;
  out: IngestResult;
}

export function readObject(o: unknown, index: number, where: string, ctx: Ctx): void {
  const { out, path, fields } = ctx;
  if (!isObj(o)) {
    out.problems.push(problem(path, 'ingest/json-shape', 'warning', `${where}: not an object, skipped`));
    return;
  }
  const tf = field(o, fields.text);
  if (!tf) {
    out.problems.push(problem(path, 'ingest/json-shape', 'warning', `${where}: no text field (${fields.text.join(', ')}), skipped`));
    return;
  }
  const text = stringOf(tf.value, true);
  if (text === null) {
    out.problems.push(problem(path, 'ingest/json-field-type', 'warning', `${where}: field "${tf.key}" is ${Array.isArray(tf.value) ? 'an array' : typeof tf.value}, expected a string; skipped`));
    return;
  }
  const meta = (keys: readonly string[], name: string): string | null => {
    const f = field(o, keys);
    if (!f) return null;
    if (typeof f.value === 'string') return f.value;
    if (typeof f.value === 'number' && name === 'id' && Number.isFinite(f.value)) return String(f.value);
    out.problems.push(problem(path, 'ingest/json-field-type', 'warning', `${where}: field "${f.key}" is ${typeof f.value}, expected a string; ignored`));
    return null;
  };
  const rawTitle = meta(fields.title, 'title');
  const rawDate = meta(fields.date, 'date');
  const rawByline = fields.byline.length ? field(o, fields.byline) : null;
  const id = meta(fields.id, 'id')?.trim().slice(0, 200) || null;
  const b = bodyParts(text);
  const publishedAt = parseDate(rawDate) ?? b.publishedAt;
  if (rawDate && !parseDate(rawDate)) out.problems.push(problem(path, 'ingest/json-field-type', 'info', `${where}: date "${rawDate.slice(0, 40)}" is not a calendar date; ignored`));
  const byline = typeof rawByline?.value === 'string' ? rawByline.value : isObj(rawByline?.value) && typeof rawByline.value['name'] === 'string' ? rawByline.value['name'] : (b.byline ?? null);
  const parts = withHeadline({ title: rawTitle ?? b.htmlTitle ?? null, publishedAt, byline, body: b.body, blocks: b.blocks });
  if (!/\S/.test(parts.body)) {
    out.problems.push(problem(path, 'ingest/empty', 'warning', `${where}: empty text, skipped`));
    return;
  }
  let source = `${path}#${index}`;
  if (id) {
    if (ctx.seenIds.has(id)) out.problems.push(problem(path, 'ingest/json-duplicate-id', 'warning', `${where}: id "${id}" seen before in this file: named by index`));
    else {
      ctx.seenIds.add(id);
      source = `${path}#${id}`;
    }
  }
  out.articles.push(toArticle(source, ctx.sha256, parts));
}

/** A `.json` file: one object, an array of objects, or an object holding such an array. */
export function ingestJson(text: string, path: string, sha256: string, fields: JsonFields): IngestResult {
  const out: IngestResult = { articles: [], problems: [] };
  const ctx: Ctx = { path, sha256, fields, seenIds: new Set(), out };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // A .json file that is JSON Lines in fact.
    if (text.trim().includes('\n') && /^\s*\{/.test(text)) return ingestJsonl(text, path, sha256, fields);
    out.problems.push(problem(path, 'ingest/json-parse', 'fatal', `invalid JSON: ${(e as Error).message.slice(0, 200)}`));
    return out;
  }
  let list: unknown[] | null = Array.isArray(data) ? data : null;
  if (!list && isObj(data) && !field(data, fields.text)) {
    const k = LIST_KEYS.find((key) => Object.hasOwn(data as Obj, key) && Array.isArray((data as Obj)[key]));
    if (k) list = (data as Obj)[k] as unknown[];
  }
  if (list) list.forEach((o, i) => readObject(o, i, `item ${i}`, ctx));
  else readObject(data, 0, 'object', ctx);
  return out;
}

export function parseJson(s: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(s) as unknown };
  } catch (e) {
    return { ok: false, reason: (e as Error).message.slice(0, 120) };
  }
}

/** JSON Lines: one object per line; blank lines skipped; a bad line is a problem (with its line number). */
export function ingestJsonl(text: string, path: string, sha256: string, fields: JsonFields): IngestResult {
  const out: IngestResult = { articles: [], problems: [] };
  const ctx: Ctx = { path, sha256, fields, seenIds: new Set(), out };
  const lines = text.split('\n');
  let index = 0;
  let bad = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    // Cheap shape check first: a line that cannot be an object never pays for a parse error.
    const parsed = (line[0] === '{' && line[line.length - 1] === '}') || (line[0] === '[' && line[line.length - 1] === ']') ? parseJson(line) : { ok: false as const, reason: 'not a JSON object' };
    if (!parsed.ok) {
      bad++;
      if (bad <= MAX_LINE_PROBLEMS) out.problems.push(problem(path, 'ingest/json-parse', 'warning', `line ${i + 1}: invalid JSON (${parsed.reason}), skipped`));
      index++;
      continue;
    }
    const o = parsed.value;
    readObject(o, index, `line ${i + 1}`, ctx);
    index++;
  }
  if (bad > MAX_LINE_PROBLEMS) out.problems.push(problem(path, 'ingest/json-parse', 'warning', `${bad - MAX_LINE_PROBLEMS} more invalid lines skipped`));
  return out;
}
