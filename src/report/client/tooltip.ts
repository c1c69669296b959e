/// <reference lib="dom" />
/** The tooltip of a mention (hover or focus): kind, fact, id and the rules behind it, built with textContent. */
import type { PageState } from './state.js';
import { tfDescribe, tfFactId } from './describe.js';
import { tfShowDropTip } from './drops.js';

/** One mention's part of the tooltip: its kind, span, fact, id and rules. */
export function tfFactBox(S: PageState, m: number): HTMLElement {
  const { row } = S.open!;
  const [k, f, start, end] = row[2][m]!;
  const box = document.createElement('div');
  box.className = 'tip-fact';
  const head = document.createElement('div');
  head.className = 'tip-head';
  const lab = document.createElement('span');
  lab.className = `lab k${k}`;
  lab.textContent = S.D.kinds[k]!.label;
  head.append(lab, ` ${S.D.kinds[k]!.name} · ${start}–${end}`);
  box.appendChild(head);
  for (const line of tfDescribe(S, k, f)) {
    const d = document.createElement('div');
    d.textContent = line;
    box.appendChild(d);
  }
  const id = document.createElement('div');
  id.className = 'tip-id';
  id.textContent = `id ${tfFactId(S, k, f)}`;
  const rules = document.createElement('div');
  rules.className = 'tip-rules';
  const r = row[4][`${k}:${f}`];
  rules.textContent = r ? `rules: ${r.join(', ')}` : 'rules: not recorded (run with --explain or output.debug)';
  box.append(id, rules);
  return box;
}

export function tfShowTip(S: PageState, target: Element | null): void {
  const drop = target?.closest?.('#body .drop') as HTMLElement | null;
  if (drop && S.open) return tfShowDropTip(S, drop);
  const el = target?.closest?.('#body .s[data-m]') as HTMLElement | null;
  if (!el || !S.open) return;
  const tip = S.tip;
  tip.textContent = '';
  for (const m of el.dataset.m!.split(' ').map(Number)) tip.appendChild(tfFactBox(S, m));
  tip.hidden = false;
  el.setAttribute('aria-describedby', 'tip');
  const r = el.getBoundingClientRect();
  const w = tip.offsetWidth;
  tip.style.left = `${Math.max(4, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - w - 4))}px`;
  tip.style.top = `${window.scrollY + r.bottom + 6}px`;
  S.app.querySelectorAll('.s.on').forEach((x) => x.classList.remove('on'));
  S.app.querySelectorAll('svg.links path.on').forEach((x) => x.classList.remove('on'));
  el.classList.add('on');
  for (const m of el.dataset.m!.split(' ')) S.app.querySelectorAll(`svg.links path[data-from="${m}"], svg.links path[data-to="${m}"]`).forEach((x) => x.classList.add('on'));
}

/** Hides the tooltip unless the pointer or focus moved within the same mention. */
export function tfHideTip(S: PageState, next: Element | null): void {
  if (next?.closest?.('#body .s[data-m], #body .drop')) return;
  S.tip.hidden = true;
  S.app.querySelectorAll('.s.on').forEach((x) => x.classList.remove('on'));
  S.app.querySelectorAll('svg.links path.on').forEach((x) => x.classList.remove('on'));
}
