/**
 * The CSV and Parquet tables read back by real DuckDB (issue 14): every file of a run over all fixture
 * articles, row counts per kind equal to facts.json's, the column types, and a join performances →
 * athletes → competitions checked against facts.json.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES, runCli, tempDir } from '../cli/helpers.js';
import type { FactKind, FactsFile } from '../../src/schema/facts.js';
import { FACT_KINDS } from '../../src/schema/facts.js';
import { TABLE_NAMES } from '../../src/write/tables.js';
import { openDuckDb, sqlPath } from './helpers.js';

let out = '';
let facts: FactsFile;
let db: Awaited<ReturnType<typeof openDuckDb>>;
const pq = (t: string) => `read_parquet(${sqlPath(path.join(out, `${t}.parquet`))})`;
const csv = (t: string) => `read_csv(${sqlPath(path.join(out, `${t}.csv`))}, header = true)`;

beforeAll(async () => {
  const dir = tempDir('trackfacts-tables-');
  out = path.join(dir, 'out');
  const cfg = path.join(dir, 'config.json');
  writeFileSync(cfg, JSON.stringify({ output: { debug: true } }));
  const r = runCli(['extract', FIXTURES, '--out', out, '--no-cache', '--quiet', '--config', cfg, '--format', 'json,csv,parquet']);
  expect(r.code, r.stderr).toBe(0);
  facts = JSON.parse(readFileSync(path.join(out, 'facts.json'), 'utf8')) as FactsFile;
  db = await openDuckDb();
}, 180_000);
afterAll(() => db?.close());

const expectedRows = (t: string) =>
  t === 'mentions' ? FACT_KINDS.filter((k) => k !== 'articles').reduce((n, k) => n + (facts[k] as { mentions: unknown[] }[]).reduce((m, r) => m + r.mentions.length, 0), 0) : facts[t as FactKind].length;

describe('the tables are deterministic', () => {
  it('another run (one thread, formats in another order) writes byte-identical tables and facts.json', () => {
    const again = path.join(path.dirname(out), 'again');
    const cfg = path.join(path.dirname(out), 'config.json');
    const r = runCli(['extract', FIXTURES, '--out', again, '--no-cache', '--quiet', '--config', cfg, '-j', '1', '--format', 'parquet,csv,json']);
    expect(r.code, r.stderr).toBe(0);
    for (const t of ['facts.json', ...TABLE_NAMES.flatMap((n) => [`${n}.csv`, `${n}.parquet`])]) expect(readFileSync(path.join(again, t)).equals(readFileSync(path.join(out, t))), t).toBe(true);
  });
});

describe('DuckDB reads every table', () => {
  it.each(TABLE_NAMES.map((t) => [t]))('%s: as many rows in the Parquet and the CSV file as facts.json has', async (t) => {
    const n = expectedRows(t);
    expect(n).toBeGreaterThan(0);
    expect((await db.all(`SELECT count(*)::INTEGER AS n FROM ${pq(t)}`))[0]!.n).toBe(n);
    expect((await db.all(`SELECT count(*)::INTEGER AS n FROM ${csv(t)}`))[0]!.n).toBe(n);
  });

  it('Parquet columns have their types: strings, doubles, integers, booleans, lists of strings', async () => {
    expect(await db.types(`SELECT * FROM ${pq('performances')}`)).toEqual({
      id: 'VARCHAR', athlete_id: 'VARCHAR', athlete_name: 'VARCHAR', event_id: 'VARCHAR', event_name: 'VARCHAR',
      competition_id: 'VARCHAR', competition_name: 'VARCHAR', competition_year: 'INTEGER', seconds: 'DOUBLE', display: 'VARCHAR',
      raw: 'VARCHAR', place: 'INTEGER', records: 'VARCHAR[]', venue: 'VARCHAR', year: 'INTEGER', sources: 'VARCHAR[]',
    });
    expect(await db.types(`SELECT * FROM ${pq('athletes')}`)).toMatchObject({ aliases: 'VARCHAR[]', country: 'VARCHAR', mention_count: 'INTEGER' });
    expect(await db.types(`SELECT * FROM ${pq('competitions')}`)).toMatchObject({ year: 'INTEGER', indoor: 'BOOLEAN' });
    expect(await db.types(`SELECT * FROM ${pq('events')}`)).toMatchObject({ distance_meters: 'DOUBLE' });
    expect(await db.types(`SELECT * FROM ${pq('mentions')}`)).toMatchObject({ start: 'INTEGER', end: 'INTEGER', rule: 'VARCHAR' });
  });

  it('CSV numbers are detected as numbers (no formula guard on numeric columns)', async () => {
    const types = await db.types(`SELECT * FROM ${csv('performances')}`);
    expect(types.seconds).toBe('DOUBLE');
    expect(types.place).toMatch(/INT/);
    expect((await db.types(`SELECT * FROM ${csv('mentions')}`)).start).toMatch(/INT/);
  });

  it('nulls stay nulls and lists stay lists in Parquet', async () => {
    const rows = await db.all(`SELECT id, place, records, venue FROM ${pq('performances')} ORDER BY id`);
    expect(rows).toEqual(facts.performances.map((p) => ({ id: p.id, place: p.place, records: p.records, venue: p.venue })));
    const comps = await db.all(`SELECT id, year, location, indoor FROM ${pq('competitions')} ORDER BY id`);
    expect(comps).toEqual(facts.competitions.map((c) => ({ id: c.id, year: c.year, location: c.location, indoor: c.indoor })));
    const aliases = await db.all(`SELECT id, aliases FROM ${pq('athletes')} ORDER BY id`);
    expect(aliases).toEqual(facts.athletes.map((a) => ({ id: a.id, aliases: a.aliases })));
  });

  it('the join performances → athletes → competitions gives what facts.json says, from Parquet and from CSV', async () => {
    const athletes = new Map(facts.athletes.map((a) => [a.id, a]));
    const competitions = new Map(facts.competitions.map((c) => [c.id, c]));
    const expected = facts.performances.map((p) => ({
      id: p.id,
      athlete: p.athlete ? athletes.get(p.athlete)!.name : null,
      country: p.athlete ? athletes.get(p.athlete)!.country : null,
      competition: p.competition ? competitions.get(p.competition)!.name : null,
      cyear: p.competition ? competitions.get(p.competition)!.year : null,
      seconds: p.result.seconds,
    }));
    for (const from of [pq, csv]) {
      const rows = await db.all(`
        SELECT p.id, a.name AS athlete, a.country, c.name AS competition, c.year::INTEGER AS cyear, p.seconds::DOUBLE AS seconds
        FROM ${from('performances')} p
        LEFT JOIN ${from('athletes')} a ON a.id = p.athlete_id
        LEFT JOIN ${from('competitions')} c ON c.id = p.competition_id
        ORDER BY p.id`);
      expect(rows).toEqual(expected);
    }
  });

  it('every CSV string cell is read back as written, formula-like cells guarded with a leading quote', async () => {
    const rows = await db.all(`SELECT id, text FROM read_csv(${sqlPath(path.join(out, 'quotes.csv'))}, header = true, all_varchar = true) ORDER BY id`);
    const guard = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
    expect(rows).toEqual(facts.quotes.map((q) => ({ id: q.id, text: guard(q.text) })));
    const perf = await db.all(`SELECT id, raw, display, records, sources FROM read_csv(${sqlPath(path.join(out, 'performances.csv'))}, header = true, all_varchar = true) ORDER BY id`);
    const sourceOf = new Map(facts.articles.map((a) => [a.id, a.source]));
    expect(perf).toEqual(
      facts.performances.map((p) => ({
        id: p.id,
        raw: guard(p.raw),
        display: p.result.display,
        records: p.records.length ? p.records.join(';') : null,
        sources: [...new Set(p.mentions.map((m) => sourceOf.get(m.article)))].join(';'),
      })),
    );
  });

  it('mentions carry the rule ids of the debug traces, and their offsets are the facts.json ones', async () => {
    const rows = await db.all(`SELECT fact_id, article_id, start, "end", text, rule FROM ${pq('mentions')}`);
    expect(rows.every((r) => typeof r.rule === 'string' && (r.rule as string).length > 0)).toBe(true);
    const key = (id: string, a: string, s: number, e: number, t: string) => JSON.stringify([id, a, s, e, t]);
    const expected = FACT_KINDS.filter((k) => k !== 'articles').flatMap((k) => (facts[k] as { id: string; mentions: { article: string; start: number; end: number; text: string }[] }[]).flatMap((r) => r.mentions.map((m) => key(r.id, m.article, m.start, m.end, m.text))));
    expect(rows.map((r) => key(r.fact_id as string, r.article_id as string, r.start as number, r.end as number, r.text as string)).sort()).toEqual(expected.sort());
  });
});
