import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';

/** An in-memory DuckDB; `close` when done. */
export async function openDuckDb(): Promise<{ all: (sql: string) => Promise<Record<string, unknown>[]>; types: (sql: string) => Promise<Record<string, string>>; close: () => void }> {
  const db = await DuckDBInstance.create(':memory:');
  const c: DuckDBConnection = await db.connect();
  return {
    all: async (sql) => (await c.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[],
    types: async (sql) => {
      const r = await c.runAndReadAll(`DESCRIBE ${sql}`);
      return Object.fromEntries(r.getRowObjectsJson().map((row) => [row.column_name as string, row.column_type as string]));
    },
    close: () => {
      c.closeSync();
      db.closeSync();
    },
  };
}

/** A path as a DuckDB string literal. */
export const sqlPath = (p: string) => `'${p.replace(/'/g, "''")}'`;
