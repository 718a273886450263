/**
 * Where the diary lives: one interface (`DiaryStore`), a `node:sqlite` file by default and PostgreSQL when
 * `DATABASE_URL` is set. `openStore` chooses.
 */
export type { AccessToken, Account, AccountStore, AuthChallenge, Passkey } from './account-store.ts';
export { MIGRATIONS } from './migrations.ts';
export { defaultDataDir, type OpenStoreOptions, openStore } from './open-store.ts';
export { type OwnerDiary, ownerDiary } from './owner-diary.ts';
export { openPostgresStore, type PostgresOptions, redactUrl } from './postgres/postgres-store.ts';
export { openSqliteStore, SQLITE_FILE } from './sqlite/sqlite-store.ts';
export {
  DEFAULT_OWNER,
  type DiaryStore,
  type EntryCounts,
  type ImportResult,
  type ListPosition,
  type ListRange,
} from './store.ts';
