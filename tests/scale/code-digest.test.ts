import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { computeCodeDigest } from '../../src/runner/code-digest.js';
import { copyArticles, ROOT, tempDir } from '../cli/helpers.js';

describe('the code digest (cache key code half)', () => {
  it('changes with any code or data file, not with declarations or source maps', () => {
    const dir = tempDir();
    const root = path.join(dir, 'dist');
    mkdirSync(path.join(root, 'x'), { recursive: true });
    writeFileSync(path.join(root, 'x', 'rules.js'), 'export const A = 1;\n');
    writeFileSync(path.join(root, 'x', 'words.json'), '["a"]');
    const d0 = computeCodeDigest(root);
    writeFileSync(path.join(root, 'x', 'rules.d.ts'), 'export declare const A: number;\n');
    writeFileSync(path.join(root, 'x', 'rules.js.map'), '{}');
    expect(computeCodeDigest(root)).toBe(d0);
    writeFileSync(path.join(root, 'x', 'words.json'), '["a","b"]');
    const d1 = computeCodeDigest(root);
    expect(d1).not.toBe(d0);
    writeFileSync(path.join(root, 'x', 'rules.js'), 'export const A = 2;\n');
    expect(computeCodeDigest(root)).not.toBe(d1);
  });

  it('a built-in lexicon edited in a copy of the built package: the next cached run recomputes and equals --no-cache', () => {
    const dir = tempDir();
    // a copy of the built package (dist + package.json), using this checkout's node_modules
    const pkg = path.join(dir, 'pkg');
    cpSync(path.join(ROOT, 'dist'), path.join(pkg, 'dist'), { recursive: true });
    cpSync(path.join(ROOT, 'package.json'), path.join(pkg, 'package.json'));
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(pkg, 'node_modules'), 'dir');
    const articles = copyArticles(dir, ['seeds/001_3f011b3967878edc.txt']);
    const cache = path.join(dir, 'cache');
    const run = (out: string, ...extra: string[]) => {
      const r = spawnSync(process.execPath, [path.join(pkg, 'dist/cli/main.js'), 'extract', articles, '--out', path.join(dir, out), '--quiet', ...extra], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      return { facts: readFileSync(path.join(dir, out, 'facts.json'), 'utf8'), report: JSON.parse(readFileSync(path.join(dir, out, 'run-report.json'), 'utf8')) };
    };
    const before = run('a', '--cache-dir', cache);
    expect(before.facts).toContain('"Millrose Games"');
    expect(run('a', '--cache-dir', cache).report.cache).toMatchObject({ run: 'hit' });

    // the gazetteer's canonical name changes in the built file; no version is bumped
    const series = path.join(pkg, 'dist/extract/competitions/model/series.js');
    const text = readFileSync(series, 'utf8');
    expect(text).toContain("name: 'Millrose Games'");
    writeFileSync(series, text.replace("name: 'Millrose Games'", "name: 'Millrose Indoor Games'"));

    const cached = run('b', '--cache-dir', cache);
    const cold = run('c', '--no-cache');
    expect(cached.report.cache).toMatchObject({ hits: 0, misses: 1 });
    expect(cached.facts).toContain('"Millrose Indoor Games"');
    expect(cached.facts).toBe(cold.facts);
    expect(cached.facts).not.toBe(before.facts);
  }, 120_000);
});
