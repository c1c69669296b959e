import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = path.join(ROOT, 'dist/cli/main.js');
export const FIXTURES = path.join(ROOT, 'fixtures/articles');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (npm test builds first) in `cwd`. */
export function runCli(args: string[], cwd: string = ROOT): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const tempDir = (name = 'trackfacts-test-') => mkdtempSync(path.join(tmpdir(), name));

/** A copy of a few real fixture articles under `<dir>/articles`. */
export function copyArticles(dir: string, files: string[]): string {
  const articles = path.join(dir, 'articles');
  for (const f of files) cpSync(path.join(FIXTURES, f), path.join(articles, f));
  return articles;
}

export const SAMPLE = ['seeds/000_f238fb5f4bcf96a4.txt', 'seeds/001_3f011b3967878edc.txt', 'bbcsport-athletics/004.txt', 'bbcsport-athletics/013.txt'];

export const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
