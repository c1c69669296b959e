/// <reference lib="dom" />
/**
 * One article: its text with every mention drawn (render.ts), each time's links to its athlete, event and
 * competition drawn over the paragraph from the rendered text's positions (getClientRects, redrawn on
 * resize), the links that leave the paragraph in a table, and the article's problems.
 */
import type { PageState } from './state.js';
import { escHtml, renderBody } from './render.js';
import { tfFactName } from './describe.js';
import { tfLoadChunk } from './app.js';
import { tfBindDrops, tfDrawDrops, tfDropsToggle } from './drops.js';

export async function tfArticleView(S: PageState, a: number, rest: string[]): Promise<void> {
  const art = S.D.articles[a]!;
  S.app.innerHTML = `<p class="crumbs"><a href="#/">← All articles</a></p><h2>${escHtml(art[2] ?? art[1])}</h2><p>Loading…</p>`;
  const ok = await tfLoadChunk(S, art[7]);
  if (S.byId.get(decodeURIComponent(location.hash.split('/')[2] ?? '')) !== a) return; // navigated away meanwhile
  if (!ok) {
    S.app.innerHTML += `<p class="error" role="alert">Could not load data/chunk-${art[7]}.js: the report folder is incomplete.</p>`;
    return;
  }
  const row = S.chunks.get(art[7])!.find((r) => r[0] === a)!;
  S.open = { a, row };
  const K = S.D.kinds;
  const prev = a > 0 ? `<a href="#/a/${escHtml(S.D.articles[a - 1]![0])}" rel="prev">← previous article</a>` : '';
  const next = a + 1 < S.D.articles.length ? `<a href="#/a/${escHtml(S.D.articles[a + 1]![0])}" rel="next">next article →</a>` : '';
  const problems = S.D.problems.filter((p) => p[5] === a);
  const far = row[3].filter((l) => !l[3]);
  const legend = K.map((k, i) => `<span class="lab k${i}">${escHtml(k.label)}</span> ${escHtml(k.name)}`).join(' · ');
  const farRows = far
    .map((l) => {
      const [kt, ft, st, en] = row[2][l[0]]!;
      const target = l[1] >= 0 ? row[2][l[1]]! : null;
      const perf = S.D.facts.performances[ft]!;
      const fact = l[2] === 0 ? perf[1] : l[2] === 1 ? perf[2] : perf[3];
      return `<tr data-from="${l[0]}" data-role="${l[2]}"><td><a href="#/a/${escHtml(art[0])}/m/${st}">${escHtml(row[1].slice(st, en))}</a> <span class="lab k${kt}">${escHtml(K[kt]!.label)}</span></td><td><span class="lab k${l[2]}">${escHtml(K[l[2]]!.label)}</span> ${escHtml(tfFactName(S, l[2], fact))}</td><td>${target ? `<a href="#/a/${escHtml(art[0])}/m/${target[2]}">“${escHtml(row[1].slice(target[2], target[3]))}” at ${target[2]}</a>` : 'not mentioned in this article'}</td></tr>`;
    })
    .join('');
  S.app.innerHTML =
    `<article class="article" aria-labelledby="art-title"><p class="crumbs"><a href="#/">← All articles</a> ${prev} ${next} · <a href="#/f/0/${a}">facts of this article</a></p>` +
    `<h2 id="art-title">${escHtml(art[2] ?? art[1])}</h2>` +
    `<p class="meta">${escHtml(art[1])} · ${escHtml(art[3] ?? 'no date')} · ${art[4]} words · ${K.map((k, i) => `${art[6][i]} ${escHtml(k.key)}`).join(', ')}</p>` +
    (problems.length ? `<ul class="problems">${problems.map((p) => `<li><b>${escHtml(p[3])}</b> ${escHtml(p[1])} · ${escHtml(p[2])}: ${escHtml(p[4])}</li>`).join('')}</ul>` : '') +
    `<p class="legend">${legend} · lines: time → <span class="ln-key r0">athlete</span>, <span class="ln-key r1">event</span>, <span class="ln-key r2">competition</span></p>` +
    `<p class="hint">Tab, or n and p, move between mentions; hovering or focusing one shows its fact, id and rules.</p>` +
    tfDropsToggle(S) +
    `<svg class="defs" aria-hidden="true" width="0" height="0"><defs>${[0, 1, 2].map((r) => `<marker id="arr${r}" viewBox="0 0 6 6" refX="5" refY="3" markerWidth="4" markerHeight="4" orient="auto-start-reverse"><path d="M0,0L6,3L0,6z" fill="${K[r]!.color}"/></marker>`).join('')}</defs></svg>` +
    `<div class="body" id="body">${renderBody(row[1], row[2], K, a)}</div>` +
    `<h3>Links that leave the paragraph</h3>` +
    (far.length ? `<table class="grid far"><thead><tr><th>time</th><th>linked to</th><th>nearest mention</th></tr></thead><tbody>${farRows}</tbody></table>` : '<p>None: every link of this article is drawn over its paragraph.</p>');
  tfDrawLinks(S);
  tfBindDrops(S);
  tfDrawDrops(S);
  const focus = rest[0] === 'm' ? tfFindMentionAt(S, Number(rest[1])) : rest[0] === 'f' ? tfMarkFact(S, Number(rest[1]), Number(rest[2])) : null;
  if (focus) {
    focus.scrollIntoView({ block: 'center' });
    focus.focus({ preventScroll: true });
  } else window.scrollTo(0, 0);
}

