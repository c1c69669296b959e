/**
 * Never replace a good dataset with a wrong one (issue 16, item 1): a missing input is bad usage (exit 2,
 * nothing written), a run that finds no article keeps the previous outputs (exit 2 unless --allow-empty),
 * and a run whose athletes + performances shrink by more than --max-shrink keeps them too.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ARTICLES, runCli, tempDir } from './helpers.js';

let dir = '';
let all = '';
let seeds = '';
let out = '';
let good = '';
const facts = () => readFileSync(path.join(out, 'facts.json'), 'utf8');
const report = () => JSON.parse(readFileSync(path.join(out, 'run-report.json'), 'utf8')) as { output: { guard: { previous: number; current: number; shrink: number; maxShrink: number; verdict: string } } };

beforeAll(async () => {
  dir = tempDir('trackfacts-guard-');
  all = path.join(dir, 'all');
  cpSync(ARTICLES, all, { recursive: true });
  seeds = path.join(dir, 'seeds');
  cpSync(path.join(ARTICLES, 'seeds'), seeds, { recursive: true });
  out = path.join(dir, 'out');
  const r = await runCli(['extract', all, '--out', out, '--no-cache', '--quiet']);
  expect(r.code, r.stderr).toBeLessThan(2);
  good = facts();
}, 300_000);

describe('the publish guard', () => {
  it('a mistyped input path: exit 2, nothing written, the previous dataset kept', async () => {
    const r = await runCli(['extract', path.join(dir, 'articles-typo'), '--out', out, '--no-cache', '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^trackfacts: input not found: .*articles-typo; nothing written\n$/);
    expect(facts()).toBe(good);
    const fresh = path.join(dir, 'never');
    expect((await runCli(['extract', path.join(dir, 'nope'), '--out', fresh, '--quiet'])).code).toBe(2);
    expect(existsSync(fresh)).toBe(false);
  });

  it('an empty input folder: exit 2 and the previous dataset kept; --allow-empty writes the empty dataset', async () => {
    const empty = path.join(dir, 'empty');
    mkdirSync(empty);
    const r = await runCli(['extract', empty, '--out', out, '--no-cache', '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no article found in the inputs: .* left as it was \(use --allow-empty/);
    expect(facts()).toBe(good);
    const elsewhere = path.join(dir, 'empty-out');
    const r2 = await runCli(['extract', empty, '--out', elsewhere, '--no-cache', '--quiet', '--allow-empty']);
    expect(r2.code, r2.stderr).toBe(0);
    expect((JSON.parse(readFileSync(path.join(elsewhere, 'facts.json'), 'utf8')) as { articles: unknown[] }).articles).toEqual([]);
  });

  it('a run where every file fails finds no article either: exit 2, outputs kept', async () => {
    const broken = path.join(dir, 'broken');
    mkdirSync(broken);
    writeFileSync(path.join(broken, 'a.json'), '{"text": ');
    const r = await runCli(['extract', broken, '--out', out, '--no-cache', '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a\.json: ingest: .*invalid JSON/);
    expect(facts()).toBe(good);
  });

  it('facts shrinking past --max-shrink (default 0.5): exit 2, outputs kept; --max-shrink 1 or the config key accepts, the report carries the shrink', async () => {
    const r = await runCli(['extract', seeds, '--out', out, '--no-cache', '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the facts would shrink by \d+(\.\d)?% \(athletes\+performances: \d+ → \d+\), more than --max-shrink 50%/);
    expect(facts()).toBe(good);
    const cfg = path.join(dir, 'lenient.json');
    writeFileSync(cfg, JSON.stringify({ output: { maxShrink: 0.99 } }));
    const r2 = await runCli(['extract', seeds, '--out', out, '--no-cache', '--quiet', '--config', cfg]);
    expect(r2.code, r2.stderr).toBe(0);
    const g = report().output.guard;
    expect(g.shrink).toBeGreaterThan(0.5);
    expect(g).toMatchObject({ maxShrink: 0.99, verdict: 'ok' });
    expect(g.previous).toBeGreaterThan(g.current);
    // and back up: growth is never refused
    const r3 = await runCli(['extract', all, '--out', out, '--no-cache', '--quiet', '--max-shrink', '0%']);
    expect(r3.code, r3.stderr).toBeLessThan(2);
    expect(facts()).toBe(good);
    expect(report().output.guard.shrink).toBe(0);
  });

  it('--max-shrink takes a share or a percentage and nothing else', async () => {
    for (const bad of ['2', '-1', 'half', '150%']) {
      const r = await runCli(['extract', seeds, '--out', out, `--max-shrink=${bad}`]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--max-shrink must be a share from 0 to 1/);
    }
  });
});
