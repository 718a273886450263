import type pg from 'pg';
import type { SqlDriver, SqlExecutor, SqlRow, SqlValue } from '../sql-driver.ts';

/** `?` placeholders, as the shared statements are written, to PostgreSQL's `$1, $2, …`. */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function executor(client: pg.Pool | pg.PoolClient): SqlExecutor {
  return {
    run: async (sql, params = []) => (await client.query(numbered(sql), [...params])).rowCount ?? 0,
    all: async (sql, params = []) => (await client.query<SqlRow>(numbered(sql), [...params])).rows,
  };
}

/** The SQL driver over a `pg` connection pool. */
export class PostgresDriver implements SqlDriver {
  readonly dialect = 'postgres';
  private readonly pool: pg.Pool;
  private readonly direct: SqlExecutor;

  constructor(pool: pg.Pool) {
    this.pool = pool;
    this.direct = executor(pool);
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return this.direct.run(sql, params);
  }

  all(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]> {
    return this.direct.all(sql, params);
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(executor(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
