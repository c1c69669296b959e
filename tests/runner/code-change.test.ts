/**
 * A cache that cannot go stale (issue 12 item 6), in the issue's own words: "add an alias to a built-in gazetteer,
 * rebuild, re-run". The alias is added to the built gazetteer of a copy of the package (dist + package.json); no
 * version is bumped and the config is unchanged, so only the digest of the code (src/runner/code-digest.ts) can
 * tell the cached run that its entries are stale. (tests/scale/code-digest.test.ts renames an entry instead.)
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, copyArticles, tempDir } from '../cli/helpers.js';

describe('a built-in rule changed in a copy of the built package', () => {
  it('the next cached run recomputes every file and equals a --no-cache run of the changed copy', () => {
    const dir = tempDir();
    const pkg = path.join(dir, 'pkg');
    cpSync(path.join(ROOT, 'dist'), path.join(pkg, 'dist'), { recursive: true });
    cpSync(path.join(ROOT, 'package.json'), path.join(pkg, 'package.json'));
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(pkg, 'node_modules'), 'dir');
    const articles = copyArticles(dir, ['seeds/000_f238fb5f4bcf96a4.txt']);
    mkdirSync(path.join(articles, 'invented'));
    // an invented report naming the Prefontaine Classic by a nickname the gazetteer does not know
    writeFileSync(path.join(articles, 'invented', 'eugene.txt'), 'Jane Doe wins at Hayward\n\nJane Doe won the 1500m in 4:01.22 at the Hayward Classic on Saturday.\n');
    const cache = path.join(dir, 'cache');
    const run = (out: string, ...extra: string[]) => {
      const r = spawnSync(process.execPath, [path.join(pkg, 'dist/cli/main.js'), 'extract', articles, '--out', path.join(dir, out), '--quiet', ...extra], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const report = JSON.parse(readFileSync(path.join(dir, out, 'run-report.json'), 'utf8')) as { cache: Record<string, unknown> };
      return { facts: readFileSync(path.join(dir, out, 'facts.json'), 'utf8'), cache: report.cache };
    };
    const competitions = (facts: string) => (JSON.parse(facts) as { competitions: { name: string }[] }).competitions.map((c) => c.name);

    const before = run('a', '--cache-dir', cache);
    expect(competitions(before.facts)).not.toContain('Prefontaine Classic');
    expect(run('a', '--cache-dir', cache).cache).toMatchObject({ run: 'hit', misses: 0 });

    // the alias, added to the built gazetteer entry's forms
    const series = path.join(pkg, 'dist/extract/competitions/model/series.js');
    const text = readFileSync(series, 'utf8');
    const entry = "forms: ['prefontaine classic', ";
    expect(text).toContain(entry);
    writeFileSync(series, text.replace(entry, "forms: ['prefontaine classic', 'hayward classic', "));

    const cached = run('b', '--cache-dir', cache);
    const cold = run('c', '--no-cache');
    expect(cached.cache).toMatchObject({ hits: 0, misses: 2 });
    expect(competitions(cached.facts)).toContain('Prefontaine Classic');
    expect(cached.facts).toBe(cold.facts);
    expect(cached.facts).not.toBe(before.facts);
    // and the changed code's own cache serves the next run
    expect(run('d', '--cache-dir', cache)).toMatchObject({ facts: cold.facts, cache: { run: 'hit' } });
  }, 120_000);
});
