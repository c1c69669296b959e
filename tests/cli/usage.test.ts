import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, runCli, tempDir, copyArticles, SAMPLE } from './helpers.js';

describe('trackfacts CLI: usage and config errors exit 2 without a stack trace', () => {
  const cases: [string, string[], RegExp][] = [
    ['no command', [], /missing command/],
    ['unknown command', ['frobnicate'], /unknown command "frobnicate"/],
    ['extract without inputs', ['extract', '--out', 'x'], /at least one file or folder/],
    ['extract without --out', ['extract', 'fixtures'], /needs --out/],
    ['unknown option', ['extract', 'fixtures', '--out', 'x', '--bogus'], /bogus/],
    ['concurrency 0', ['extract', 'fixtures', '--out', 'x', '--concurrency', '0'], /--concurrency must be/],
    ['concurrency not a number', ['extract', 'fixtures', '--out', 'x', '--concurrency', 'two'], /--concurrency must be/],
    ['bad format', ['extract', 'fixtures', '--out', 'x', '--format', 'xml'], /--format: unknown format "xml"/],
    ['cache-dir with no-cache', ['extract', 'fixtures', '--out', 'x', '--cache-dir', 'c', '--no-cache'], /cannot be used together/],
  ];
  it.each(cases)('%s', (_name, args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--help prints usage and exits 0', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/trackfacts extract <file-or-folder…> --out <dir>/);
  });

  it('--version prints the package version', () => {
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('schema prints the JSON Schema of facts.json', () => {
    const r = runCli(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['schemaVersion', 'articles', 'athletes', 'quotes']));
  });

  it('a bad config exits 2 naming the file and the key path, and leaves the previous facts.json alone', () => {
    const dir = tempDir();
    const articles = copyArticles(dir, SAMPLE.slice(0, 1));
    const out = path.join(dir, 'out');
    expect(runCli(['extract', articles, '--out', out, '--quiet', '--no-cache']).code).toBe(0);
    const before = readFileSync(path.join(out, 'facts.json'));
    const cfg = path.join(dir, 'bad.config.json');
    writeFileSync(cfg, JSON.stringify({ limits: { maxFileBytes: 'big' } }));
    const r = runCli(['extract', articles, '--out', out, '--config', cfg, '--no-cache']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.config\.json: limits\.maxFileBytes: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(path.join(out, 'facts.json')).equals(before)).toBe(true);
  });

  it('a config that is not JSON exits 2 naming the file', () => {
    const dir = tempDir();
    const cfg = path.join(dir, 'broken.json');
    writeFileSync(cfg, '{ "limits": ');
    const r = runCli(['extract', dir, '--out', path.join(dir, 'out'), '--config', cfg]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.json: not valid JSON/);
  });

  it('a missing --config file exits 2', () => {
    const dir = tempDir();
    const r = runCli(['extract', dir, '--out', path.join(dir, 'out'), '--config', path.join(dir, 'nope.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.json: cannot read config/);
    expect(existsSync(path.join(dir, 'out', 'facts.json'))).toBe(false);
  });

  it('reads ./pipeline.config.json by default', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'pipeline.config.json'), JSON.stringify({ runner: { concurrency: 'many' } }));
    const r = runCli(['extract', '.', '--out', 'out'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pipeline\.config\.json: runner\.concurrency/);
  });
});
