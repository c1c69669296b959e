/**
 * The CLI over the bad-input corpus (scripts/make-bad-input.mjs) beside two good articles: exit 1,
 * every bad file named on stderr with a reason and listed in the run report, no stack trace, the good
 * articles' facts written, the whole run well under a minute (a hang guard on the spawn). Bad configs
 * exit 2 naming the key path.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ARTICLES, GOOD, STACK_LINE, escapeRe, loadBadInput, runCli, tempDir } from './helpers.js';
import type { BadConfig, CliRun, Kind } from './helpers.js';

interface Problem {
  source: string;
  stage: string;
  rule: string;
  severity: string;
  reason: string;
}

let kinds: Kind[] = [];
let run: CliRun;
let out = '';
let report: { problems: Problem[]; files: Record<string, number> } | null = null;
let facts: { schemaVersion: number; articles: { source: string }[] } | null = null;

/** stderr lines that name `file` as the article source (a JSON export's articles are `file#…`). */
function linesNaming(stderr: string, file: string): string[] {
  const re = new RegExp(`^trackfacts: (?:warning: )?${escapeRe(file)}(?:#[^:]*)?: `);
  return stderr.split('\n').filter((l) => re.test(l));
}
const isSourceOf = (source: string, file: string) => source === file || source.startsWith(`${file}#`);

beforeAll(async () => {
  const mod = await loadBadInput();
  const dir = tempDir();
  const input = path.join(dir, 'in');
  kinds = mod.makeBadInput(input);
  for (const g of GOOD) cpSync(path.join(ARTICLES, g), path.join(input, 'good', g));
  out = path.join(dir, 'out');
  run = await runCli(['extract', input, '--out', out, '--no-cache'], { timeoutMs: 120_000 });
  const read = (f: string) => (existsSync(path.join(out, f)) ? JSON.parse(readFileSync(path.join(out, f), 'utf8')) : null);
  facts = read('facts.json');
  report = read('run-report.json');
}, 180_000);

describe('CLI over the bad-input corpus', () => {
  it('has at least 30 kinds', () => {
    expect(kinds.length).toBeGreaterThanOrEqual(30);
  });

  it('finishes well under a minute, exits 1, never prints a stack trace', () => {
    expect(run.timedOut, `killed after ${run.ms} ms`).toBe(false);
    expect(run.ms).toBeLessThan(60_000);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code).toBe(1);
  });

  it('writes facts.json (schemaVersion 1) with the good articles', () => {
    expect(facts).not.toBeNull();
    expect(facts!.schemaVersion).toBe(1);
    const sources = facts!.articles.map((a) => a.source);
    for (const g of GOOD) expect(sources).toContain(`good/${g}`);
  });

  it('writes a run report whose problems each name file, stage and reason', () => {
    expect(report).not.toBeNull();
    expect(report!.problems.length).toBeGreaterThan(0);
    for (const p of report!.problems) {
      expect(p.source, JSON.stringify(p)).toMatch(/\S/);
      expect(p.stage).toMatch(/^(io|ingest|segment|extract|link|normalise|merge|write|runner)$/);
      expect(p.reason.length, JSON.stringify(p)).toBeGreaterThan(5);
    }
  });

  it.each([
    'empty', 'whitespace-only', 'bom-only', 'png', 'gzip', 'random-bytes', 'pdf-as-txt', 'nul-inside-text', 'invalid-utf8',
    'utf16le-no-bom', 'utf16be-no-bom', 'windows-1252', 'cr-only-newlines', 'too-large-50mb', 'single-line-2mb', 'no-space-1mb',
    'colons-200k', 'dots-digits-200k', 'quote-marks-100k', 'mixed-quote-marks-100k', 'mr-mr', 'capitalised-words-10k',
    'combining-marks-100k', 'repeated-article-3mb', 'nested-html-200k', 'broken-html', 'html-only-scripts', 'html-entity-flood',
    'html-huge-attribute', 'truncated-json', 'json-null', 'json-text-number', 'json-proto-keys', 'json-deep-nesting',
    'jsonl-bad-lines', 'md-unterminated-front-matter', 'md-front-matter-only', 'name-with-spaces', 'name-with-quotes',
    'name-non-ascii', 'symlink-loop', 'folder-symlink-loop', 'dangling-symlink', 'mode-000', 'folder-named-like-article',
    'empty-folder', 'unsupported-extension',
  ])('%s', (name) => {
    const k = kinds.find((x) => x.kind === name);
    expect(k, `kind ${name} in the generator`).toBeDefined();
    const problems = report?.problems ?? [];
    const sources = facts?.articles.map((a) => a.source) ?? [];
    for (const file of k!.files) {
      const lines = linesNaming(run.stderr, file);
      const mine = problems.filter((p) => isSourceOf(p.source, file));
      const fatal = mine.filter((p) => p.severity === 'fatal');
      const ctx = `${file}: ${JSON.stringify(mine)}\n${lines.join('\n')}`;
      expect(lines.length, ctx).toBeLessThanOrEqual(k!.maxLines);
      for (const l of lines) expect(l, 'a stage and a reason').toMatch(/: [a-z]+: \S.{4,}/);
      if (k!.expect === 'problem') {
        expect(mine.length, ctx).toBeGreaterThan(0);
        expect(lines.length, ctx).toBeGreaterThan(0);
      }
      if (k!.expect === 'processed') {
        expect(fatal, ctx).toEqual([]);
        expect(sources.some((s) => isSourceOf(s, file)), `${ctx}\nno article from ${file} in facts.json`).toBe(true);
      }
      if (k!.expect === 'none') expect(fatal, ctx).toEqual([]);
      if (k!.expect === 'heavy') {
        expect(fatal.filter((p) => p.rule !== 'runner/timeout'), ctx).toEqual([]);
        if (!fatal.length) expect(sources.some((s) => isSourceOf(s, file)), `${ctx}\nno article from ${file} in facts.json`).toBe(true);
      }
    }
  });

  it('a JSONL file with bad lines keeps its good lines', () => {
    const sources = facts?.articles.map((a) => a.source) ?? [];
    expect(sources.filter((s) => s.startsWith('bad-lines.jsonl#'))).toHaveLength(2);
  });
});

