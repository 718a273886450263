import type { SqlRow, SqlValue } from '../sql-driver.ts';

/** What the page asks of the database worker (sqlite.worker.ts). Every request carries an id its reply repeats. */
export type WorkerRequest =
  | { id: number; op: 'open'; file: string }
  | { id: number; op: 'run'; file: string; sql: string; params: readonly SqlValue[] }
  | { id: number; op: 'all'; file: string; sql: string; params: readonly SqlValue[] }
  /** Statements without parameters that answer nothing: BEGIN, COMMIT, PRAGMA. */
  | { id: number; op: 'exec'; file: string; sql: string }
  /** Rolls back the open transaction, if SQLite has not already. */
  | { id: number; op: 'rollback'; file: string }
  | { id: number; op: 'close'; file: string };

/** Why a request failed, as the page turns it into an error. */
export type WorkerFailure =
  /** The browser refused to store more (a full quota). */
  | { kind: 'full' }
  /** The database cannot be opened in this browser: no OPFS, or another tab holds it. */
  | { kind: 'unavailable'; reason: 'no-opfs' | 'busy' | 'other'; message: string }
  /** SQLite refused the statement (a constraint, a bug): the message as SQLite wrote it. */
  | { kind: 'sql'; message: string; resultCode: number };

export type WorkerReply =
  | { id: number; ok: true; changes?: number; rows?: SqlRow[] }
  | { id: number; ok: false; failure: WorkerFailure };
