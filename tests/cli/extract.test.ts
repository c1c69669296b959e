import { describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyArticles, readJson, runCli, SAMPLE, tempDir, FIXTURES } from './helpers.js';

describe('trackfacts extract', () => {
  it('writes facts.json and run-report.json; no run metadata in facts.json', () => {
    const dir = tempDir();
    const articles = copyArticles(dir, SAMPLE);
    const out = path.join(dir, 'out');
    const r = runCli(['extract', articles, '--out', out, '--no-cache']);
    expect(r.code).toBe(0);
    const facts = readJson(path.join(out, 'facts.json'));
    expect(Object.keys(facts)).toEqual(['schemaVersion', 'articles', 'athletes', 'events', 'competitions', 'performances', 'quotes']);
    const sources = (facts.articles as { source: string }[]).map((a) => a.source).sort();
    expect(sources).toEqual([...SAMPLE].sort());
    const report = readJson(path.join(out, 'run-report.json')) as any;
    expect(report.counts.articles).toBe(4);
    expect(report.files).toMatchObject({ found: 4, processed: 4, failed: 0 });
    expect(report.problems).toEqual([]);
    expect(report.timings).toHaveProperty('segment');
    expect(report.maxRssBytes).toBeGreaterThan(0);
    // the stderr summary names the counts
    expect(r.stderr).toMatch(/4 articles/);
  });

  it('a bad file among good ones: exit 1, the file named on stderr and in the report, the rest written', () => {
    const dir = tempDir();
    const articles = copyArticles(dir, SAMPLE.slice(0, 2));
    writeFileSync(path.join(articles, 'huge.txt'), 'Big Race\n' + 'word '.repeat(2000));
    const cfg = path.join(dir, 'small.json');
    writeFileSync(cfg, JSON.stringify({ limits: { maxFileBytes: 8000 } }));
    const out = path.join(dir, 'out');
    const r = runCli(['extract', articles, '--out', out, '--config', cfg, '--no-cache', '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^trackfacts: huge\.txt: io: .*maxFileBytes/m);
    const facts = readJson(path.join(out, 'facts.json')) as any;
    expect(facts.articles.map((a: any) => a.source).sort()).toEqual(SAMPLE.slice(0, 2).sort());
    const report = readJson(path.join(out, 'run-report.json')) as any;
    expect(report.problems).toContainEqual(expect.objectContaining({ source: 'huge.txt', stage: 'io', rule: 'io/too-large', severity: 'fatal' }));
  });

  it('a missing input is bad usage: exit 2, nothing written (a mistyped path never replaces a dataset)', () => {
    const dir = tempDir();
    const articles = copyArticles(dir, SAMPLE.slice(0, 1));
    const out = path.join(dir, 'out');
    const r = runCli(['extract', articles, path.join(dir, 'nothing-here'), '--out', out, '--no-cache', '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^trackfacts: input not found: .*nothing-here; nothing written$/m);
    expect(existsSync(out)).toBe(false);
  });

  it('a file argument is named by its base name', () => {
    const dir = tempDir();
    const out = path.join(dir, 'out');
    const r = runCli(['extract', path.join(FIXTURES, SAMPLE[2]!), '--out', out, '--no-cache', '--quiet']);
    expect(r.code).toBe(0);
    expect((readJson(path.join(out, 'facts.json')) as any).articles[0].source).toBe('004.txt');
  });

  it('--include-text puts the body text into articles[].text; mentions point into it', () => {
    const dir = tempDir();
    const articles = copyArticles(dir, SAMPLE.slice(0, 2));
    const out = path.join(dir, 'out');
    expect(runCli(['extract', articles, '--out', out, '--no-cache', '--quiet', '--include-text']).code).toBe(0);
    const facts = readJson(path.join(out, 'facts.json')) as any;
    const text = new Map<string, string>(facts.articles.map((a: any) => [a.id, a.text]));
    for (const a of facts.articles) expect(typeof a.text).toBe('string');
    for (const kind of ['athletes', 'events', 'competitions', 'performances', 'quotes']) {
      for (const rec of facts[kind]) for (const m of rec.mentions) expect(text.get(m.article)!.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('output.debug writes debug.json: the rule ids behind the facts of each article', () => {
    const dir = tempDir();
    const articles = copyArticles(dir, SAMPLE.slice(0, 2));
    const cfg = path.join(dir, 'debug.json');
    writeFileSync(cfg, JSON.stringify({ output: { debug: true } }));
    const out = path.join(dir, 'out');
    expect(runCli(['extract', articles, '--out', out, '--config', cfg, '--no-cache', '--quiet']).code).toBe(0);
    const debug = readJson(path.join(out, 'debug.json')) as Record<string, Record<string, string[]>>;
    expect(Object.keys(debug)).toEqual(SAMPLE.slice(0, 2).sort());
    const facts = readFileSync(path.join(out, 'facts.json'), 'utf8');
    expect(facts).not.toMatch(/"rule/);
  });

  it('--format ndjson writes one file per kind, one record per line', () => {
    const dir = tempDir();
    const articles = copyArticles(dir, SAMPLE.slice(0, 2));
    const out = path.join(dir, 'out');
    expect(runCli(['extract', articles, '--out', out, '--no-cache', '--quiet', '--format', 'ndjson']).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['articles.ndjson', 'athletes.ndjson', 'changes.json', 'competitions.ndjson', 'events.ndjson', 'manifest.json', 'performances.ndjson', 'quotes.ndjson', 'run-report.json']);
    const lines = readFileSync(path.join(out, 'articles.ndjson'), 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).source).sort()).toEqual(SAMPLE.slice(0, 2).sort());
  });

  it('the output folder and cache inside the input folder are not read as articles', () => {
    const dir = tempDir();
    const articles = copyArticles(dir, SAMPLE.slice(0, 1));
    const out = path.join(articles, 'out');
    mkdirSync(out);
    expect(runCli(['extract', articles, '--out', out, '--quiet', '--cache-dir', path.join(articles, 'cache')]).code).toBe(0);
    expect(runCli(['extract', articles, '--out', out, '--quiet', '--cache-dir', path.join(articles, 'cache')]).code).toBe(0);
    expect((readJson(path.join(out, 'facts.json')) as any).articles).toHaveLength(1);
    expect(existsSync(path.join(out, 'run-report.json'))).toBe(true);
  });

  it('an article over its time budget: runner/timeout, exit 1, the batch goes on and facts.json is written', () => {
    const dir = tempDir();
    const articles = copyArticles(dir, SAMPLE.slice(0, 2));
    const text = readFileSync(path.join(FIXTURES, SAMPLE[2]!), 'utf8');
    writeFileSync(path.join(articles, 'long.txt'), Array.from({ length: 60 }, () => text).join('\n\n'));
    const cfg = path.join(dir, 'tight.json');
    writeFileSync(cfg, JSON.stringify({ limits: { articleTimeoutMs: 1 } }));
    const out = path.join(dir, 'out');
    // --allow-empty: on a loaded machine every article may run past 1 ms; the point is that the batch goes on
    const r = runCli(['extract', articles, '--out', out, '--config', cfg, '--no-cache', '--quiet', '--concurrency', '1', '--allow-empty']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^trackfacts: long\.txt: runner: no result within limits\.articleTimeoutMs/m);
    const report = readJson(path.join(out, 'run-report.json')) as any;
    expect(report.problems).toContainEqual(expect.objectContaining({ source: 'long.txt', rule: 'runner/timeout', severity: 'fatal' }));
    expect(report.files.processed).toBe(3);
    expect(existsSync(path.join(out, 'facts.json'))).toBe(true);
  });

  it('an article over its budget inside a batch of short ones: only that article fails, the others are extracted', () => {
    const dir = tempDir();
    const articles = path.join(dir, 'articles');
    mkdirSync(articles);
    const text = readFileSync(path.join(FIXTURES, SAMPLE[2]!), 'utf8');
    // 40 short articles and one of ~1.7 MB, in the middle of the order: at -j 1 the runner sends ~10 files per task
    for (let i = 0; i < 40; i++) writeFileSync(path.join(articles, `short-${String(i).padStart(2, '0')}.txt`), `${text}\n\nCopy ${i}.\n`);
    writeFileSync(path.join(articles, 'short-15-long.txt'), Array.from({ length: 1500 }, () => text).join('\n\n'));
    const cfg = path.join(dir, 'budget.json');
    writeFileSync(cfg, JSON.stringify({ limits: { articleTimeoutMs: 400 } }));
    const out = path.join(dir, 'out');
    const r = runCli(['extract', articles, '--out', out, '--config', cfg, '--no-cache', '--quiet', '--concurrency', '1']);
    expect(r.code).toBe(1);
    const report = readJson(path.join(out, 'run-report.json')) as any;
    expect(report.problems.map((p: any) => `${p.source} ${p.rule}`)).toEqual(['short-15-long.txt runner/timeout']);
    const facts = readJson(path.join(out, 'facts.json')) as any;
    expect(facts.articles).toHaveLength(40);
    expect(report.files).toMatchObject({ found: 41, processed: 41, failed: 1 });
  });

  it('a file that crashes its worker (over limits.workerHeapMb) fails alone; its batch-mates and the run go on', () => {
    const dir = tempDir();
    const articles = path.join(dir, 'articles');
    mkdirSync(articles);
    const text = readFileSync(path.join(FIXTURES, SAMPLE[2]!), 'utf8');
    for (let i = 0; i < 20; i++) writeFileSync(path.join(articles, `a-${String(i).padStart(2, '0')}.txt`), `${text}\n\nCopy ${i}.\n`);
    writeFileSync(path.join(articles, 'a-07-big.txt'), Array.from({ length: 3000 }, () => text).join('\n\n')); // ~3.4 MB
    const cfg = path.join(dir, 'heap.json');
    writeFileSync(cfg, JSON.stringify({ limits: { workerHeapMb: 48 } }));
    const out = path.join(dir, 'out');
    const r = runCli(['extract', articles, '--out', out, '--config', cfg, '--no-cache', '--quiet', '--concurrency', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^trackfacts: a-07-big\.txt: runner: worker failed: .*memory/m);
    const report = readJson(path.join(out, 'run-report.json')) as any;
    expect(report.problems.map((p: any) => `${p.source} ${p.rule}`)).toEqual(['a-07-big.txt runner/crash']);
    expect((readJson(path.join(out, 'facts.json')) as any).articles).toHaveLength(20);
  });

  it('a worker start-up does not count against the time budget', () => {
    const dir = tempDir();
    const articles = copyArticles(dir, SAMPLE);
    const cfg = path.join(dir, 'budget.json');
    writeFileSync(cfg, JSON.stringify({ limits: { articleTimeoutMs: 2000 } }));
    const r = runCli(['extract', articles, '--out', path.join(dir, 'out'), '--config', cfg, '--no-cache', '--quiet', '--concurrency', '4']);
    expect(r.stderr).not.toMatch(/runner\/timeout|no result within/);
    expect(r.code).toBe(0);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file (mode 000): exit 1, named, the rest written', () => {
    const dir = tempDir();
    const articles = copyArticles(dir, SAMPLE.slice(0, 2));
    chmodSync(path.join(articles, SAMPLE[0]!), 0o000);
    const out = path.join(dir, 'out');
    const r = runCli(['extract', articles, '--out', out, '--no-cache', '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`trackfacts: ${SAMPLE[0]}: io: cannot read file: permission denied`);
    expect((readJson(path.join(out, 'facts.json')) as any).articles.map((a: any) => a.source)).toEqual([SAMPLE[1]]);
  });
});
