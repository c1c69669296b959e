/**
 * The run summary's slowest articles and articles-per-second charts: the run report records them (a real run over
 * the seeds and BBC samples), and the summary draws them only when the report has them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderSummary } from '../../src/report/summary.js';
import type { RunReport } from '../../src/runner/report.js';
import type { FactsFile } from '../../src/schema/facts.js';

const root = path.resolve(import.meta.dirname, '../..');
const out = mkdtempSync(path.join(tmpdir(), 'trackfacts-summary-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('slowest articles and articles per second', () => {
  const run = spawnSync(process.execPath, [path.join(root, 'dist/cli/main.js'), 'extract', path.join(root, 'fixtures/articles'), '--out', out, '--quiet', '--no-cache'], { encoding: 'utf8' });
  const report = JSON.parse(readFileSync(path.join(out, 'run-report.json'), 'utf8')) as RunReport;
  const facts = JSON.parse(readFileSync(path.join(out, 'facts.json'), 'utf8')) as FactsFile;

  it('the run report lists the slowest files, slowest first, and counts every article in the per-second series', () => {
    expect(run.status).toBe(0);
    const slowest = report.slowest!;
    expect(slowest.length).toBe(10);
    expect(slowest.map((x) => x.ms)).toEqual([...slowest.map((x) => x.ms)].sort((a, b) => b - a));
    for (const x of slowest) expect(facts.articles.some((a) => a.source === x.source)).toBe(true);
    expect(report.articlesPerSecondSeries!.reduce((a, b) => a + b, 0)).toBe(report.articles.processed);
  });

  it('the summary draws them when the report has them, and not otherwise', () => {
    const withSeries = { ...report, articlesPerSecondSeries: [10, 20, 30] };
    const html = renderSummary(facts, withSeries);
    expect(html).toContain('Slowest articles (ms to extract)');
    expect(html).toContain('Articles per second over the run');
    expect(html).toContain(report.slowest![0]!.source.slice(-20));
    const bare = renderSummary(facts, { ...report, slowest: undefined, articlesPerSecondSeries: undefined });
    expect(bare).not.toContain('Slowest articles');
    expect(bare).not.toContain('Articles per second');
  });
});
