/**
 * index.html: the run summary, the page script's index (one JSON blob in <script type="application/json">) and,
 * for readers without JavaScript, a <noscript> copy of the first page of articles (text with every mention
 * drawn, links as a table) and of the first rows of every fact table. The browser skips <noscript> when
 * scripts run, so the copy costs no layout in the interactive page.
 */
import type { FactsFile } from '../schema/facts.js';
import type { RunReport } from '../runner/report.js';
import { escHtml, renderBody } from './client/render.js';
import type { ReportData } from './model.js';
import { CHUNK_ARTICLES } from './model.js';
import { MARK_KINDS } from './kinds.js';
import { jsonForScript } from './escape.js';
import { pageCss } from './css.js';
import { pageScript } from './script.js';
import { renderSummary } from './summary.js';

/** Articles with their text in the no-JavaScript copy, and rows per fact table. */
export const STATIC_ARTICLES = 20;
export const STATIC_FACT_ROWS = 100;

function staticArticle(data: ReportData, a: number): string {
  const [id, source, title, date, words] = data.index.articles[a]!;
  const row = data.chunks[Math.floor(a / CHUNK_ARTICLES)]!.find((r) => r[0] === a)!;
  const [, text, marks, links] = row;
  const linkRows = links
    .map(([from, to, role]) => {
      const m = marks[from]!;
      const t = to >= 0 ? marks[to]! : null;
      return `<tr><td>${escHtml(text.slice(m[2], m[3]))}</td><td>${escHtml(MARK_KINDS[role]!.name)}</td><td>${t ? escHtml(text.slice(t[2], t[3])) : 'not mentioned'}</td></tr>`;
    })
    .join('');
  return (
    `<article id="art-${escHtml(id)}"><h3>${escHtml(title ?? '(no title)')}</h3><p class="meta">${escHtml(source)} · ${escHtml(date ?? 'no date')} · ${words} words</p>` +
    `<div class="body">${renderBody(text, marks, MARK_KINDS, a)}</div>` +
    (linkRows ? `<table class="grid"><thead><tr><th>time</th><th>linked to</th><th>mention</th></tr></thead><tbody>${linkRows}</tbody></table>` : '') +
    `</article>`
  );
}

function staticFacts(facts: FactsFile): string {
  const cell = (v: unknown) => `<td>${escHtml(v === null || v === undefined ? '' : Array.isArray(v) ? v.join(', ') : typeof v === 'object' ? ((v as { display?: string }).display ?? '') : String(v))}</td>`;
  return MARK_KINDS.map((k) => {
    const rows = facts[k.key as 'athletes'] as unknown as Record<string, unknown>[];
    if (!rows.length) return `<h3 id="facts-${k.key}">${escHtml(k.key)}</h3><p>none</p>`;
    const cols = Object.keys(rows[0]!).filter((c) => c !== 'mentions');
    const body = rows
      .slice(0, STATIC_FACT_ROWS)
      .map((r) => `<tr>${cols.map((c) => cell(r[c])).join('')}<td>${(r.mentions as { text: string }[]).length}</td></tr>`)
      .join('');
    return `<h3 id="facts-${k.key}">${escHtml(k.key)} (${rows.length}${rows.length > STATIC_FACT_ROWS ? `, first ${STATIC_FACT_ROWS}` : ''})</h3><table class="grid"><thead><tr>${cols.map((c) => `<th>${escHtml(c)}</th>`).join('')}<th>mentions</th></tr></thead><tbody>${body}</tbody></table>`;
  }).join('');
}

export function renderPage(facts: FactsFile, run: RunReport | null, data: ReportData): string {
  const n = Math.min(STATIC_ARTICLES, facts.articles.length);
  const list = data.index.articles
    .slice(0, n)
    .map(([id, source, title]) => `<li><a href="#art-${escHtml(id)}">${escHtml(title ?? '(no title)')}</a> <span class="meta">${escHtml(source)}</span></li>`)
    .join('');
  const arts = Array.from({ length: n }, (_, a) => staticArticle(data, a)).join('');
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta name="referrer" content="no-referrer"><title>trackfacts review report</title><style>${pageCss()}</style></head><body>` +
    `<header><h1>trackfacts review report</h1><nav aria-label="views"><a href="#/">Articles</a><a href="#/f/0">Facts</a></nav></header>` +
    renderSummary(facts, run) +
    `<main id="app"><noscript><div class="static"><p class="hint">Without JavaScript this page shows the first ${n} of ${facts.articles.length} articles and the first ${STATIC_FACT_ROWS} rows of each fact table; search, filters, link drawing and the other articles need JavaScript.</p>` +
    `<h2>Articles</h2><ol>${list}</ol>${arts}<h2>Facts</h2>${staticFacts(facts)}</div></noscript></main>` +
    `<div id="tip" role="tooltip" hidden></div>` +
    `<script type="application/json" id="tf-data">${jsonForScript(data.index)}</script>` +
    `<script>${pageScript()}</script></body></html>\n`
  );
}
