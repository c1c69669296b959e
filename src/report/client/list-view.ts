/// <reference lib="dom" />
/** The article list: search and filters (source, has problems, kind, competition, athlete), 50 rows a page. */
import type { PageState } from './state.js';
import { escHtml } from './render.js';

export function tfListPageSize(): number {
  return 50;
}

/** Top folder of a source ("bbc/x.txt" → "bbc"; "x.txt" → "(top)"). */
export function tfSourceFolder(source: string): string {
  const i = source.indexOf('/');
  return i < 0 ? '(top)' : source.slice(0, i);
}

export function tfListView(S: PageState): void {
  const D = S.D;
  const folders = [...new Set(D.articles.map((a) => tfSourceFolder(a[1])))].sort();
  const L = S.list;
  const opt = (v: string, label: string, cur: string) => `<option value="${escHtml(v)}"${v === cur ? ' selected' : ''}>${escHtml(label)}</option>`;
  S.app.innerHTML =
    `<section class="list" aria-labelledby="list-title"><h2 id="list-title">Articles</h2>` +
    `<form class="filters" role="search">` +
    `<label>Search <input id="q" type="search" placeholder="title or source ( / )" value="${escHtml(L.q)}"></label>` +
    `<label>Source <select id="f-source">${opt('', 'all', L.source)}${folders.map((f) => opt(f, f, L.source)).join('')}</select></label>` +
    `<label>Has <select id="f-kind">${opt('', 'any facts', L.kind)}${D.kinds.map((k, i) => opt(String(i), k.key, L.kind)).join('')}</select></label>` +
    `<label>Competition <input id="f-comp" type="text" value="${escHtml(L.comp)}" placeholder="name contains"></label>` +
    `<label>Athlete <input id="f-ath" type="text" value="${escHtml(L.ath)}" placeholder="name contains"></label>` +
    `<label><input id="f-problems" type="checkbox"${L.problems ? ' checked' : ''}> has problems</label>` +
    `</form><p id="list-count" aria-live="polite"></p>` +
    `<table class="grid" id="list"><thead><tr><th>article</th><th>source</th><th>date</th><th>words</th>${D.kinds.map((k) => `<th title="${escHtml(k.key)}">${escHtml(k.label)}</th>`).join('')}<th>problems</th></tr></thead><tbody></tbody></table>` +
    `<nav class="pager" aria-label="pages"><button type="button" id="prev">Previous</button> <span id="pageinfo"></span> <button type="button" id="next">Next</button></nav></section>`;
  const $ = (id: string) => document.getElementById(id) as HTMLInputElement;
  const read = () => {
    // 'change' also fires when focus leaves a field: re-render only when a filter changed (keeps the focus)
    const was = JSON.stringify([L.q, L.source, L.kind, L.comp, L.ath, L.problems]);
    L.q = $('q').value;
    L.source = $('f-source').value;
    L.kind = $('f-kind').value;
    L.comp = $('f-comp').value;
    L.ath = $('f-ath').value;
    L.problems = $('f-problems').checked;
    if (JSON.stringify([L.q, L.source, L.kind, L.comp, L.ath, L.problems]) === was) return;
    L.page = 0;
    tfListRows(S);
  };
  S.app.querySelector('form')!.addEventListener('submit', (e) => e.preventDefault());
  S.app.querySelector('form')!.addEventListener('input', read);
  S.app.querySelector('form')!.addEventListener('change', read);
  $('prev').addEventListener('click', () => {
    L.page = Math.max(0, L.page - 1);
    tfListRows(S);
  });
  $('next').addEventListener('click', () => {
    L.page++;
    tfListRows(S);
  });
  tfListRows(S);
}

/** Article indices passing the list's filters. */
export function tfFilterArticles(S: PageState): number[] {
  const { D, list: L } = S;
  const q = L.q.trim().toLowerCase();
  const kind = L.kind === '' ? -1 : Number(L.kind);
  const match = (names: string[], text: string) => {
    const t = text.trim().toLowerCase();
    if (!t) return null;
    const ok = new Set<number>();
    names.forEach((n, i) => n.toLowerCase().includes(t) && ok.add(i));
    return ok;
  };
  const comps = match(D.facts.competitions.map((c) => `${c[1]} ${c[2] ?? ''}`), L.comp);
  const aths = match(D.facts.athletes.map((c) => c[1]), L.ath);
  const out: number[] = [];
  D.articles.forEach((a, i) => {
    if (q && !`${a[2] ?? ''}\n${a[1]}`.toLowerCase().includes(q)) return;
    if (L.source && tfSourceFolder(a[1]) !== L.source) return;
    if (L.problems && !a[5]) return;
    if (kind >= 0 && !a[6][kind]) return;
    if (comps && !S.artFacts.cmp[i]!.some((c) => comps.has(c))) return;
    if (aths && !S.artFacts.ath[i]!.some((c) => aths.has(c))) return;
    out.push(i);
  });
  return out;
}

export function tfListRows(S: PageState): void {
  const size = tfListPageSize();
  const hits = tfFilterArticles(S);
  const pages = Math.max(1, Math.ceil(hits.length / size));
  S.list.page = Math.min(S.list.page, pages - 1);
  const rows = hits.slice(S.list.page * size, (S.list.page + 1) * size);
  const D = S.D;
  S.app.querySelector('#list tbody')!.innerHTML = rows
    .map((i) => {
      const a = D.articles[i]!;
      return `<tr><td><a href="#/a/${escHtml(a[0])}">${escHtml(a[2] ?? '(no title)')}</a></td><td>${escHtml(a[1])}</td><td>${escHtml(a[3] ?? '')}</td><td class="n">${a[4]}</td>${a[6].map((c) => `<td class="n">${c}</td>`).join('')}<td class="n">${a[5] ? `<b>${a[5]}</b>` : '0'}</td></tr>`;
    })
    .join('');
  document.getElementById('list-count')!.textContent = `${hits.length} of ${D.articles.length} articles`;
  document.getElementById('pageinfo')!.textContent = `page ${S.list.page + 1} of ${pages}`;
  (document.getElementById('prev') as HTMLButtonElement).disabled = S.list.page === 0;
  (document.getElementById('next') as HTMLButtonElement).disabled = S.list.page >= pages - 1;
}
