/** The CSV writer's rules and the format list (issue 14): table tests on hand-made tables, no file system. */
import { describe, expect, it } from 'vitest';
import { guardFormula, tableCsvChunks } from '../../src/write/csv.js';
import type { Table } from '../../src/write/tables.js';
import { factsTables } from '../../src/write/tables.js';
import { outputFormats, parseFormatList } from '../../src/write/formats.js';
import { parseConfig } from '../../src/config/schema.js';
import { parseCommand } from '../../src/cli/args.js';

const csvOf = (t: Table) => [...tableCsvChunks(t)].join('');

describe('formula guard', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1 555', `'+1 555`],
    ['-2 laps to go', `'-2 laps to go`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    ['Josh Kerr', 'Josh Kerr'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, expected) => expect(guardFormula(input)).toBe(expected));
});

describe('tableCsvChunks', () => {
  const table: Table = {
    name: 'performances',
    rows: 3,
    columns: [
      { name: 'text', type: 'string', nullable: true, values: ['He said "go", then ran', '=1+1', null] },
      { name: 'n', type: 'double', nullable: true, values: [-1.5, 209.38, null] },
      { name: 'k', type: 'int', nullable: false, values: [-3, 0, 7] },
      { name: 'b', type: 'bool', nullable: true, values: [true, false, null] },
      { name: 'l', type: 'strings', nullable: false, values: [['WR', 'PB'], [], ['-x']] },
      { name: 'multi', type: 'string', nullable: true, values: ['line one\nline two', 'a,b', 'plain'] },
    ],
  };
  it('writes RFC 4180: header, CRLF records, quotes only where needed, doubled inner quotes', () => {
    expect(csvOf(table)).toBe(
      'text,n,k,b,l,multi\r\n' +
        '"He said ""go"", then ran",-1.5,-3,true,WR;PB,"line one\nline two"\r\n' +
        "'=1+1,209.38,0,false,,\"a,b\"\r\n" +
        ",,7,,'-x,plain\r\n",
    );
  });
  it('an empty table is its header', () => {
    expect(csvOf({ ...table, rows: 0, columns: table.columns.map((c) => ({ ...c, values: [] })) })).toBe('text,n,k,b,l,multi\r\n');
  });
  it('an empty dataset gives every table with no rows', () => {
    const tables = factsTables({ schemaVersion: 1, articles: [], athletes: [], events: [], competitions: [], performances: [], quotes: [] });
    expect(tables.map((t) => [t.name, t.rows])).toEqual([['articles', 0], ['athletes', 0], ['events', 0], ['competitions', 0], ['performances', 0], ['quotes', 0], ['mentions', 0]]);
  });
});

describe('output formats', () => {
  it.each([
    ['json', ['json']],
    ['parquet,json,csv', ['json', 'csv', 'parquet']],
    ['csv, csv ,ndjson', ['ndjson', 'csv']],
  ])('--format %s → %j', (text, expected) => {
    expect(parseFormatList(text)).toEqual(expected);
    expect(parseCommand(['extract', 'x', '--out', 'o', '--format', text])).toMatchObject({ format: expected });
  });
  it.each(['xml', 'json,', 'json,xlsx'])('--format %j is bad usage', (text) => {
    expect(() => parseCommand(['extract', 'x', '--out', 'o', '--format', text])).toThrow(/--format: unknown format/);
  });
  it('config output.format takes a string or a non-empty list', () => {
    expect(parseConfig({}).output.format).toBe('json');
    expect(outputFormats(parseConfig({ output: { format: ['parquet', 'json'] } }).output.format)).toEqual(['json', 'parquet']);
    expect(() => parseConfig({ output: { format: [] } })).toThrow(/^output\.format/);
    expect(() => parseConfig({ output: { format: ['json', 'xlsx'] } })).toThrow(/^output\.format/);
  });
});
