import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import type { SqlDriver, SqlExecutor, SqlRow, SqlValue } from '../sql-driver.ts';

/**
 * The SQL driver over one `node:sqlite` connection. `DatabaseSync` is synchronous and the store's interface is not, so
 * every statement and every transaction takes a turn in one queue: a write from elsewhere in the process can never
 * land inside someone else's open transaction (and be rolled back with it).
 */
export class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite';
  private readonly db: DatabaseSync;
  private readonly statements = new Map<string, StatementSync>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly direct: SqlExecutor;

  constructor(db: DatabaseSync) {
    this.db = db;
    this.direct = {
      run: async (sql, params = []) => this.runNow(sql, params),
      all: async (sql, params = []) => this.allNow(sql, params),
    };
  }

  private statement(sql: string): StatementSync {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private runNow(sql: string, params: readonly SqlValue[]): number {
    return Number(this.statement(sql).run(...params.map(bind)).changes);
  }

  private allNow(sql: string, params: readonly SqlValue[]): SqlRow[] {
    return this.statement(sql).all(...params.map(bind));
  }

  private turn<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work);
    this.queue = result.catch(() => undefined);
    return result;
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return this.turn(async () => this.runNow(sql, params));
  }

  all(sql: string, params: readonly SqlValue[] = []): Promise<SqlRow[]> {
    return this.turn(async () => this.allNow(sql, params));
  }

  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.turn(async () => {
      // IMMEDIATE takes the write lock at the start, so two processes never both read and then fail to write.
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(this.direct);
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.isTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  close(): Promise<void> {
    return this.turn(async () => {
      if (this.db.isOpen) this.db.close();
    });
  }
}

function bind(value: SqlValue): SQLInputValue {
  return value;
}
