/**
 * Reading a column of a row as its type. A value of another type means the database was changed behind numbcheck's
 * back, and is reported as a damaged database rather than passed on.
 */
import type { SqlRow } from './sql-driver.ts';

export class DamagedRow extends Error {
  constructor(table: string, column: string, value: unknown) {
    super(
      `the numbcheck database looks damaged: ${table}.${column} holds ${JSON.stringify(value) ?? String(value)}`,
    );
    this.name = 'DamagedRow';
  }
}

export function text(row: SqlRow, table: string, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw new DamagedRow(table, column, value);
  return value;
}

export function nullableText(row: SqlRow, table: string, column: string): string | null {
  return row[column] === null ? null : text(row, table, column);
}

export function integer(row: SqlRow, table: string, column: string): number {
  const value = row[column];
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new DamagedRow(table, column, value);
  return value;
}

export function nullableInteger(row: SqlRow, table: string, column: string): number | null {
  return row[column] === null ? null : integer(row, table, column);
}

/** A stored time: a Date from PostgreSQL, ISO text from SQLite; both become the ISO instant with milliseconds. */
export function instant(row: SqlRow, table: string, column: string): string {
  const value = row[column];
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return new Date(value).toISOString();
  throw new DamagedRow(table, column, value);
}

/** A JSON column: parsed by PostgreSQL's driver (JSONB), text in SQLite. */
export function json(row: SqlRow, table: string, column: string): unknown {
  const value = row[column];
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    throw new DamagedRow(table, column, value);
  }
}

export function strings(row: SqlRow, table: string, column: string): string[] {
  const value = json(row, table, column);
  if (!Array.isArray(value)) throw new DamagedRow(table, column, value);
  return value.map((item) => {
    if (typeof item !== 'string') throw new DamagedRow(table, column, value);
    return item;
  });
}
