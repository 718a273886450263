import { SqlDiaryStore } from '../sql-store.ts';
import type { DiaryStore } from '../store.ts';
import { BrowserConnection } from './browser-connection.ts';
import { BrowserDriver } from './browser-driver.ts';

/** The diary database's name in the browser's pool. */
export const BROWSER_DATABASE = 'diary.sqlite';

export interface BrowserStoreOptions {
  /** Another database of the same pool (tests open many empty ones); `diary.sqlite` by default. */
  database?: string;
}

/**
 * Opens (creating on first use) the diary in this browser: SQLite in a worker, stored in the origin private file
 * system (OPFS), with the same schema and migrations as the SQLite file and PostgreSQL. A write resolves once SQLite
 * has committed it to OPFS (sqlite.worker.ts). `NUMB_STORE_UNAVAILABLE` if the browser has no OPFS or another tab of
 * the site holds the diary open; `NUMB_STORAGE_FULL` on any write the browser's storage quota refuses.
 */
export async function openBrowserStore(options: BrowserStoreOptions = {}): Promise<DiaryStore> {
  const connection = await BrowserConnection.to(options.database ?? BROWSER_DATABASE);
  return SqlDiaryStore.open(new BrowserDriver(connection), 'this browser (OPFS)', 'browser');
}
