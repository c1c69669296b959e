/** Small horizontal bar charts as inline SVG (no library): a title, one labelled bar per row, the value as text. */
import { escHtml } from './client/render.js';

export interface Bar {
  label: string;
  value: number;
  color?: string;
}

const fmt = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-GB') : n.toLocaleString('en-GB', { maximumFractionDigits: 1 }));

export function barChart(title: string, bars: readonly Bar[], unit = ''): string {
  if (!bars.length) return `<figure class="chart"><figcaption>${escHtml(title)}</figcaption><p>none</p></figure>`;
  const rowH = 20;
  const labelW = 150;
  const barW = 200;
  const max = Math.max(...bars.map((b) => b.value), 1);
  const h = bars.length * rowH + 4;
  const rows = bars
    .map((b, i) => {
      const y = i * rowH + 2;
      const w = Math.max(1, Math.round((b.value / max) * barW));
      return (
        `<text x="${labelW - 6}" y="${y + 14}" text-anchor="end">${escHtml(b.label)}</text>` +
        `<rect x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 6}" fill="${escHtml(b.color ?? '#4a5568')}"/>` +
        `<text x="${labelW + w + 4}" y="${y + 14}">${escHtml(fmt(b.value))}${escHtml(unit)}</text>`
      );
    })
    .join('');
  const desc = bars.map((b) => `${b.label}: ${fmt(b.value)}${unit}`).join(', ');
  return `<figure class="chart"><figcaption>${escHtml(title)}</figcaption><svg role="img" aria-label="${escHtml(`${title}: ${desc}`)}" width="${labelW + barW + 70}" height="${h}" viewBox="0 0 ${labelW + barW + 70} ${h}">${rows}</svg></figure>`;
}
