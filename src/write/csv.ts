/**
 * Tables as CSV: RFC 4180 (comma, `"` quoting only where needed, CRLF line ends), a header row, UTF-8
 * without BOM, written by csv-stringify. Lists are joined with `;`, booleans are `true`/`false`, nulls are
 * empty cells. A string cell that a spreadsheet would run as a formula (one starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return, as OWASP's CSV-injection advice lists) gets a leading `'`; numeric
 * columns are never touched, so they stay numbers for DuckDB and pandas. Pure: the chunks are written by
 * the I/O layer.
 */
import { stringify } from 'csv-stringify/sync';
import type { Cell, Column, Table } from './tables.js';

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as a spreadsheet may safely open it: `'` before a formula-like string. */
export const guardFormula = (s: string): string => (FORMULA_START.test(s) ? `'${s}` : s);

function cellText(column: Column, value: Cell): string {
  if (value === null) return '';
  switch (column.type) {
    case 'string':
      return guardFormula(value as string);
    case 'strings':
      return guardFormula((value as readonly string[]).join(';'));
    case 'bool':
      return value ? 'true' : 'false';
    default:
      return String(value);
  }
}

/** CRLF records; csv-stringify quotes a cell holding the record delimiter but not a lone `\n` or `\r`, so those are
 *  quoted explicitly (RFC 4180: a line break inside a cell must be quoted). */
const OPTIONS = { record_delimiter: 'windows', quoted_match: /[\r\n]/ } as const;
const ROWS_PER_CHUNK = 1000;

/** The bytes of one table's CSV file, a chunk per thousand rows. */
export function* tableCsvChunks(table: Table): Iterable<string> {
  yield stringify([table.columns.map((c) => c.name)], OPTIONS);
  for (let start = 0; start < table.rows; start += ROWS_PER_CHUNK) {
    const rows: string[][] = [];
    for (let i = start; i < Math.min(table.rows, start + ROWS_PER_CHUNK); i++) rows.push(table.columns.map((c) => cellText(c, c.values[i]!)));
    yield stringify(rows, OPTIONS);
  }
}
