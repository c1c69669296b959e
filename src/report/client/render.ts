/// <reference lib="dom" />
/**
 * HTML for an article's text with its mentions drawn on it, as a string: used by the page script (on demand)
 * and by the writer (the no-JavaScript copy of the first articles). Every character from the article goes
 * through escHtml; attributes hold only numbers and the report's own labels.
 *
 * Browser code: plain function declarations, sent to the page as their source text (see ../script.ts).
 */
import { assignLevels, paragraphRanges, splitAtBoundaries } from './spans.js';

/** A mention as the page knows it: kind index, fact index, [start, end). */
export type MarkRow = [kind: number, fact: number, start: number, end: number];

export interface KindInfo {
  key: string;
  label: string;
  name: string;
  color: string;
}

/** Text safe in HTML content and in quoted attribute values. */
export function escHtml(s: string): string {
  return String(s).replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/** Underline step (px) between stacked levels. */
export function underlineStep(): number {
  return 4;
}

/**
 * One paragraph [from, to) of `text`: pieces split at every mention boundary; a covered piece is one
 * `<span class="s">` with `data-m` (the mentions covering it), stacked underlines (one background stripe per
 * level) and, where mentions start, `data-first` and a `data-lb` label (drawn by CSS, so not colour alone).
 */
export function renderParagraph(text: string, from: number, to: number, marks: readonly MarkRow[], kinds: readonly KindInfo[], articleIdx: number): string {
  const idx: number[] = [];
  for (let i = 0; i < marks.length; i++) if (marks[i]![2] < to && marks[i]![3] > from) idx.push(i);
  const spans = idx.map((i) => ({ start: Math.max(from, marks[i]![2]), end: Math.min(to, marks[i]![3]) }));
  const levels = assignLevels(spans);
  let top = 0;
  for (const l of levels) if (l > top) top = l;
  const step = underlineStep();
  const out: string[] = [];
  for (const piece of splitAtBoundaries(from, to, spans)) {
    const t = escHtml(text.slice(piece.start, piece.end));
    if (!piece.cover.length) {
      out.push(t);
      continue;
    }
    const ms = piece.cover.map((c) => idx[c]!);
    const bg = piece.cover
      .map((c) => {
        const color = kinds[marks[idx[c]!]![0]]!.color;
        return `linear-gradient(${color},${color}) left 0 bottom ${(top - levels[c]!) * step + 1}px/100% 2px no-repeat`;
      })
      .join(',');
    // labels where a mention starts (or goes on after a paragraph break); focus and id only at its real start
    const labelled = piece.cover.filter((c) => spans[c]!.start === piece.start);
    const first = labelled.map((c) => idx[c]!).filter((i) => marks[i]![2] === piece.start);
    let attrs = `class="s" data-m="${ms.join(' ')}" data-k="${ms.map((i) => marks[i]![0]).join(' ')}" style="padding-bottom:${(top + 1) * step}px;background:${bg}"`;
    if (labelled.length) attrs += ` data-lb="${escHtml(labelled.map((c) => kinds[marks[idx[c]!]![0]]!.label).join(' '))}"`;
    if (first.length) attrs += ` data-first="${first.join(' ')}" tabindex="0" id="m${articleIdx}-${first[0]}"`;
    out.push(`<span ${attrs}>${t}</span>`);
  }
  return `<p class="para" data-start="${from}" data-end="${to}" style="--lv:${top}">${out.join('')}</p>`;
}

/** The whole body: one paragraph wrapper (text plus an empty link overlay) per paragraph. */
export function renderBody(text: string, marks: readonly MarkRow[], kinds: readonly KindInfo[], articleIdx: number): string {
  return paragraphRanges(text)
    .map((p, n) => `<div class="pw" data-p="${n}">${renderParagraph(text, p.start, p.end, marks, kinds, articleIdx)}<svg class="links" aria-hidden="true"></svg></div>`)
    .join('');
}
