/** docs/contract.md's Tables section lists exactly the columns the writers produce, in order. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../cli/helpers.js';
import { factsTables } from '../../src/write/tables.js';

describe('docs/contract.md Tables', () => {
  it('names every column of every table', () => {
    const doc = readFileSync(path.join(ROOT, 'docs/contract.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Tables'), doc.indexOf('## changes.json'));
    const documented = Object.fromEntries(
      [...section.matchAll(/^\| (\w+) \| (.+) \|$/gm)]
        .filter((m) => m[1] !== 'table')
        .map((m) => [m[1], [...m[2]!.replace(/\([^)]*\)/g, '').matchAll(/`([a-z_0-9]+)(?:\?|\[\])*`/g)].map((x) => x[1])]), // notes in parentheses are not columns
    );
    const article = { id: 'a_1', source: 's', sha256: '0'.repeat(64), title: null, publishedAt: null, wordCount: 1, text: 'x' };
    const tables = factsTables({ schemaVersion: 1, articles: [article], athletes: [], events: [], competitions: [], performances: [], quotes: [] });
    expect(documented).toEqual(Object.fromEntries(tables.map((t) => [t.name, t.columns.map((c) => c.name)])));
  });
});
