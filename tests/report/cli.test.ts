/** `trackfacts report <dir>` and `extract --report`: what they write, and exit 2 with a clear line when they cannot. */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CLI, ROOT } from './browser.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'trackfacts-report-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
const seeds = path.join(ROOT, 'fixtures/articles/seeds');

describe('report CLI', () => {
  it('extract --report writes report/index.html and its chunks, with texts and rules in facts.json and debug.json', () => {
    const out = path.join(tmp, 'a');
    const r = run('extract', seeds, '--out', out, '--report', '--no-cache', '-q');
    expect(r.status).toBe(0);
    const html = readFileSync(path.join(out, 'report/index.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<(?:link|script)[^>]+(?:href|src)="?https?:/i); // nothing from the network
    expect(existsSync(path.join(out, 'report/data/chunk-0.js'))).toBe(true);
    const facts = JSON.parse(readFileSync(path.join(out, 'facts.json'), 'utf8'));
    expect(facts.articles.every((a: { text?: string }) => typeof a.text === 'string')).toBe(true);
    expect(existsSync(path.join(out, 'debug.json'))).toBe(true);
    // the report of the same folder, rebuilt from the outputs, is the same page
    const again = run('report', out);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/wrote .*index\.html/);
    expect(readFileSync(path.join(out, 'report/index.html'), 'utf8')).toBe(html);
  });

  it('report of a run without texts: exit 2, says to use --include-text, writes nothing', () => {
    const out = path.join(tmp, 'b');
    expect(run('extract', seeds, '--out', out, '--no-cache', '-q').status).toBe(0);
    const r = run('report', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^trackfacts: cannot write the report: 2 of 2 articles have no text .*--include-text/);
    expect(existsSync(path.join(out, 'report'))).toBe(false);
  });

  it.each([
    ['a folder that is not a run', () => tmp, /no facts\.json/],
    ['a damaged facts.json', () => {
      const d = path.join(tmp, 'c');
      spawnSync('mkdir', ['-p', d]);
      writeFileSync(path.join(d, 'facts.json'), '{"schemaVersion": 1, "articles": [');
      return d;
    }, /facts\.json: not JSON/],
  ])('report of %s: exit 2 naming the file', (_, dir, msg) => {
    const r = run('report', dir());
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(msg);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack
  });

  it('report takes exactly one folder', () => {
    const r = run('report');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/report needs exactly one output folder/);
  });
});