/** The first piece of the mention starting at `start`. */
export function tfFindMentionAt(S: PageState, start: number): HTMLElement | null {
  const ms = S.open!.row[2];
  const i = ms.findIndex((m) => m[2] === start);
  return i < 0 ? null : S.app.querySelector<HTMLElement>(`#body [data-first~="${i}"]`);
}

/** Marks every mention of one fact; returns its first. */
export function tfMarkFact(S: PageState, k: number, f: number): HTMLElement | null {
  const ms = S.open!.row[2];
  let first: HTMLElement | null = null;
  ms.forEach((m, i) => {
    if (m[0] !== k || m[1] !== f) return;
    S.app.querySelectorAll<HTMLElement>(`#body [data-m~="${i}"]`).forEach((el) => el.classList.add('hl'));
    first ??= S.app.querySelector<HTMLElement>(`#body [data-first~="${i}"]`);
  });
  return first;
}

/** Focus to the next (dir 1) or previous (-1) mention of the text. */
export function tfMoveMention(S: PageState, dir: number): void {
  const all = Array.from(S.app.querySelectorAll<HTMLElement>('#body [data-first]'));
  if (!all.length) return;
  const at = all.indexOf(document.activeElement as HTMLElement);
  const next = at < 0 ? (dir > 0 ? 0 : all.length - 1) : Math.max(0, Math.min(all.length - 1, at + dir));
  all[next]!.focus();
}

/** Draws each time's in-paragraph links as arcs from the time to its athlete, event and competition. */
export function tfDrawLinks(S: PageState): void {
  if (!S.open) return;
  const { row } = S.open;
  const ns = 'http://www.w3.org/2000/svg';
  const byPara = new Map<Element, SVGSVGElement>();
  S.app.querySelectorAll<SVGSVGElement>('#body svg.links').forEach((svg) => {
    svg.textContent = '';
    const pw = svg.parentElement!;
    svg.setAttribute('width', String(pw.clientWidth));
    svg.setAttribute('height', String(pw.clientHeight));
    byPara.set(pw, svg);
  });
  for (const [from, to, role, near] of row[3]) {
    if (!near || to < 0) continue;
    const a = S.app.querySelector<HTMLElement>(`#body [data-first~="${from}"]`);
    const b = S.app.querySelector<HTMLElement>(`#body [data-first~="${to}"]`);
    const pw = a?.closest('.pw');
    const svg = pw && byPara.get(pw);
    if (!a || !b || !svg) continue;
    const base = pw.getBoundingClientRect();
    const ra = a.getClientRects()[0]!;
    const rb = b.getClientRects()[0]!;
    const x1 = ra.left + ra.width / 2 - base.left;
    const y1 = ra.top - base.top;
    const x2 = rb.left + Math.min(rb.width / 2, 12) - base.left;
    const y2 = rb.top - base.top;
    const h = 10 + role * 5 + Math.min(18, Math.abs(x2 - x1) / 20);
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', `M${x1.toFixed(1)},${y1.toFixed(1)} C${x1.toFixed(1)},${(y1 - h).toFixed(1)} ${x2.toFixed(1)},${(y2 - h).toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}`);
    path.setAttribute('class', `ln r${role}`);
    path.setAttribute('data-from', String(from));
    path.setAttribute('data-to', String(to));
    path.setAttribute('data-role', String(role));
    path.setAttribute('stroke', S.D.kinds[role]!.color);
    path.setAttribute('marker-end', `url(#arr${role})`);
    svg.appendChild(path);
  }
}
