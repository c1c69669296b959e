/// <reference lib="dom" />
/** Fact tables, one kind at a time: filter by text and by article source, 100 rows a page, rows link to mentions. */
import type { PageState } from './state.js';
import { escHtml } from './render.js';
import { tfFactName } from './describe.js';

export function tfFactsPageSize(): number {
  return 100;
}

/** Column heads and the cells (plain text) of one fact row. */
export function tfFactCells(S: PageState, k: number, f: number): { heads: string[]; cells: string[] } {
  const F = S.D.facts;
  const n = (v: unknown) => (v === null || v === undefined || v === -1 ? '' : String(v));
  if (k === 0) {
    const r = F.athletes[f]!;
    return { heads: ['name', 'country', 'aliases'], cells: [r[1], n(r[2]), r[3]] };
  }
  if (k === 1) {
    const r = F.events[f]!;
    return { heads: ['name', 'discipline'], cells: [r[1], r[2]] };
  }
  if (k === 2) {
    const r = F.competitions[f]!;
    return { heads: ['name', 'year', 'location', 'indoor'], cells: [r[1], n(r[2]), n(r[3]), r[4] === null ? '' : r[4] ? 'indoor' : 'outdoor'] };
  }
  if (k === 3) {
    const r = F.performances[f]!;
    return {
      heads: ['time', 'as written', 'athlete', 'event', 'competition', 'place', 'records', 'venue', 'year'],
      cells: [r[4], r[5], r[1] >= 0 ? tfFactName(S, 0, r[1]) : '', r[2] >= 0 ? tfFactName(S, 1, r[2]) : '', r[3] >= 0 ? tfFactName(S, 2, r[3]) : '', n(r[6]), r[7], n(r[8]), n(r[9])],
    };
  }
  const r = F.quotes[f]!;
  return { heads: ['quote', 'speaker', 'outlet'], cells: [r[1], r[2] >= 0 ? tfFactName(S, 0, r[2]) : n(r[3]), n(r[4])] };
}

/** Route #/f/<kind>[/<article index>]. */
export function tfFactsView(S: PageState, rest: string[]): void {
  const K = S.D.kinds;
  const FF = S.facts;
  const k = Math.max(0, Math.min(K.length - 1, Number(rest[0]) || 0));
  if (k !== FF.kind) FF.page = 0;
  FF.kind = k;
  if (rest[1] !== undefined && S.D.articles[Number(rest[1])]) {
    FF.art = S.D.articles[Number(rest[1])]![1];
    FF.page = 0;
  }
  const tabs = K.map((x, i) => `<a href="#/f/${i}"${i === k ? ' aria-current="page"' : ''}><span class="lab k${i}">${escHtml(x.label)}</span> ${escHtml(x.key)} (${S.D.facts[x.key as 'athletes'].length})</a>`).join(' ');
  S.app.innerHTML =
    `<section class="facts" aria-labelledby="facts-title"><h2 id="facts-title">Facts</h2><nav class="tabs" aria-label="kinds">${tabs}</nav>` +
    `<form class="filters" role="search"><label>Filter <input id="ff-q" type="search" placeholder="any column ( / )" value="${escHtml(FF.q)}"></label>` +
    `<label>Article source <input id="ff-art" type="text" placeholder="source contains" value="${escHtml(FF.art)}"></label></form>` +
    `<p id="facts-count" aria-live="polite"></p><table class="grid" id="facts"><thead></thead><tbody></tbody></table>` +
    `<nav class="pager" aria-label="pages"><button type="button" id="fprev">Previous</button> <span id="fpageinfo"></span> <button type="button" id="fnext">Next</button></nav></section>`;
  const form = S.app.querySelector('form')!;
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('input', () => {
    FF.q = (document.getElementById('ff-q') as HTMLInputElement).value;
    FF.art = (document.getElementById('ff-art') as HTMLInputElement).value;
    FF.page = 0;
    tfFactRows(S);
  });
  document.getElementById('fprev')!.addEventListener('click', () => {
    FF.page = Math.max(0, FF.page - 1);
    tfFactRows(S);
  });
  document.getElementById('fnext')!.addEventListener('click', () => {
    FF.page++;
    tfFactRows(S);
  });
  tfFactRows(S);
}

export function tfFactRows(S: PageState): void {
  const FF = S.facts;
  const k = FF.kind;
  const K = S.D.kinds;
  const rows = S.D.facts[K[k]!.key as 'athletes'] as unknown as unknown[][];
  const q = FF.q.trim().toLowerCase();
  const art = FF.art.trim().toLowerCase();
  const hits: number[] = [];
  for (let f = 0; f < rows.length; f++) {
    const arts = rows[f]![rows[f]!.length - 1] as number[];
    if (art && !arts.some((a) => S.D.articles[a]![1].toLowerCase().includes(art))) continue;
    if (q && !`${rows[f]![0]}\n${tfFactCells(S, k, f).cells.join('\n')}`.toLowerCase().includes(q)) continue;
    hits.push(f);
  }
  const size = tfFactsPageSize();
  const pages = Math.max(1, Math.ceil(hits.length / size));
  FF.page = Math.min(FF.page, pages - 1);
  const heads = rows.length ? tfFactCells(S, k, 0).heads : [];
  S.app.querySelector('#facts thead')!.innerHTML = `<tr>${heads.map((h) => `<th>${escHtml(h)}</th>`).join('')}<th>mentioned in</th><th>id</th></tr>`;
  S.app.querySelector('#facts tbody')!.innerHTML = hits
    .slice(FF.page * size, (FF.page + 1) * size)
    .map((f) => {
      const arts = rows[f]![rows[f]!.length - 1] as number[];
      const links = arts
        .slice(0, 3)
        .map((a) => `<a href="#/a/${escHtml(S.D.articles[a]![0])}/f/${k}/${f}">${escHtml(S.D.articles[a]![1])}</a>`)
        .join(', ');
      const cells = tfFactCells(S, k, f).cells;
      return `<tr><td>${links ? `<a href="#/a/${escHtml(S.D.articles[arts[0]!]![0])}/f/${k}/${f}">${escHtml(cells[0]!)}</a>` : escHtml(cells[0]!)}</td>${cells
        .slice(1)
        .map((c) => `<td>${escHtml(c)}</td>`)
        .join('')}<td>${links}${arts.length > 3 ? ` and ${arts.length - 3} more` : ''}</td><td class="id">${escHtml(String(rows[f]![0]))}</td></tr>`;
    })
    .join('');
  document.getElementById('facts-count')!.textContent = `${hits.length} of ${rows.length} ${K[k]!.key}`;
  document.getElementById('fpageinfo')!.textContent = `page ${FF.page + 1} of ${pages}`;
  (document.getElementById('fprev') as HTMLButtonElement).disabled = FF.page === 0;
  (document.getElementById('fnext') as HTMLButtonElement).disabled = FF.page >= pages - 1;
}
