/**
 * Tables as Parquet, one file per table, written by hyparquet-writer (pure JS, no native code): an explicit
 * schema with one physical type per column (UTF8 strings, DOUBLE, INT32, BOOLEAN), OPTIONAL where nulls may
 * occur, and lists of strings in the standard three-level LIST layout (`<col> (LIST) / list / element`)
 * that DuckDB, pyarrow and Spark read. Snappy compression, statistics on, one row group up to 100,000 rows.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { SchemaElement } from 'hyparquet-writer';
import type { Column, Table } from './tables.js';

function schemaOf(column: Column): SchemaElement[] {
  const repetition_type = column.nullable ? 'OPTIONAL' : 'REQUIRED';
  switch (column.type) {
    case 'string':
      return [{ name: column.name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type }];
    case 'double':
      return [{ name: column.name, type: 'DOUBLE', repetition_type }];
    case 'int':
      return [{ name: column.name, type: 'INT32', repetition_type }];
    case 'bool':
      return [{ name: column.name, type: 'BOOLEAN', repetition_type }];
    case 'strings':
      return [
        { name: column.name, repetition_type, converted_type: 'LIST', num_children: 1 },
        { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
        { name: 'element', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
      ];
  }
}

/** The bytes of one table's Parquet file. */
export function tableParquetBytes(table: Table, createdBy = 'trackfacts'): Uint8Array {
  const schema: SchemaElement[] = [{ name: 'root', num_children: table.columns.length }, ...table.columns.flatMap(schemaOf)];
  const buffer = parquetWriteBuffer({
    columnData: table.columns.map((c) => ({ name: c.name, data: c.values as unknown[] })),
    schema,
    rowGroupSize: 100_000,
    createdBy,
  });
  return new Uint8Array(buffer);
}
