import { NumbError } from '../errors.ts';
import type { SqlDriver } from './sql-driver.ts';

/**
 * The schema, as one ordered list of versioned migrations run at start-up. Each is written once in the SQL both
 * databases share; the few column types that differ are named by a placeholder filled per dialect:
 *
 * | placeholder   | SQLite (STRICT tables) | PostgreSQL         |
 * | ------------- | ---------------------- | ------------------ |
 * | `{timestamp}` | TEXT, ISO 8601 UTC     | TIMESTAMPTZ        |
 * | `{json}`      | TEXT holding JSON      | JSONB              |
 * | `{real}`      | REAL                   | DOUBLE PRECISION   |
 * | `{bigint}`    | INTEGER (64-bit)       | BIGINT             |
 * | `{strict}`    | STRICT                 | (nothing)          |
 *
 * Every diary table has `owner_id` first in its primary key and an index on (owner_id, time): one person's rows are
 * one range of the index, however many people share the database. The owner of an account's diary is the account's id;
 * the account tables point at `accounts` and go with it. Add a migration at the end; never edit one that has
 * shipped.
 */
export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'diary: episodes, exposures, assessments, BCTQ scores',
    statements: [
      `CREATE TABLE exposures (
        owner_id TEXT NOT NULL,
        id TEXT NOT NULL,
        kind TEXT NOT NULL,
        started_at {timestamp} NOT NULL,
        utc_offset_minutes INTEGER NOT NULL CHECK (utc_offset_minutes BETWEEN -720 AND 840),
        duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes >= 0),
        interventions {json} NOT NULL,
        episode_count INTEGER NOT NULL CHECK (episode_count >= 0),
        note TEXT NOT NULL,
        PRIMARY KEY (owner_id, id)
      ) {strict}`,
      'CREATE INDEX exposures_owner_started ON exposures (owner_id, started_at)',
      `CREATE TABLE episodes (
        owner_id TEXT NOT NULL,
        id TEXT NOT NULL,
        started_at {timestamp} NOT NULL,
        utc_offset_minutes INTEGER NOT NULL CHECK (utc_offset_minutes BETWEEN -720 AND 840),
        duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes >= 0),
        hand_map {json} NOT NULL,
        activities {json} NOT NULL,
        severity INTEGER CHECK (severity IS NULL OR severity BETWEEN 0 AND 10),
        symptoms {json} NOT NULL,
        interventions {json} NOT NULL,
        exposure_id TEXT,
        note TEXT NOT NULL,
        PRIMARY KEY (owner_id, id),
        FOREIGN KEY (owner_id, exposure_id) REFERENCES exposures (owner_id, id)
      ) {strict}`,
      'CREATE INDEX episodes_owner_started ON episodes (owner_id, started_at)',
      'CREATE INDEX episodes_owner_exposure ON episodes (owner_id, exposure_id)',
      `CREATE TABLE assessments (
        owner_id TEXT NOT NULL,
        id TEXT NOT NULL,
        taken_at {timestamp} NOT NULL,
        utc_offset_minutes INTEGER NOT NULL CHECK (utc_offset_minutes BETWEEN -720 AND 840),
        knowledge_version TEXT NOT NULL,
        triage_level TEXT NOT NULL,
        answers {json} NOT NULL,
        assessment {json} NOT NULL,
        PRIMARY KEY (owner_id, id)
      ) {strict}`,
      'CREATE INDEX assessments_owner_taken ON assessments (owner_id, taken_at)',
      `CREATE TABLE bctq_scores (
        owner_id TEXT NOT NULL,
        id TEXT NOT NULL,
        taken_at {timestamp} NOT NULL,
        utc_offset_minutes INTEGER NOT NULL CHECK (utc_offset_minutes BETWEEN -720 AND 840),
        answers {json} NOT NULL,
        symptom_severity {real},
        functional_status {real},
        PRIMARY KEY (owner_id, id)
      ) {strict}`,
      'CREATE INDEX bctq_scores_owner_taken ON bctq_scores (owner_id, taken_at)',
    ],
  },
  {
    version: 2,
    name: 'accounts: passkeys, recovery codes, sessions, access tokens, sign-in challenges',
    statements: [
      `CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        created_at {timestamp} NOT NULL
      ) {strict}`,
      `CREATE TABLE passkeys (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        public_key TEXT NOT NULL,
        counter {bigint} NOT NULL CHECK (counter >= 0),
        transports {json} NOT NULL,
        name TEXT NOT NULL,
        created_at {timestamp} NOT NULL,
        last_used_at {timestamp}
      ) {strict}`,
      'CREATE INDEX passkeys_account ON passkeys (account_id)',
      `CREATE TABLE recovery_codes (
        code_hash TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE
      ) {strict}`,
      'CREATE INDEX recovery_codes_account ON recovery_codes (account_id)',
      `CREATE TABLE sessions (
        secret_hash TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        created_at {timestamp} NOT NULL,
        expires_at {timestamp} NOT NULL
      ) {strict}`,
      'CREATE INDEX sessions_account ON sessions (account_id)',
      'CREATE INDEX sessions_expires ON sessions (expires_at)',
      `CREATE TABLE access_tokens (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        secret_hash TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        created_at {timestamp} NOT NULL,
        last_used_at {timestamp}
      ) {strict}`,
      'CREATE INDEX access_tokens_account ON access_tokens (account_id)',
      `CREATE TABLE auth_challenges (
        id TEXT PRIMARY KEY,
        purpose TEXT NOT NULL,
        challenge TEXT NOT NULL,
        account_id TEXT,
        name TEXT,
        expires_at {timestamp} NOT NULL
      ) {strict}`,
      'CREATE INDEX auth_challenges_expires ON auth_challenges (expires_at)',
    ],
  },
];

