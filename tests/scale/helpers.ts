import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES, ROOT, runCli, tempDir } from '../cli/helpers.js';

export { runCli, tempDir, ROOT };

/** A corpus of real fixture articles, a JSON Lines export (several articles in one file) and one bad file. */
export function mixedCorpus(dir: string): string {
  const articles = path.join(dir, 'articles');
  cpSync(FIXTURES, articles, { recursive: true });
  cpSync(path.join(ROOT, 'fixtures/formats/collins.jsonl'), path.join(articles, 'exports/collins.jsonl'));
  mkdirSync(path.join(articles, 'broken'), { recursive: true });
  writeFileSync(path.join(articles, 'broken/binary.txt'), Buffer.from([0, 1, 2, 0, 0, 255, 0, 3]));
  return articles;
}

export const read = (dir: string, name = 'facts.json') => readFileSync(path.join(dir, name));
export const report = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'run-report.json'), 'utf8'));

/** Every order of a list (small lists only). */
export function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}
