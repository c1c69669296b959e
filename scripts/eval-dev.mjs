#!/usr/bin/env node
// npm run eval — runs trackfacts over the bundled dev articles and prints the scorer's table.
//   node scripts/eval-dev.mjs [--details] [--gold DIR] [--articles DIR]
// Defaults: fixtures/gold/dev and fixtures/articles (copies of the dev set, see fixtures/ATTRIBUTION.md).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const gold = opt('--gold', path.join(root, 'fixtures/gold/dev'));
const articles = opt('--articles', path.join(root, 'fixtures/articles'));
const out = mkdtempSync(path.join(tmpdir(), 'trackfacts-eval-'));
try {
  execFileSync(process.execPath, [path.join(root, 'dist/cli/main.js'), 'extract', articles, '--out', out, '--quiet', '--no-cache'], { stdio: ['ignore', 'ignore', 'inherit'] });
} catch (e) {
  if (e.status !== 1) throw e; // 1: some articles had problems, the facts are still written
}
const scoreArgs = [path.join(root, 'scripts/score.mjs'), '--gold', gold, '--facts', path.join(out, 'facts.json')];
if (args.includes('--details')) scoreArgs.push('--details');
if (args.includes('--json')) scoreArgs.push('--json');
process.stdout.write(execFileSync(process.execPath, scoreArgs));
rmSync(out, { recursive: true, force: true });
