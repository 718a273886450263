import type { SqlDriver, SqlExecutor, SqlRow, SqlValue } from '../sql-driver.ts';
import type { BrowserConnection } from './browser-connection.ts';

/**
 * The SQL driver over SQLite in the page's database worker. The dialect is SQLite's: the same statements and
 * migrations as the `node:sqlite` file. Each statement and each transaction takes a turn on the connection.
 */
export class BrowserDriver implements SqlDriver {
  readonly dialect = 'sqlite';
  private readonly connection: BrowserConnection;
  private readonly direct: SqlExecutor;
  private closed = false;

  constructor(connection: BrowserConnection) {
    this.connection = connection;
    this.direct = {
      run: (sql, params = []) => connection.run(sql, params),
      all: (sql, params = []) => connection.all(sql, params),
    };
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return this.connection.turn(() => this.connection.run(sql, params));
  }

  all(sql: string, params: readonly SqlValue[] = []): Promise<SqlRow[]> {
    return this.connection.turn(() => this.connection.all(sql, params));
  }

  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.connection.turn(async () => {
      await this.connection.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(this.direct);
        await this.connection.exec('COMMIT');
        return result;
      } catch (error) {
        // SQLite may have rolled back already (a failed COMMIT on a full disk does): the worker checks.
        await this.connection.rollback();
        throw error;
      }
    });
  }

  close(): Promise<void> {
    return this.connection.turn(async () => {
      if (this.closed) return;
      this.closed = true;
      await this.connection.release();
    });
  }
}
