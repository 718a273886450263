import { chmodSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { NumbError } from '../../errors.ts';
import { SqlDiaryStore } from '../sql-store.ts';
import type { DiaryStore } from '../store.ts';
import { SqliteDriver } from './sqlite-driver.ts';

/** The database file's name inside the data folder. */
export const SQLITE_FILE = 'diary.sqlite';

/**
 * Opens (creating on first run) the diary in `dataDir`/diary.sqlite. The folder is created with `mkdir -p`, readable
 * only by its owner, and so is the file.
 *
 * Durability: write-ahead logging (`journal_mode=WAL`) with `synchronous=FULL`, so a transaction is on disk when its
 * commit returns and an acknowledged entry survives the process being killed (and a power cut). Foreign keys are on.
 * `busy_timeout` lets the CLI and a running server share the file.
 */
export async function openSqliteStore(dataDir: string): Promise<DiaryStore> {
  const folder = resolve(dataDir);
  const file = join(folder, SQLITE_FILE);
  let db: DatabaseSync;
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    db = new DatabaseSync(file, { enableForeignKeyConstraints: true });
    chmodSync(file, 0o600);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new NumbError('NUMB_STORE_UNAVAILABLE', 'error.NUMB_STORE_UNAVAILABLE.sqlite', { file, reason });
  }
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('PRAGMA busy_timeout = 5000');
  return SqlDiaryStore.open(new SqliteDriver(db), file);
}
