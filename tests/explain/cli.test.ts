/**
 * explain.jsonl through the runner (issue 12 item 4): written by --explain and by output.debug through the output
 * set, one line per article sorted by article id; facts.json byte-identical with and without the flag; a cached
 * run (per-file entries, the run snapshot, the incremental state) still writes the same log.
 */
import { describe, expect, it } from 'vitest';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyArticles, readJson, runCli, SAMPLE, tempDir } from '../cli/helpers.js';
import type { ExplainLine } from '../../src/runner/explain-output.js';

const read = (out: string, name: string) => readFileSync(path.join(out, name), 'utf8');
const lines = (out: string) => read(out, 'explain.jsonl').trim().split('\n').map((l) => JSON.parse(l) as ExplainLine);

function extract(articles: string, out: string, ...flags: string[]) {
  const r = runCli(['extract', articles, '--out', out, '--quiet', ...flags]);
  expect(r.code, r.stderr).toBe(0);
  return readJson(path.join(out, 'run-report.json')) as { cache: { run: string; hits: number; misses: number; state: string } };
}

describe('--explain', () => {
  it('writes explain.jsonl beside the same facts: each article once, by id, its facts’ rules and its decisions with their text', () => {
    const dir = tempDir();
    const articles = copyArticles(dir, SAMPLE);
    const plain = path.join(dir, 'plain');
    const explained = path.join(dir, 'explained');
    extract(articles, plain, '--no-cache', '--include-text');
    extract(articles, explained, '--no-cache', '--include-text', '--explain');
    expect(existsSync(path.join(plain, 'explain.jsonl'))).toBe(false);
    expect(existsSync(path.join(explained, 'debug.json'))).toBe(false); // explain alone writes no debug.json
    expect(read(explained, 'facts.json')).toBe(read(plain, 'facts.json'));
    const manifest = readJson(path.join(explained, 'manifest.json')) as { files: { name: string }[] };
    expect(JSON.stringify(manifest)).toContain('explain.jsonl'); // one set with the other outputs

    const facts = JSON.parse(read(explained, 'facts.json')) as { articles: { id: string; source: string; text: string }[]; performances: { id: string; mentions: { article: string }[] }[] };
    const log = lines(explained);
    expect(log.map((l) => l.article)).toEqual(facts.articles.map((a) => a.id).sort());
    const byId = new Map(facts.articles.map((a) => [a.id, a]));
    let dropped = 0;
    for (const l of log) {
      const a = byId.get(l.article)!;
      expect(l.source).toBe(a.source);
      for (const d of l.decisions) {
        expect(a.text.slice(d.start, d.end)).toBe(d.text);
        if (d.verdict === 'reject') dropped++;
      }
    }
    expect(dropped).toBeGreaterThan(10);
    // every performance of an article has the rules behind it, under its fact id
    for (const p of facts.performances) for (const m of p.mentions) expect(log.find((l) => l.article === m.article)!.facts[p.id]!.length).toBeGreaterThan(0);
  });

  it('output.debug writes it too, the same bytes', () => {
    const dir = tempDir();
    const articles = copyArticles(dir, SAMPLE.slice(0, 2));
    const cfg = path.join(dir, 'debug.json');
    writeFileSync(cfg, JSON.stringify({ output: { debug: true } }));
    extract(articles, path.join(dir, 'a'), '--no-cache', '--config', cfg);
    extract(articles, path.join(dir, 'b'), '--no-cache', '--explain');
    expect(existsSync(path.join(dir, 'a', 'debug.json'))).toBe(true);
    expect(read(path.join(dir, 'a'), 'explain.jsonl')).toBe(read(path.join(dir, 'b'), 'explain.jsonl'));
  });

  it('a cached run writes the same log: entries made without it are not used, the run snapshot and the state carry it', () => {
    const dir = tempDir();
    const articles = copyArticles(dir, SAMPLE);
    const cache = path.join(dir, 'cache');
    const fresh = path.join(dir, 'fresh');
    extract(articles, fresh, '--no-cache', '--explain');
    const expected = read(fresh, 'explain.jsonl');
    // a run without the flag fills the cache; a run with it cannot take those entries (they hold no log)
    extract(articles, path.join(dir, 'o1'), '--cache-dir', cache);
    const r2 = extract(articles, path.join(dir, 'o2'), '--cache-dir', cache, '--explain');
    expect(r2.cache.hits).toBe(0);
    expect(read(path.join(dir, 'o2'), 'explain.jsonl')).toBe(expected);
    // unchanged inputs: the run snapshot gives the outputs, the log among them
    const r3 = extract(articles, path.join(dir, 'o3'), '--cache-dir', cache, '--explain');
    expect(r3.cache.run).toBe('hit');
    expect(read(path.join(dir, 'o3'), 'explain.jsonl')).toBe(expected);
    // one file changed: the others come from the state and their entries, with their decisions
    appendFileSync(path.join(articles, SAMPLE[0]!), '\nShe was timed at 12:01.50 on the night, reaching halfway in 6:02.\n');
    const r4 = extract(articles, path.join(dir, 'o4'), '--cache-dir', cache, '--explain');
    expect(r4.cache.hits).toBe(SAMPLE.length - 1);
    expect(r4.cache.state).toBe('applied');
    const changed = lines(path.join(dir, 'o4'));
    const before = expected.trim().split('\n').map((l) => JSON.parse(l) as ExplainLine);
    for (const l of changed.filter((x) => !x.source.endsWith(SAMPLE[0]!))) expect(l).toEqual(before.find((b) => b.source === l.source));
    const edited = changed.find((x) => x.source.endsWith(SAMPLE[0]!))!;
    expect(edited.decisions).toContainEqual(expect.objectContaining({ rule: 'time/not-split', text: '6:02' }));
    // and the flag off again: no log, the same facts
    extract(articles, path.join(dir, 'o5'), '--cache-dir', cache);
    expect(existsSync(path.join(dir, 'o5', 'explain.jsonl'))).toBe(false);
    expect(read(path.join(dir, 'o5'), 'facts.json')).toBe(read(path.join(dir, 'o4'), 'facts.json'));
  });

  it('shards and their merge write the log one run over all the inputs writes', () => {
    const dir = tempDir();
    const articles = copyArticles(dir, SAMPLE);
    extract(articles, path.join(dir, 'whole'), '--no-cache', '--explain');
    extract(articles, path.join(dir, 's1'), '--no-cache', '--explain', '--shard', '1/2');
    extract(articles, path.join(dir, 's2'), '--no-cache', '--explain', '--shard', '2/2');
    const r = runCli(['merge', path.join(dir, 's1'), path.join(dir, 's2'), '--out', path.join(dir, 'merged'), '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(read(path.join(dir, 'merged'), 'explain.jsonl')).toBe(read(path.join(dir, 'whole'), 'explain.jsonl'));
    expect(read(path.join(dir, 'merged'), 'facts.json')).toBe(read(path.join(dir, 'whole'), 'facts.json'));
  });
});
