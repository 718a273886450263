/** A value bound to a statement parameter. */
export type SqlValue = string | number | null;
/** A row as the database driver returns it. */
export type SqlRow = Record<string, unknown>;

/** Runs statements written with `?` placeholders, in the SQL subset both stores understand. */
export interface SqlExecutor {
  /** Runs a statement and returns how many rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  all(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]>;
}

/** What the shared SQL store needs of a database: statements, transactions, and the few words that differ. */
export interface SqlDriver extends SqlExecutor {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