describe('bad pipeline configs exit 2 naming the key path', () => {
  let configs: BadConfig[] = [];
  const runs = new Map<string, CliRun>();
  beforeAll(async () => {
    const mod = await loadBadInput();
    const dir = tempDir();
    configs = mod.makeBadConfigs(path.join(dir, 'configs'));
    const input = path.join(dir, 'in');
    cpSync(path.join(ARTICLES, GOOD[0]), path.join(input, 'a.txt'));
    await Promise.all(
      configs.map(async (c) => runs.set(c.kind, await runCli(['extract', input, '--out', path.join(dir, `out-${c.kind}`), '--no-cache', '--config', c.file], { timeoutMs: 60_000 }))),
    );
  }, 120_000);

  it.each(['unknown-key', 'unknown-top-key', 'wrong-type', 'wrong-enum', 'negative-limit', 'invalid-regex-in-rule', 'bad-rule-field', 'proto-key', 'not-json', 'empty-file'])(
    '%s',
    (kind) => {
      const c = configs.find((x) => x.kind === kind)!;
      const r = runs.get(kind)!;
      const ctx = `${c.text}\n--- stderr:\n${r.stderr}`;
      expect(r.code, ctx).toBe(2);
      expect(r.stderr, ctx).not.toMatch(STACK_LINE);
      expect(r.stderr, ctx).toMatch(/bad config/);
      expect(r.stderr, ctx).toContain(c.keyPath);
      expect(r.stderr, ctx).toContain(path.basename(c.file));
    },
  );
});

describe('valid configs with hostile values', () => {
  it.each(['regex-syntax-in-forms', 'tiny-limits'])('%s: no crash, no hang, exit 0 or 1', async (kind) => {
    const dir = tempDir();
    await loadBadInput().then((m) => m.makeBadConfigs(path.join(dir, 'configs')));
    const input = path.join(dir, 'in');
    cpSync(path.join(ARTICLES, GOOD[0]), path.join(input, 'a.txt'));
    writeFileSync(path.join(input, 'b.txt'), 'Regex Games\n\n((a+)+)+$ [unclosed won the 100m in 9.58 at the (a|a)*b Games. ' + 'a'.repeat(50_000) + '!');
    // --allow-empty: tiny limits skip every file, and a run without an article otherwise keeps the outputs (exit 2)
    const r = await runCli(['extract', input, '--out', path.join(dir, 'out'), '--no-cache', '--allow-empty', '--config', path.join(dir, 'configs', `${kind}.json`)], { timeoutMs: 60_000 });
    expect(r.timedOut).toBe(false);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect([0, 1], r.stderr).toContain(r.code);
    expect(JSON.parse(readFileSync(path.join(dir, 'out', 'facts.json'), 'utf8')).schemaVersion).toBe(1);
  }, 90_000);
});

describe('hostile JSON in-process', () => {
  it('__proto__ and constructor.prototype keys neither pollute Object.prototype nor lose the article', async () => {
    const { ingestFile, defaultConfig } = await import('../../src/index.js');
    const { GOOD_TEXT } = await loadBadInput();
    const json = `{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "title": "Proto", "text": ${JSON.stringify(GOOD_TEXT)}}`;
    const r = ingestFile(new TextEncoder().encode(json), 'proto.json', defaultConfig.ingest);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]!.body).toContain('Brennick');
    expect(Object.getPrototypeOf(r.articles[0])).toBe(Object.prototype);
  });
});
