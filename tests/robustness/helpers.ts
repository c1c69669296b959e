/** Helpers of the robustness tests: paths, temp folders and the built CLI run as a child process. */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = path.join(ROOT, 'dist/cli/main.js');
export const ARTICLES = path.join(ROOT, 'fixtures/articles');
export const GOOD = ['seeds/000_f238fb5f4bcf96a4.txt', 'bbcsport-athletics/004.txt'] as const;

export const tempDir = (name = 'trackfacts-robust-') => mkdtempSync(path.join(tmpdir(), name));

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/** Runs the built CLI (npm test builds dist first); killed after `timeoutMs` (a hang guard, not a speed test). */
export function runCli(args: string[], opts: { cwd?: string; timeoutMs?: number; cli?: string } = {}): Promise<CliRun> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [opts.cli ?? CLI, ...args], { cwd: opts.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs ?? 120_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - t0, timedOut });
    });
  });
}

/**
 * A private copy of the built CLI (dist/ and package.json, node_modules linked): a test that runs the CLI
 * many times over minutes compares outputs of the same code even when someone rebuilds dist/ meanwhile.
 */
export function snapshotCli(): string {
  const dir = tempDir('trackfacts-dist-');
  cpSync(path.join(ROOT, 'dist'), path.join(dir, 'dist'), { recursive: true });
  cpSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return path.join(dir, 'dist/cli/main.js');
}

/** Lines of a stack trace ("    at fn (file:1:2)"). */
export const STACK_LINE = /^\s+at \S/m;

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

import { pathToFileURL } from 'node:url';

export type Expect = 'problem' | 'processed' | 'heavy' | 'any' | 'none';
export interface Kind {
  kind: string;
  expect: Expect;
  maxLines: number;
  files: string[];
}
export interface BadConfig {
  kind: string;
  keyPath: string;
  text: string;
  file: string;
}
export interface BadInputModule {
  GOOD_TEXT: string;
  makeBadInput(dir: string): Kind[];
  makeBadConfigs(dir: string): BadConfig[];
}

/** scripts/make-bad-input.mjs (plain JS, imported by URL so the typecheck does not need its types). */
export const loadBadInput = async () => (await import(pathToFileURL(path.join(ROOT, 'scripts/make-bad-input.mjs')).href)) as BadInputModule;
