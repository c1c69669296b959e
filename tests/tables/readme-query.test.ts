/**
 * The README's "Use the data" DuckDB query, run for real against the seeds' output (issue 14): it must
 * return the seeds' performances, one row each, with the names, times and places facts.json gives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES, ROOT, runCli, tempDir } from '../cli/helpers.js';
import type { FactsFile } from '../../src/schema/facts.js';
import { openDuckDb } from './helpers.js';

let out = '';
let facts: FactsFile;
let db: Awaited<ReturnType<typeof openDuckDb>>;

/** The first ```sql block of the README's "Use the data" section. */
function readmeQuery(): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Use the data'));
  const m = /```sql\n([\s\S]*?)```/.exec(section);
  if (!m) throw new Error('no sql block in README "Use the data"');
  return m[1]!;
}

beforeAll(async () => {
  out = path.join(tempDir('trackfacts-readme-'), 'output');
  const r = runCli(['extract', path.join(FIXTURES, 'seeds'), '--out', out, '--no-cache', '--quiet', '--format', 'json,csv,parquet']);
  expect(r.code, r.stderr).toBe(0);
  facts = JSON.parse(readFileSync(path.join(out, 'facts.json'), 'utf8')) as FactsFile;
  db = await openDuckDb();
}, 120_000);
afterAll(() => db?.close());

describe("the README's DuckDB query", () => {
  it("returns the seeds' performances as a results table sorted by event and time", async () => {
    const sql = readmeQuery();
    expect(sql).toContain("'output/performances.parquet'");
    const rows = await db.all(sql.replaceAll("'output/", `'${out.replace(/'/g, "''")}/`));
    const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
    const athletes = byId(facts.athletes);
    const events = byId(facts.events);
    const competitions = byId(facts.competitions);
    const expected = [...facts.performances]
      .sort((p, q) => {
        const e = events.get(p.event!)!;
        const f = events.get(q.event!)!;
        return (e.distanceMeters ?? Infinity) - (f.distanceMeters ?? Infinity) || (e.name < f.name ? -1 : e.name > f.name ? 1 : 0) || p.result.seconds - q.result.seconds;
      })
      .map((p) => {
        const c = p.competition ? competitions.get(p.competition)! : null;
        return { athlete: athletes.get(p.athlete!)!.name, event: events.get(p.event!)!.name, time: p.result.display, competition: c?.name ?? null, year: p.year ?? c?.year ?? null, place: p.place };
      });
    expect(facts.performances).toHaveLength(6);
    expect(rows).toEqual(expected);
    expect(rows).toContainEqual({ athlete: 'Josh Kerr', event: '1500m', time: '3:29.38', competition: 'World Athletics Championships', year: 2023, place: null });
    console.log(`README query on the seeds:\n${rows.map((r) => Object.values(r).join(' | ')).join('\n')}`);
  });
});
