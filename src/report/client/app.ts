/// <reference lib="dom" />
/**
 * The page script's entry: reads the embedded index, routes on the location hash (#/ list, #/a/<id> one
 * article, #/f/<kind> fact tables), loads article chunks on demand (data/chunk-N.js, a script tag: works
 * from file://), and handles the keyboard and the tooltip. Text from articles only ever reaches the page
 * through escHtml or textContent.
 *
 * Browser code: plain function declarations, sent to the page as their source text (see ../script.ts).
 */
import type { ChunkRow } from '../model.js';
import type { PageState } from './state.js';
import { tfArticleView, tfDrawLinks, tfMoveMention } from './article-view.js';
import { tfFactsView } from './facts-view.js';
import { tfListView } from './list-view.js';
import { tfHideTip, tfShowTip } from './tooltip.js';
import { tfDrawDrops } from './drops.js';

export function tfMain(): void {
  const D = JSON.parse(document.getElementById('tf-data')!.textContent!);
  const S: PageState = {
    D,
    app: document.getElementById('app')!,
    summary: document.getElementById('summary'),
    tip: document.getElementById('tip')!,
    byId: new Map(D.articles.map((a: [string], i: number) => [a[0], i])),
    chunks: new Map(),
    waiting: new Map(),
    artFacts: tfArticleFacts(D),
    list: { q: '', source: '', problems: false, kind: '', comp: '', ath: '', page: 0 },
    facts: { kind: 0, q: '', art: '', page: 0 },
    open: null,
    drawQueued: false,
    showDrops: false,
  };
  (window as unknown as { __tfChunk: unknown }).__tfChunk = (n: number, rows: ChunkRow[]) => tfChunkLoaded(S, n, rows);
  window.addEventListener('hashchange', () => tfRoute(S));
  window.addEventListener('resize', () => tfQueueDraw(S));
  document.addEventListener('keydown', (e) => tfKey(S, e));
  document.addEventListener('mouseover', (e) => tfShowTip(S, e.target as Element));
  document.addEventListener('focusin', (e) => tfShowTip(S, e.target as Element));
  document.addEventListener('mouseout', (e) => tfHideTip(S, e.relatedTarget as Element | null));
  document.addEventListener('focusout', (e) => tfHideTip(S, e.relatedTarget as Element | null));
  document.documentElement.classList.add('js');
  tfRoute(S);
  performance.mark('tf-ready'); // the bench reads it: the list is drawn and the page answers input
}

/** Per article, the athletes and competitions it mentions, from the facts' article lists. */
export function tfArticleFacts(D: PageState['D']): PageState['artFacts'] {
  const ath: number[][] = D.articles.map(() => []);
  const cmp: number[][] = D.articles.map(() => []);
  D.facts.athletes.forEach((r, i) => r[4].forEach((a) => ath[a]!.push(i)));
  D.facts.competitions.forEach((r, i) => r[5].forEach((a) => cmp[a]!.push(i)));
  return { ath, cmp };
}

export function tfRoute(S: PageState): void {
  const parts = decodeURIComponent(location.hash.replace(/^#\/?/, '')).split('/');
  tfHideTip(S, null);
  S.open = null;
  if (parts[0] === 'a' && parts[1] && S.byId.has(parts[1])) {
    if (S.summary) S.summary.hidden = true;
    void tfArticleView(S, S.byId.get(parts[1])!, parts.slice(2));
  } else if (parts[0] === 'f') {
    if (S.summary) S.summary.hidden = true;
    tfFactsView(S, parts.slice(1));
  } else {
    if (S.summary) S.summary.hidden = false;
    tfListView(S);
  }
  document.documentElement.dataset.view = parts[0] || 'list';
}

/** Loads chunk n (once); resolves false when its file cannot be loaded. */
export function tfLoadChunk(S: PageState, n: number): Promise<boolean> {
  if (S.chunks.has(n)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const list = S.waiting.get(n);
    if (list) {
      list.push(resolve);
      return;
    }
    S.waiting.set(n, [resolve]);
    const s = document.createElement('script');
    s.src = `data/chunk-${n}.js`;
    s.onerror = () => {
      const w = S.waiting.get(n) ?? [];
      S.waiting.delete(n);
      w.forEach((f) => f(false));
    };
    document.head.appendChild(s);
  });
}

export function tfChunkLoaded(S: PageState, n: number, rows: ChunkRow[]): void {
  S.chunks.set(n, rows);
  const w = S.waiting.get(n) ?? [];
  S.waiting.delete(n);
  w.forEach((f) => f(true));
}

export function tfQueueDraw(S: PageState): void {
  if (S.drawQueued) return;
  S.drawQueued = true;
  requestAnimationFrame(() => {
    S.drawQueued = false;
    tfDrawLinks(S);
    tfDrawDrops(S);
  });
}

export function tfTyping(el: Element | null): boolean {
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA');
}

/** Keys: "/" search; ↑/↓ between table rows; n/p (or j/k) between mentions; Escape closes the tooltip. */
export function tfKey(S: PageState, e: KeyboardEvent): void {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const active = document.activeElement;
  if (e.key === 'Escape') {
    tfHideTip(S, null);
    return;
  }
  if (e.key === '/' && !tfTyping(active)) {
    const q = S.app.querySelector<HTMLInputElement>('input[type=search]');
    if (q) {
      e.preventDefault();
      q.focus();
      q.select();
    }
    return;
  }
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    const rows = Array.from(S.app.querySelectorAll<HTMLElement>('table.grid tbody tr td:first-child a'));
    if (!rows.length) return;
    const at = rows.indexOf(active as HTMLElement);
    if (at < 0 && !(active && (active as HTMLElement).matches?.('input[type=search]'))) return;
    e.preventDefault();
    const next = at < 0 ? (e.key === 'ArrowDown' ? 0 : -1) : at + (e.key === 'ArrowDown' ? 1 : -1);
    if (next >= 0 && next < rows.length) rows[next]!.focus();
    else if (next < 0) S.app.querySelector<HTMLInputElement>('input[type=search]')?.focus();
    return;
  }
  if (S.open && !tfTyping(active) && (e.key === 'n' || e.key === 'j' || e.key === 'p' || e.key === 'k')) {
    e.preventDefault();
    tfMoveMention(S, e.key === 'n' || e.key === 'j' ? 1 : -1);
  }
}
