import { homedir } from 'node:os';
import { join } from 'node:path';
import { openPostgresStore } from './postgres/postgres-store.ts';
import { openSqliteStore } from './sqlite/sqlite-store.ts';
import type { DiaryStore } from './store.ts';

export interface OpenStoreOptions {
  /** The folder of the SQLite diary (`--data`). */
  dataDir?: string;
  /** A PostgreSQL URL. */
  databaseUrl?: string;
  /** The environment to read `DATABASE_URL` and `NUMBCHECK_DATA_DIR` from; `process.env` by default. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** The data folder when none is given: `NUMBCHECK_DATA_DIR`, else `~/.numbcheck`. */
export function defaultDataDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const fromEnv = env.NUMBCHECK_DATA_DIR;
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : join(homedir(), '.numbcheck');
}

/**
 * Opens the diary store. What is asked for explicitly wins over the environment:
 * 1. `databaseUrl` → PostgreSQL; 2. `dataDir` → the SQLite file in that folder;
 * 3. `DATABASE_URL` set → PostgreSQL; 4. otherwise the SQLite file in `NUMBCHECK_DATA_DIR`, else `~/.numbcheck`.
 * The SQLite file and its folder are created on first run; migrations run on every open.
 */
export function openStore(options: OpenStoreOptions = {}): Promise<DiaryStore> {
  const env = options.env ?? process.env;
  if (options.databaseUrl !== undefined) return openPostgresStore({ url: options.databaseUrl });
  if (options.dataDir !== undefined) return openSqliteStore(options.dataDir);
  const url = env.DATABASE_URL;
  if (url !== undefined && url !== '') return openPostgresStore({ url });
  return openSqliteStore(defaultDataDir(env));
}
