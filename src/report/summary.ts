/** The run summary at the top of the page: counts, problems per stage and rule, time per stage, as tiles and charts. */
import type { FactsFile } from '../schema/facts.js';
import type { RunReport } from '../runner/report.js';
import { escHtml } from './client/render.js';
import { barChart } from './charts.js';
import { MARK_KINDS } from './kinds.js';

const count = <T>(xs: readonly T[], key: (x: T) => string) => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
};

/** A source shortened for a chart label: its last 30 characters. */
const shortSource = (s: string) => (s.length > 30 ? `…${s.slice(-29)}` : s);

/** Articles done per second, in at most 12 bars over equal spans of the run (the rate in each span). */
function rateBars(series: readonly number[]): { label: string; value: number }[] {
  const span = Math.max(1, Math.ceil(series.length / 12));
  const bars: { label: string; value: number }[] = [];
  for (let i = 0; i < series.length; i += span) {
    const part = series.slice(i, i + span);
    bars.push({ label: `${i}–${i + part.length} s`, value: Math.round(part.reduce((a, b) => a + b, 0) / part.length) });
  }
  return bars;
}

export function renderSummary(facts: FactsFile, run: RunReport | null): string {
  const tiles: [string, string][] = [['articles', String(facts.articles.length)], ...MARK_KINDS.map((k) => [k.key, String(facts[k.key as 'athletes'].length)] as [string, string])];
  if (run) {
    tiles.push(['failed', String(run.problemCounts.fatal)], ['warnings', String(run.problemCounts.warning)], ['seconds', (run.elapsedMs / 1000).toFixed(1)], ['articles/s', String(run.articlesPerSecond)]);
  }
  const problems = run?.problems ?? [];
  const folders = count(facts.articles, (a) => (a.source.includes('/') ? a.source.slice(0, a.source.indexOf('/')) : '(top)')).slice(0, 10);
  const charts = [
    barChart('Facts per kind', MARK_KINDS.map((k) => ({ label: k.key, value: facts[k.key as 'athletes'].length, color: k.color }))),
    barChart('Articles per source folder (top 10)', folders.map(([label, value]) => ({ label, value }))),
  ];
  if (run) {
    charts.push(barChart('Problems per stage', count(problems, (p) => `${p.stage} (${p.severity})`).map(([label, value]) => ({ label, value, color: '#9b2c2c' }))));
    charts.push(barChart('Problems per rule (top 10)', count(problems, (p) => p.rule).slice(0, 10).map(([label, value]) => ({ label, value, color: '#9b2c2c' }))));
    const t = Object.entries(run.timings).filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]).slice(0, 10);
    charts.push(barChart('Time per stage (ms, summed over threads)', t.map(([label, value]) => ({ label, value: Math.round(value) }))));
    if (run.slowest?.length) charts.push(barChart('Slowest articles (ms to extract)', run.slowest.map((x) => ({ label: shortSource(x.source), value: x.ms, color: '#6b46c1' }))));
    if (run.articlesPerSecondSeries && run.articlesPerSecondSeries.length > 1) charts.push(barChart('Articles per second over the run', rateBars(run.articlesPerSecondSeries)));
  }
  const tool = run ? `trackfacts ${escHtml(run.tool.version)} · pipeline ${escHtml(run.tool.pipelineVersion)} · ${run.concurrency} threads · cache ${escHtml(run.cache.run)}` : 'no run-report.json: counts from facts.json only';
  return (
    `<section id="summary" aria-labelledby="summary-title"><h2 id="summary-title">Run summary</h2><p class="meta">${tool}</p>` +
    `<dl class="tiles">${tiles.map(([k, v]) => `<div><dt>${escHtml(k)}</dt><dd>${escHtml(v)}</dd></div>`).join('')}</dl>` +
    `<div class="charts">${charts.join('')}</div></section>`
  );
}
