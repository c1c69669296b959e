/**
 * The quality floor: the pipeline over the bundled dev articles, scored against the hand-written gold facts
 * (fixtures/gold/dev, copied from the project's evaluation kit) with the project's scorer. Fails when a
 * change makes the facts worse than the figures already reached.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const out = mkdtempSync(path.join(tmpdir(), 'trackfacts-quality-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Floors just under what the pipeline reaches today; raise them as quality improves. */
const FLOOR = {
  macroF1: 0.95,
  kinds: { athletes: 0.9, events: 0.9, competitions: 0.85, performances: 0.9, quotes: 0.9 },
  quoteSpeakerAccuracy: 0.9,
  competitionYearAccuracy: 0.85,
  publishedAtAccuracy: 1,
};

describe('dev set quality', () => {
  const run = spawnSync(process.execPath, [path.join(root, 'dist/cli/main.js'), 'extract', path.join(root, 'fixtures/articles'), '--out', out, '--quiet', '--no-cache'], { encoding: 'utf8' });
  const score = JSON.parse(
    execFileSync(process.execPath, [path.join(root, 'scripts/score.mjs'), '--gold', path.join(root, 'fixtures/gold/dev'), '--facts', path.join(out, 'facts.json'), '--json'], { encoding: 'utf8' }),
  );

  it('the run succeeds', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
  it(`macro F1 >= ${FLOOR.macroF1}`, () => {
    expect(score.missingArticles).toBe(0);
    expect(score.macroF1).toBeGreaterThanOrEqual(FLOOR.macroF1);
  });
  it.each(Object.entries(FLOOR.kinds))('%s F1 >= %s', (kind, floor) => {
    expect(score.scores[kind].f).toBeGreaterThanOrEqual(floor);
  });
  it('speakers, years and dates', () => {
    expect(score.quoteSpeakerAccuracy).toBeGreaterThanOrEqual(FLOOR.quoteSpeakerAccuracy);
    expect(score.competitionYearAccuracy).toBeGreaterThanOrEqual(FLOOR.competitionYearAccuracy);
    expect(score.publishedAtAccuracy).toBeGreaterThanOrEqual(FLOOR.publishedAtAccuracy);
  });
});
