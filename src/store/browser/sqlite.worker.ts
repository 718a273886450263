/**
 * The diary's SQLite database, in a dedicated worker: SQLite compiled to WebAssembly (`@sqlite.org/sqlite-wasm`) on
 * the `opfs-sahpool` file system, which keeps each file of the pool open as an OPFS sync access handle. Sync access
 * handles exist only in workers, and this file system needs neither SharedArrayBuffer nor the cross-origin isolation
 * headers that would bring it.
 *
 * Durability: with `synchronous = FULL` SQLite syncs the journal and the database at every commit, and the pool's
 * sync is `FileSystemSyncAccessHandle.flush()`, which returns once the browser has written the bytes to its storage.
 * Every write in the pool is synchronous too (`write()` returns when done), so a reply to a write is sent only after
 * its commit is on disk.
 *
 * Requests are answered one at a time, in the order they came (browser-connection.ts keeps a transaction's statements
 * together on the page's side).
 */
import sqlite3InitModule, { type Database, type SAHPoolUtil } from '@sqlite.org/sqlite-wasm';
import type { SqlRow, SqlValue } from '../sql-driver.ts';
import type { WorkerFailure, WorkerReply, WorkerRequest } from './protocol.ts';

/**
 * The pool's name and OPFS folder: all of the origin's diary databases live in it. A failed start (another tab holds
 * the pool) must leave the folder alone, where the pool's default is to delete it, and may be tried again.
 */
const POOL = {
  name: 'numbcheck-diary',
  directory: '.numbcheck-diary',
  preserveOnInitFailure: true,
  forceReinitIfPreviouslyFailed: true,
};
/** SQLite's primary result codes that can mean the storage refused to grow. */
const SQLITE_IOERR = 10;
const SQLITE_FULL = 13;

interface Sqlite {
  pool: SAHPoolUtil;
  getAutocommit(db: Database): boolean;
}

let sqlite: Promise<Sqlite> | undefined;
const databases = new Map<string, Database>();

async function start(): Promise<Sqlite> {
  const sqlite3 = await sqlite3InitModule();
  const pool = await sqlite3.installOpfsSAHPoolVfs(POOL);
  return {
    pool,
    getAutocommit: (db) => db.pointer !== undefined && sqlite3.capi.sqlite3_get_autocommit(db.pointer) !== 0,
  };
}

function load(): Promise<Sqlite> {
  if (sqlite !== undefined) return sqlite;
  const loading = start();
  sqlite = loading;
  // Tried again on the next open: the tab that held the pool may have closed.
  loading.catch(() => {
    if (sqlite === loading) sqlite = undefined;
  });
  return loading;
}

function database(file: string): Database {
  const db = databases.get(file);
  if (db === undefined) throw new Error(`the database ${file} is not open`);
  return db;
}

async function open(file: string): Promise<void> {
  if (databases.has(file)) return;
  const { pool } = await load();
  // A database takes up to two files of the pool, itself and its rollback journal, and keeps its file when closed:
  // the pool grows to have room for a new one.
  await pool.reserveMinimumCapacity(pool.getFileCount() + 2 * (databases.size + 1));
  const db = new pool.OpfsSAHPoolDb(`/${file}`);
  db.exec('PRAGMA foreign_keys = ON');
  // FULL is SQLite's default in rollback-journal mode: said here because durability depends on it.
  db.exec('PRAGMA synchronous = FULL');
  databases.set(file, db);
}

function bind(params: readonly SqlValue[]): SqlValue[] | undefined {
  return params.length === 0 ? undefined : [...params];
}

async function perform(request: WorkerRequest): Promise<WorkerReply> {
  const { id } = request;
  switch (request.op) {
    case 'open':
      await open(request.file);
      return { id, ok: true };
    case 'run': {
      const db = database(request.file);
      db.exec({ sql: request.sql, bind: bind(request.params) });
      return { id, ok: true, changes: db.changes() };
    }
    case 'all': {
      const rows: SqlRow[] = database(request.file).selectObjects(request.sql, bind(request.params));
      return { id, ok: true, rows };
    }
    case 'exec':
      database(request.file).exec(request.sql);
      return { id, ok: true };
    case 'rollback': {
      const db = database(request.file);
      const { getAutocommit } = await load();
      if (!getAutocommit(db)) db.exec('ROLLBACK');
      return { id, ok: true };
    }
    case 'close':
      databases.get(request.file)?.close();
      databases.delete(request.file);
      return { id, ok: true };
  }
}

/**
 * Whether the storage refused a write during the current request. The pool turns any failed write into SQLITE_IOERR,
 * so the refusal is noted where it happens: the standard way is a QuotaExceededError, and Chromium instead returns a
 * count other than the bytes given (its "no space" file error, -8, read as an unsigned number; the pool then reports
 * an "unknown write() failure"). Either means there is no room left.
 */
let storageRefused = false;

function noteRefusals(): void {
  const handle = (globalThis as { FileSystemSyncAccessHandle?: { prototype: SyncAccessHandle } })
    .FileSystemSyncAccessHandle;
  if (handle === undefined) return;
  const { write, truncate } = handle.prototype;
  handle.prototype.write = function (this: SyncAccessHandle, buffer, options) {
    try {
      const written = write.call(this, buffer, options);
      if (written !== buffer.byteLength) storageRefused = true;
      return written;
    } catch (error) {
      if (isQuotaError(error)) storageRefused = true;
      throw error;
    }
  };
  handle.prototype.truncate = function (this: SyncAccessHandle, size) {
    try {
      truncate.call(this, size);
    } catch (error) {
      if (isQuotaError(error)) storageRefused = true;
      throw error;
    }
  };
}
noteRefusals();

interface SyncAccessHandle {
  write(buffer: ArrayBufferView, options?: { at?: number }): number;
  truncate(size: number): void;
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'QuotaExceededError';
}

function resultCodeOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'resultCode' in error) {
    const code = error.resultCode;
    if (typeof code === 'number') return code;
  }
  return undefined;
}

function failureOf(request: WorkerRequest, error: unknown): WorkerFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (isQuotaError(error)) return { kind: 'full' };
  if (request.op === 'open') {
    const name = error instanceof Error ? error.name : '';
    if (/Missing required OPFS APIs/.test(message))
      return { kind: 'unavailable', reason: 'no-opfs', message };
    // Another tab of the same site holds the pool's access handles: they are exclusive.
    if (name === 'NoModificationAllowedError' || /Access Handles? cannot be created/i.test(message))
      return { kind: 'unavailable', reason: 'busy', message };
  }
  const resultCode = resultCodeOf(error) ?? 0;
  const primary = resultCode & 0xff;
  if (primary === SQLITE_FULL || (primary === SQLITE_IOERR && storageRefused)) return { kind: 'full' };
  if (request.op === 'open') return { kind: 'unavailable', reason: 'other', message };
  return { kind: 'sql', message, resultCode };
}

async function answer(request: WorkerRequest): Promise<WorkerReply> {
  storageRefused = false;
  try {
    return await perform(request);
  } catch (error) {
    return { id: request.id, ok: false, failure: failureOf(request, error) };
  }
}

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
};
let turn: Promise<void> = Promise.resolve();
scope.onmessage = (event) => {
  turn = turn.then(async () => scope.postMessage(await answer(event.data)));
};
