import { describe, expect, it } from 'vitest';
import { appendFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyArticles, readJson, runCli, SAMPLE, tempDir } from './helpers.js';

/** The entries of the cache's packs (src/runner/pack-store.ts): [key, pack file, offset, length]. */
function cacheFiles(dir: string): [string, string, number, number][] {
  const index = path.join(dir, 'packs', 'index.tsv');
  if (!existsSync(index)) return [];
  return readFileSync(index, 'utf8').split('\n').slice(1).filter(Boolean).map((l) => {
    const [key, pack, offset, length] = l.split('\t');
    return [key!, path.join(dir, 'packs', pack!), Number(offset), Number(length)];
  });
}

describe('the per-file cache', () => {
  it('hit on an unchanged folder, miss on a changed file, a corrupt entry recomputed; output byte-identical', () => {
    const dir = tempDir();
    const articles = copyArticles(dir, SAMPLE);
    const out = path.join(dir, 'out');
    const cache = path.join(dir, 'cache');
    const run = () => {
      const r = runCli(['extract', articles, '--out', out, '--cache-dir', cache, '--quiet']);
      expect(r.code, r.stderr).toBe(0);
      return { facts: readFileSync(path.join(out, 'facts.json')), report: readJson(path.join(out, 'run-report.json')) as any };
    };
    const cold = run();
    expect(cold.report.cache).toMatchObject({ enabled: true, hits: 0, misses: 4, written: 4 });
    expect(cacheFiles(cache)).toHaveLength(4);

    expect(cold.report.cache.run).toBe('stored');

    // nothing changed: the whole-run snapshot gives the outputs
    const warm = run();
    expect(warm.report.cache).toMatchObject({ run: 'hit', hits: 4, misses: 0, corrupt: 0 });
    expect(warm.facts.equals(cold.facts)).toBe(true);

    // a damaged snapshot is not trusted: the per-file entries do the work
    const runs = path.join(cache, 'runs');
    const [snap] = readdirSync(runs);
    const stored = path.join(runs, snap!, 'facts.json');
    writeFileSync(stored, readFileSync(stored, 'utf8').replace('"schemaVersion": 1', '"schemaVersion": 2'));
    const perFile = run();
    expect(perFile.report.cache).toMatchObject({ run: 'stored', hits: 4, misses: 0 });
    expect(perFile.facts.equals(cold.facts)).toBe(true);
    rmSync(runs, { recursive: true });

    // an entry with a damaged header and one with a flipped byte are detected and recomputed (the last run's
    // state is gone too, so that the entries are read)
    rmSync(path.join(cache, 'state'), { recursive: true });
    const [e1, e2] = cacheFiles(cache);
    const buf = readFileSync(e1![1]);
    buf[e1![2] + 10] = buf[e1![2] + 10]! ^ 1;
    buf[e2![2] + e2![3] - 5] = buf[e2![2] + e2![3] - 5]! ^ 1;
    writeFileSync(e1![1], buf);
    const repaired = run();
    expect(repaired.report.cache).toMatchObject({ run: 'stored', hits: 2, misses: 2, corrupt: 2, written: 2 });
    expect(repaired.report.problems.filter((p: any) => p.rule === 'runner/cache-corrupt')).toHaveLength(2);
    expect(repaired.facts.equals(cold.facts)).toBe(true);
    rmSync(runs, { recursive: true });
    rmSync(path.join(cache, 'state'), { recursive: true });
    expect(run().report.cache).toMatchObject({ hits: 4, misses: 0, corrupt: 0 });

    // a changed article re-extracts only that article
    appendFileSync(path.join(articles, SAMPLE[0]!), '\nOne more line.\n');
    expect(run().report.cache).toMatchObject({ run: 'stored', hits: 3, misses: 1 });
  }, 300_000);

  it('a changed config invalidates the entries; --no-cache neither reads nor writes', () => {
    const dir = tempDir();
    const articles = copyArticles(dir, SAMPLE.slice(0, 2));
    const out = path.join(dir, 'out');
    const cache = path.join(dir, 'cache');
    expect(runCli(['extract', articles, '--out', out, '--cache-dir', cache, '--quiet']).code).toBe(0);
    expect(runCli(['extract', articles, '--out', out, '--cache-dir', cache, '--quiet', '--include-text']).code).toBe(0);
    expect((readJson(path.join(out, 'run-report.json')) as any).cache).toMatchObject({ hits: 0, misses: 2 });

    expect(runCli(['extract', articles, '--out', out, '--no-cache', '--quiet']).code).toBe(0);
    expect((readJson(path.join(out, 'run-report.json')) as any).cache).toMatchObject({ enabled: false, hits: 0, misses: 0 });
    expect(existsSync(path.join(dir, '.cache'))).toBe(false);
  }, 300_000);

  it('the default cache folder is .cache/trackfacts next to the output folder', () => {
    const dir = tempDir();
    const articles = copyArticles(dir, SAMPLE.slice(0, 1));
    expect(runCli(['extract', articles, '--out', path.join(dir, 'out'), '--quiet']).code).toBe(0);
    expect(cacheFiles(path.join(dir, '.cache', 'trackfacts'))).toHaveLength(1);
  });
});
