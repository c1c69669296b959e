/// <reference lib="dom" />
/**
 * Dropped candidates on the article view (issue 12's decision log): what the stages found and then dropped, each
 * with its rule id and reason, drawn as dashed boxes over the text (from the rendered text's positions, like the
 * links: getClientRects, redrawn on resize) when the toggle is on. Off by default; the choice holds across
 * articles. Only a run that wrote explain.jsonl (--explain, output.debug, --report) has them.
 *
 * Browser code: plain function declarations, sent to the page as their source text (see ../script.ts).
 */
import type { PageState } from './state.js';
import { tfFactBox } from './tooltip.js';

/** The toggle above the text: a checkbox, or a note when the run kept no decision log. */
export function tfDropsToggle(S: PageState): string {
  const drops = S.open?.row[5];
  if (!S.D.drops || !drops) return `<p class="hint" id="drops-none">Dropped candidates: not recorded (run with --explain or output.debug).</p>`;
  return `<p class="drops-toggle"><label><input type="checkbox" id="show-drops"${S.showDrops ? ' checked' : ''}> show dropped candidates (${drops.length}: <span class="drop-key">dashed</span>; their rule and reason on hover or focus)</label></p>`;
}

/** Wires the toggle of the open article. */
export function tfBindDrops(S: PageState): void {
  const box = S.app.querySelector<HTMLInputElement>('#show-drops');
  if (!box) return;
  box.addEventListener('change', () => {
    S.showDrops = box.checked;
    tfDrawDrops(S);
  });
}

/** The text node and offset of body offset `at` inside paragraph `p` (whose text starts at data-start). */
export function tfTextPoint(p: HTMLElement, at: number): { node: Node; offset: number } | null {
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  let pos = Number(p.dataset.start);
  let last: Node | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = n.textContent!.length;
    if (at <= pos + len) return { node: n, offset: at - pos };
    pos += len;
    last = n;
  }
  return last ? { node: last, offset: last.textContent!.length } : null;
}

/** Draws (or clears) the boxes of the open article's dropped candidates. */
export function tfDrawDrops(S: PageState): void {
  S.app.querySelectorAll('#body .drop').forEach((el) => el.remove());
  const drops = S.open?.row[5];
  if (!S.open || !drops || !S.showDrops) return;
  const paras = Array.from(S.app.querySelectorAll<HTMLElement>('#body .para'));
  drops.forEach(([start, end, stage, rule], i) => {
    let first = true;
    for (const p of paras) {
      const from = Math.max(start, Number(p.dataset.start));
      const to = Math.min(end, Number(p.dataset.end));
      if (from >= to) continue;
      const a = tfTextPoint(p, from);
      const b = tfTextPoint(p, to);
      if (!a || !b) continue;
      const range = document.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      const pw = p.closest('.pw') as HTMLElement;
      const base = pw.getBoundingClientRect();
      for (const r of Array.from(range.getClientRects())) {
        if (r.width < 1) continue;
        const box = document.createElement('span');
        box.className = `drop st-${stage}`;
        box.dataset.d = String(i);
        box.style.left = `${(r.left - base.left).toFixed(1)}px`;
        box.style.top = `${(r.top - base.top).toFixed(1)}px`;
        box.style.width = `${r.width.toFixed(1)}px`;
        box.style.height = `${r.height.toFixed(1)}px`;
        if (first) {
          box.tabIndex = 0;
          box.setAttribute('aria-label', `dropped by ${rule}`);
          first = false;
        }
        pw.appendChild(box);
      }
    }
  });
}

/** The tooltip of a dropped candidate: stage, span, text, rule id and reason, then the facts of mentions under it. */
export function tfShowDropTip(S: PageState, el: HTMLElement): void {
  const { row } = S.open!;
  const [start, end, stage, rule, reason] = row[5]![Number(el.dataset.d)]!;
  const tip = S.tip;
  tip.textContent = '';
  const box = document.createElement('div');
  box.className = 'tip-drop';
  const head = document.createElement('div');
  head.className = 'tip-head';
  head.textContent = `dropped candidate · ${stage} · ${start}–${end}`;
  const text = document.createElement('div');
  text.textContent = `“${row[1].slice(start, end)}”`;
  const r = document.createElement('div');
  r.className = 'tip-rules';
  r.textContent = `rule: ${rule}`;
  const why = document.createElement('div');
  why.className = 'tip-reason';
  why.textContent = reason;
  box.append(head, text, r, why);
  tip.appendChild(box);
  row[2].forEach((m, i) => {
    if (m[2] < end && m[3] > start) tip.appendChild(tfFactBox(S, i));
  });
  tip.hidden = false;
  el.setAttribute('aria-describedby', 'tip');
  S.app.querySelectorAll('.s.on').forEach((x) => x.classList.remove('on'));
  S.app.querySelectorAll('svg.links path.on').forEach((x) => x.classList.remove('on'));
  const rect = el.getBoundingClientRect();
  tip.style.left = `${Math.max(4, Math.min(window.scrollX + rect.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 4))}px`;
  tip.style.top = `${window.scrollY + rect.bottom + 6}px`;
}
