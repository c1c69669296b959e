/**
 * The kinds of mention the report draws, in the order the page indexes them, with a short label (so a span
 * never relies on colour alone) and a colour checked for contrast (tests/report/colors.test.ts): white label
 * text on it ≥ 4.5:1, and the colour as an underline on the white page ≥ 3:1.
 */
import type { KindInfo } from './client/render.js';

export const MARK_KINDS: readonly KindInfo[] = [
  { key: 'athletes', label: 'ATH', name: 'athlete', color: '#1d5fb4' },
  { key: 'events', label: 'EVT', name: 'event', color: '#8a4a00' },
  { key: 'competitions', label: 'CMP', name: 'competition', color: '#2a6e2f' },
  { key: 'performances', label: 'TIME', name: 'time (performance)', color: '#b0003a' },
  { key: 'quotes', label: 'QUOTE', name: 'quote', color: '#6b3fa0' },
];

/** Kind index by facts.json key. */
export const KIND_INDEX: Readonly<Record<string, number>> = Object.fromEntries(MARK_KINDS.map((k, i) => [k.key, i]));

/** Link roles from a time: to its athlete, event, competition (kind indices into MARK_KINDS). */
export const LINK_ROLES = [0, 1, 2] as const;

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const ch = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * ch[0]! + 0.7152 * ch[1]! + 0.0722 * ch[2]!;
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
