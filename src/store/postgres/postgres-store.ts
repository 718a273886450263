import pg from 'pg';
import { bad, type ErrorValue, NumbError, words } from '../../errors.ts';
import { SqlDiaryStore } from '../sql-store.ts';
import type { DiaryStore } from '../store.ts';
import { PostgresDriver } from './postgres-driver.ts';

export interface PostgresOptions {
  /** A PostgreSQL connection URL, as in `DATABASE_URL`: `postgres://user:password@host:5432/database`. */
  url: string;
  /**
   * A schema to keep the tables in, created if missing and put first on the search path (tests and benchmarks use a
   * fresh one each run). By default the tables live wherever the URL's user's search path puts them (`public`).
   */
  schema?: string;
  /** Most connections the pool opens; 10 by default. */
  maxConnections?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL (not a valid URL)';
  }
}

function unavailable(url: string, error: unknown): NumbError {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const reason: ErrorValue =
    code === 'ECONNREFUSED'
      ? words('error.NUMB_STORE_UNAVAILABLE.refused')
      : code === 'ENOTFOUND'
        ? words('error.NUMB_STORE_UNAVAILABLE.hostNotFound')
        : code === '28P01' || code === '28000'
          ? words('error.NUMB_STORE_UNAVAILABLE.password')
          : code === '3D000'
            ? words('error.NUMB_STORE_UNAVAILABLE.noDatabase')
            : error instanceof Error
              ? error.message
              : String(error);
  return new NumbError('NUMB_STORE_UNAVAILABLE', 'error.NUMB_STORE_UNAVAILABLE.postgres', {
    url: redactUrl(url),
    reason,
  });
}

/**
 * Opens the diary in PostgreSQL (`DATABASE_URL`) and brings its schema up to date. Writes are committed with
 * PostgreSQL's default `synchronous_commit = on`: an acknowledged entry is in the server's write-ahead log.
 */
export async function openPostgresStore(options: PostgresOptions): Promise<DiaryStore> {
  const { url, schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw bad('NUMB_BAD_USAGE', ['schema'], words('error.expected.schemaName'), schema);
  }
  const config: pg.PoolConfig = { connectionString: url, max: options.maxConnections ?? 10 };
  if (schema !== undefined) config.options = `-c search_path=${schema}`;
  const pool = new pg.Pool(config);
  // An idle connection the server drops must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  try {
    if (schema !== undefined) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    else await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw unavailable(url, error);
  }
  return SqlDiaryStore.open(new PostgresDriver(pool), redactUrl(url) + (schema ? ` (schema ${schema})` : ''));
}
