/** changes.json and `trackfacts diff` (issue 14): the pure comparison, then real runs over a growing folder. */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES, runCli, tempDir } from '../cli/helpers.js';
import type { FactKind, FactsFile } from '../../src/schema/facts.js';
import { FACT_KINDS } from '../../src/schema/facts.js';
import { changeCounts, changesJsonChunks, computeChanges, formatChanges, inputDigest } from '../../src/write/changes.js';

const m = (article: string, start = 0) => ({ article, start, end: start + 4, text: 'Kerr' });
const athlete = (id: string, name: string, mentions = [m('a_1')]) => ({ id, name, aliases: [], country: null, mentions });
const empty = (): FactsFile => ({ schemaVersion: 1, articles: [], athletes: [], events: [], competitions: [], performances: [], quotes: [] });
const article = (id: string, source: string, sha: string) => ({ id, source, sha256: sha.repeat(64), title: null, publishedAt: null, wordCount: 1 });

describe('computeChanges', () => {
  const before = { ...empty(), athletes: [athlete('ath_1', 'Josh Kerr'), athlete('ath_2', 'Mo Farah'), athlete('ath_3', 'Jakob Ingebrigtsen')] };
  const after = { ...empty(), athletes: [athlete('ath_1', 'Josh Kerr'), athlete('ath_2', 'Mo Farah', [m('a_1'), m('a_2', 9)]), athlete('ath_4', 'Faith Kipyegon')] };
  const c = computeChanges(before, after, { since: 'old', digest: 'new' });

  it('sorts records into added, removed and changed by id; unchanged records are not listed', () => {
    expect(c.athletes.added.map((r) => r.id)).toEqual(['ath_4']);
    expect(c.athletes.removed.map((r) => r.id)).toEqual(['ath_3']);
    expect(c.athletes.changed).toEqual([{ id: 'ath_2', before: before.athletes[1], after: after.athletes[1] }]);
    expect(changeCounts(c).athletes).toEqual({ added: 1, removed: 1, changed: 1 });
    expect(changeCounts(c).quotes).toEqual({ added: 0, removed: 0, changed: 0 });
  });

  it('a first run (nothing before) lists everything as added', () => {
    const first = computeChanges(null, after, { since: null, digest: 'd' });
    expect(first.athletes.added).toEqual(after.athletes);
    expect(first.since).toBeNull();
  });

  it('the same facts give no changes', () => {
    expect(changeCounts(computeChanges(after, structuredClone(after), { since: 'a', digest: 'a' }))).toEqual(Object.fromEntries(FACT_KINDS.map((k) => [k, { added: 0, removed: 0, changed: 0 }])));
  });

  it('changes.json parses back to the same object, with since and digest first', () => {
    const text = [...changesJsonChunks(c)].join('');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(c)));
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['since', 'digest', ...FACT_KINDS]);
  });

  it('the summary names the counts and each changed field', () => {
    const s = formatChanges(c);
    expect(s).toMatch(/athletes\s+1\s+1\s+1/);
    expect(s).toContain('ath_2 "Mo Farah": mentions');
    expect(s).toContain('ath_3 "Jakob Ingebrigtsen"');
  });

  it('the input digest depends on the articles read and the fingerprint, not on their order', () => {
    const a = { articles: [article('a_1', 'x.txt', 'a'), article('a_2', 'y.txt', 'b')] };
    const d = inputDigest(a, 'f');
    expect(d).toMatch(/^[0-9a-f]{64}$/);
    expect(inputDigest({ articles: [...a.articles].reverse() }, 'f')).toBe(d);
    expect(inputDigest(a, 'g')).not.toBe(d);
    expect(inputDigest({ articles: [a.articles[0]!, article('a_2', 'y.txt', 'c')] }, 'f')).not.toBe(d);
    expect(inputDigest({ articles: [a.articles[0]!] }, 'f')).not.toBe(d);
  });
});

type Report = { inputDigest: string; changes: { since: string | null; previous: boolean; counts: ReturnType<typeof changeCounts> } };
const readJson = <T>(f: string) => JSON.parse(readFileSync(f, 'utf8')) as T;
const ids = (facts: FactsFile, k: FactKind) => new Set(facts[k].map((r) => r.id));
const SEED_A = '000_f238fb5f4bcf96a4.txt';
const SEED_B = '001_3f011b3967878edc.txt';

