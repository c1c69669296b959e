/// <reference lib="dom" />
/** Plain-text descriptions of facts for the tooltip and the tables (the page sets them as text, never HTML). */
import type { PageState } from './state.js';

export function tfFactId(S: PageState, k: number, f: number): string {
  const key = S.D.kinds[k]!.key as keyof PageState['D']['facts'];
  return String(S.D.facts[key][f]![0]);
}

export function tfFactName(S: PageState, k: number, f: number): string {
  if (f < 0) return '—';
  const F = S.D.facts;
  if (k === 0) return F.athletes[f]![1];
  if (k === 1) return F.events[f]![1];
  if (k === 2) {
    const c = F.competitions[f]!;
    return c[2] === null ? c[1] : `${c[1]} ${c[2]}`;
  }
  if (k === 3) return F.performances[f]![4];
  const q = F.quotes[f]!;
  return q[1].length > 80 ? `“${q[1].slice(0, 79)}…”` : `“${q[1]}”`;
}

/** One line per field that says what the fact is. */
export function tfDescribe(S: PageState, k: number, f: number): string[] {
  const F = S.D.facts;
  if (k === 0) {
    const a = F.athletes[f]!;
    return [`${a[1]}${a[2] ? ` (${a[2]})` : ''}`, a[3] ? `also: ${a[3]}` : ''].filter(Boolean);
  }
  if (k === 1) return [`${F.events[f]![1]} · ${F.events[f]![2]}`];
  if (k === 2) {
    const c = F.competitions[f]!;
    return [tfFactName(S, 2, f), [c[3], c[4] === null ? '' : c[4] ? 'indoor' : 'outdoor'].filter(Boolean).join(' · ')].filter(Boolean);
  }
  if (k === 3) {
    const p = F.performances[f]!;
    return [
      `${p[4]} (as written: ${p[5]})`,
      `athlete: ${tfFactName(S, 0, p[1])} · event: ${tfFactName(S, 1, p[2])}`,
      `competition: ${tfFactName(S, 2, p[3])}`,
      [p[6] ? `place ${p[6]}` : '', p[7], p[8] ?? '', p[9] ? String(p[9]) : ''].filter(Boolean).join(' · '),
    ].filter(Boolean);
  }
  const q = F.quotes[f]!;
  return [tfFactName(S, 4, f), `speaker: ${q[2] >= 0 ? tfFactName(S, 0, q[2]) : (q[3] ?? 'unknown')}${q[4] ? ` · to ${q[4]}` : ''}`];
}