const TYPES: Record<SqlDriver['dialect'], Record<string, string>> = {
  sqlite: { timestamp: 'TEXT', json: 'TEXT', real: 'REAL', bigint: 'INTEGER', strict: 'STRICT' },
  postgres: {
    timestamp: 'TIMESTAMPTZ',
    json: 'JSONB',
    real: 'DOUBLE PRECISION',
    bigint: 'BIGINT',
    strict: '',
  },
};

/** A migration statement in one dialect. */
export function inDialect(statement: string, dialect: SqlDriver['dialect']): string {
  return statement.replace(/\{(\w+)\}/g, (_, name: string) => {
    const type = TYPES[dialect][name];
    if (type === undefined) throw new Error(`unknown placeholder {${name}} in a migration`);
    return type;
  });
}

/** An arbitrary constant: the PostgreSQL advisory lock that lets one server at a time migrate. */
const MIGRATION_LOCK = 7_415_201;

/**
 * Brings the schema up to date in one transaction and returns the versions it applied. A database written by a
 * newer numbcheck (a version this one does not know) is refused rather than touched.
 */
export async function migrate(
  driver: SqlDriver,
  now: () => string = () => new Date().toISOString(),
): Promise<number[]> {
  return driver.transaction(async (tx) => {
    if (driver.dialect === 'postgres') await tx.all('SELECT pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
    await tx.run(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL
      )`,
    );
    const rows = await tx.all('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => Number(row.version)));
    const known = new Set(MIGRATIONS.map((m) => m.version));
    const unknown = [...applied].filter((v) => !known.has(v));
    if (unknown.length > 0) {
      const version = String(Math.max(...unknown));
      throw new NumbError('NUMB_STORE_UNAVAILABLE', 'error.NUMB_STORE_UNAVAILABLE.newer', { version });
    }
    const done: number[] = [];
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      for (const statement of migration.statements) await tx.run(inDialect(statement, driver.dialect));
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        now(),
      ]);
      done.push(migration.version);
    }
    return done;
  });
}