describe('changes.json over real runs', () => {
  it('adding an article lists exactly its new facts as added and the merged ones as changed', () => {
    const dir = tempDir('trackfacts-changes-');
    const articles = path.join(dir, 'articles');
    mkdirSync(articles);
    cpSync(path.join(FIXTURES, 'seeds', SEED_A), path.join(articles, SEED_A));
    const out = path.join(dir, 'out');
    const cache = path.join(dir, 'cache');
    const run = (input: string, o: string) => runCli(['extract', input, '--out', o, '--cache-dir', cache, '--format', 'json,csv']);

    const r1 = run(articles, out);
    expect(r1.code, r1.stderr).toBe(0);
    expect(r1.stderr).toMatch(/changes \+\d+ -0 ~0 \(no previous facts\)/);
    const first = readJson<FactsFile>(path.join(out, 'facts.json'));
    const report1 = readJson<Report>(path.join(out, 'run-report.json'));
    const changes1 = readJson<Record<string, unknown>>(path.join(out, 'changes.json'));
    expect(changes1.since).toBeNull();
    for (const k of FACT_KINDS) expect((changes1[k] as { added: unknown[] }).added).toEqual(first[k]);
    cpSync(out, path.join(dir, 'previous'), { recursive: true });

    // the new article alone: which facts it gives
    const alone = path.join(dir, 'alone');
    mkdirSync(alone);
    cpSync(path.join(FIXTURES, 'seeds', SEED_B), path.join(alone, SEED_B));
    expect(run(alone, path.join(dir, 'alone-out')).code).toBe(0);
    const its = readJson<FactsFile>(path.join(dir, 'alone-out', 'facts.json'));

    cpSync(path.join(FIXTURES, 'seeds', SEED_B), path.join(articles, SEED_B));
    const r2 = run(articles, out);
    expect(r2.code, r2.stderr).toBe(0);
    const second = readJson<FactsFile>(path.join(out, 'facts.json'));
    const report2 = readJson<Report>(path.join(out, 'run-report.json'));
    const changes = readJson<Record<string, unknown> & Record<FactKind, { added: { id: string }[]; removed: unknown[]; changed: { id: string; before: unknown; after: unknown }[] }>>(path.join(out, 'changes.json'));
    expect(changes.since).toBe(report1.inputDigest);
    expect(changes.digest).toBe(report2.inputDigest);
    expect(report2.changes.since).toBe(report1.inputDigest);
    expect(report2.changes.previous).toBe(true);
    expect(report1.changes.previous).toBe(false);
    let changedTotal = 0;
    for (const k of FACT_KINDS) {
      const before = ids(first, k);
      const after = ids(second, k);
      const added = changes[k].added.map((r) => r.id);
      expect(added, k).toEqual([...after].filter((id) => !before.has(id)).sort());
      for (const id of added) expect(ids(its, k).has(id), `${k} ${id} added but not from the new article`).toBe(true);
      expect(changes[k].removed, k).toEqual([]);
      const firstById = new Map(first[k].map((r) => [r.id, r]));
      const expectChanged = second[k].filter((r) => firstById.has(r.id) && JSON.stringify(firstById.get(r.id)) !== JSON.stringify(r));
      expect(changes[k].changed.map((x) => x.id), k).toEqual(expectChanged.map((r) => r.id));
      for (const x of changes[k].changed) {
        expect(ids(its, k).has(x.id), `${k} ${x.id} changed but not seen in the new article`).toBe(true);
        expect(x.before).toEqual(firstById.get(x.id));
        expect(x.after).toEqual(second[k].find((r) => r.id === x.id));
      }
      changedTotal += changes[k].changed.length;
      expect(report2.changes.counts[k]).toEqual({ added: added.length, removed: 0, changed: changes[k].changed.length });
    }
    expect(changes.athletes.changed.length).toBeGreaterThan(0); // Josh Kerr is in both seeds
    expect(changes.articles.added.map((a) => (a as unknown as { source: string }).source)).toEqual([SEED_B]);
    expect(r2.stderr).toContain(`since ${report1.inputDigest.slice(0, 12)}`);
    expect(changedTotal).toBeGreaterThan(0);

    // trackfacts diff: the same comparison from the two folders
    const d = runCli(['diff', path.join(dir, 'previous'), out, '--json']);
    expect(d.code, d.stderr).toBe(0);
    expect(d.stdout).toBe(readFileSync(path.join(out, 'changes.json'), 'utf8'));
    const s = runCli(['diff', path.join(dir, 'previous', 'facts.json'), path.join(out, 'facts.json')]);
    expect(s.code).toBe(0);
    expect(s.stdout).toMatch(new RegExp(`athletes\\s+${changes.athletes.added.length}\\s+0\\s+${changes.athletes.changed.length}`));
    expect(s.stdout).toContain('"Josh Kerr": mentions');

    // nothing new: a cached re-run reports no changes since itself
    const r3 = run(articles, out);
    expect(r3.code).toBe(0);
    const changes3 = readJson<Record<string, unknown>>(path.join(out, 'changes.json'));
    expect(changes3.since).toBe(report2.inputDigest);
    expect(changes3.digest).toBe(report2.inputDigest);
    expect(readJson<Report>(path.join(out, 'run-report.json')).changes.counts).toEqual(Object.fromEntries(FACT_KINDS.map((k) => [k, { added: 0, removed: 0, changed: 0 }])));
    expect(r3.stderr).toMatch(/changes \+0 -0 ~0 since/);
  });

  it('an unreadable previous facts.json is a warning, and everything is listed as added', () => {
    const dir = tempDir('trackfacts-changes-');
    const out = path.join(dir, 'out');
    mkdirSync(out);
    writeFileSync(path.join(out, 'facts.json'), '{"schemaVersion": 1, "articles": [');
    const r = runCli(['extract', path.join(FIXTURES, 'seeds'), '--out', out, '--no-cache']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning: .*facts\.json: not JSON .*changes\.json lists every record as added/);
    const changes = readJson<Record<FactKind, { added: unknown[] }>>(path.join(out, 'changes.json'));
    expect(changes.performances.added).toHaveLength(6);
  });

  it.each([
    [['diff', 'fixtures'], /diff needs two datasets/],
    [['diff', 'no-such-dir', 'fixtures'], /no-such-dir: no such file or folder/],
    [['diff', 'package.json', 'package.json'], /package\.json: not a facts file/],
    [['diff', 'README.md', 'package.json'], /README\.md: not JSON/],
    [['diff', 'fixtures/articles', 'fixtures/articles'], /holds neither facts\.json nor articles\.ndjson/],
  ])('diff %j exits 2 naming the problem', (args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
