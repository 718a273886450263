import type { AccessToken, Account, AccountStore, AuthChallenge, Passkey } from './account-store.ts';
import { DamagedRow, instant, nullableText, strings, text } from './columns.ts';
import type { SqlDriver, SqlExecutor, SqlRow } from './sql-driver.ts';
import type { EntryCounts } from './store.ts';

/**
 * What is stored of a secret: its SHA-256, hex. Secrets are 32 random bytes, so no salt or slow hash is needed. Web
 * Crypto rather than node:crypto, so that the store's module also loads in the browser (the browser diary).
 */
export async function secretHash(secret: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(secret));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function nullableInstant(row: SqlRow, table: string, column: string): string | null {
  return row[column] === null ? null : instant(row, table, column);
}

/** A 64-bit counter: a number from SQLite, a string from PostgreSQL's BIGINT. */
function counter(row: SqlRow, table: string, column: string): number {
  const value = Number(row[column]);
  if (!Number.isSafeInteger(value) || value < 0) throw new DamagedRow(table, column, row[column]);
  return value;
}

function accountFromRow(row: SqlRow): Account {
  return {
    id: text(row, 'accounts', 'id'),
    name: text(row, 'accounts', 'name'),
    createdAt: instant(row, 'accounts', 'created_at'),
  };
}

function passkeyFromRow(row: SqlRow): Passkey {
  return {
    id: text(row, 'passkeys', 'id'),
    accountId: text(row, 'passkeys', 'account_id'),
    publicKey: text(row, 'passkeys', 'public_key'),
    counter: counter(row, 'passkeys', 'counter'),
    transports: strings(row, 'passkeys', 'transports'),
    name: text(row, 'passkeys', 'name'),
    createdAt: instant(row, 'passkeys', 'created_at'),
    lastUsedAt: nullableInstant(row, 'passkeys', 'last_used_at'),
  };
}

function accessTokenFromRow(row: SqlRow): AccessToken {
  return {
    id: text(row, 'access_tokens', 'id'),
    name: text(row, 'access_tokens', 'name'),
    createdAt: instant(row, 'access_tokens', 'created_at'),
    lastUsedAt: nullableInstant(row, 'access_tokens', 'last_used_at'),
  };
}

const PURPOSES: readonly AuthChallenge['purpose'][] = ['register', 'sign-in', 'add-passkey'];

function challengeFromRow(row: SqlRow): AuthChallenge {
  const purpose = PURPOSES.find((p) => p === row.purpose);
  if (purpose === undefined) throw new DamagedRow('auth_challenges', 'purpose', row.purpose);
  return {
    id: text(row, 'auth_challenges', 'id'),
    purpose,
    challenge: text(row, 'auth_challenges', 'challenge'),
    accountId: nullableText(row, 'auth_challenges', 'account_id'),
    name: nullableText(row, 'auth_challenges', 'name'),
    expiresAt: instant(row, 'auth_challenges', 'expires_at'),
  };
}

/** How often a token's time of use is brought up to date. */
const USE_RECORDED_EVERY_MS = 60_000;

const ACCOUNT_COLUMNS = 'id, name, created_at';
const PASSKEY_COLUMNS = 'id, account_id, public_key, counter, transports, name, created_at, last_used_at';
const ACCESS_TOKEN_COLUMNS = 'id, name, created_at, last_used_at';

async function insertPasskey(exec: SqlExecutor, passkey: Passkey): Promise<void> {
  await exec.run(`INSERT INTO passkeys (${PASSKEY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, [
    passkey.id,
    passkey.accountId,
    passkey.publicKey,
    passkey.counter,
    JSON.stringify(passkey.transports),
    passkey.name,
    passkey.createdAt,
    passkey.lastUsedAt,
  ]);
}

async function insertRecoveryCodes(
  exec: SqlExecutor,
  accountId: string,
  codes: readonly string[],
): Promise<void> {
  for (const code of codes) {
    await exec.run('INSERT INTO recovery_codes (code_hash, account_id) VALUES (?, ?)', [
      await secretHash(code),
      accountId,
    ]);
  }
}

/**
 * The account store over the same SQL drivers as the diary. `deleteOwnerDiary` is the diary store's own delete-all,
 * run inside the account's deletion so that both go in one transaction.
 */
export class SqlAccountStore implements AccountStore {
  private readonly db: SqlDriver;
  private readonly deleteOwnerDiary: (tx: SqlExecutor, owner: string) => Promise<EntryCounts>;

  constructor(db: SqlDriver, deleteOwnerDiary: (tx: SqlExecutor, owner: string) => Promise<EntryCounts>) {
    this.db = db;
    this.deleteOwnerDiary = deleteOwnerDiary;
  }

  createAccount(account: Account, passkey: Passkey, recoveryCodes: readonly string[]): Promise<void> {
    return this.db.transaction(async (tx) => {
      await tx.run(`INSERT INTO accounts (${ACCOUNT_COLUMNS}) VALUES (?, ?, ?)`, [
        account.id,
        account.name,
        account.createdAt,
      ]);
      await insertPasskey(tx, passkey);
      await insertRecoveryCodes(tx, account.id, recoveryCodes);
    });
  }

  async getAccount(id: string): Promise<Account | null> {
    const [row] = await this.db.all(`SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE id = ?`, [id]);
    return row === undefined ? null : accountFromRow(row);
  }

  deleteAccount(id: string): Promise<EntryCounts> {
    return this.db.transaction(async (tx) => {
      const deleted = await this.deleteOwnerDiary(tx, id);
      // Passkeys, codes, sessions and tokens go with the account (ON DELETE CASCADE).
      await tx.run('DELETE FROM auth_challenges WHERE account_id = ?', [id]);
      await tx.run('DELETE FROM accounts WHERE id = ?', [id]);
      return deleted;
    });
  }

  addPasskey(passkey: Passkey): Promise<void> {
    return insertPasskey(this.db, passkey);
  }

  async findPasskey(credentialId: string): Promise<Passkey | null> {
    const [row] = await this.db.all(`SELECT ${PASSKEY_COLUMNS} FROM passkeys WHERE id = ?`, [credentialId]);
    return row === undefined ? null : passkeyFromRow(row);
  }

  async listPasskeys(accountId: string): Promise<Passkey[]> {
    const rows = await this.db.all(
      `SELECT ${PASSKEY_COLUMNS} FROM passkeys WHERE account_id = ? ORDER BY created_at, id`,
      [accountId],
    );
    return rows.map(passkeyFromRow);
  }

  async passkeyUsed(credentialId: string, count: number, at: string): Promise<void> {
    await this.db.run('UPDATE passkeys SET counter = ?, last_used_at = ? WHERE id = ?', [
      count,
      at,
      credentialId,
    ]);
  }

  async deletePasskey(accountId: string, credentialId: string): Promise<boolean> {
    return (
      (await this.db.run('DELETE FROM passkeys WHERE account_id = ? AND id = ?', [accountId, credentialId])) >
      0
    );
  }

  replaceRecoveryCodes(accountId: string, codes: readonly string[]): Promise<void> {
    return this.db.transaction(async (tx) => {
      await tx.run('DELETE FROM recovery_codes WHERE account_id = ?', [accountId]);
      await insertRecoveryCodes(tx, accountId, codes);
    });
  }

  useRecoveryCode(code: string): Promise<string | null> {
    return this.db.transaction(async (tx) => {
      const hash = await secretHash(code);
      const [row] = await tx.all('SELECT account_id FROM recovery_codes WHERE code_hash = ?', [hash]);
      if (row === undefined) return null;
      // Deleting it in the same transaction makes each code good for one sign-in, even when two arrive at once.
      const taken = await tx.run('DELETE FROM recovery_codes WHERE code_hash = ?', [hash]);
      return taken > 0 ? text(row, 'recovery_codes', 'account_id') : null;
    });
  }

  async recoveryCodesLeft(accountId: string): Promise<number> {
    const [row] = await this.db.all('SELECT COUNT(*) AS n FROM recovery_codes WHERE account_id = ?', [
      accountId,
    ]);
    return Number(row?.n ?? 0);
  }

  async createSession(
    accountId: string,
    secret: string,
    createdAt: string,
    expiresAt: string,
  ): Promise<void> {
    // Sessions that ran out are cleared as new ones begin, so the table holds only live sign-ins.
    await this.db.run('DELETE FROM sessions WHERE expires_at <= ?', [createdAt]);
    await this.db.run(
      'INSERT INTO sessions (secret_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
      [await secretHash(secret), accountId, createdAt, expiresAt],
    );
  }

  async sessionAccount(secret: string, now: string): Promise<Account | null> {
    const [row] = await this.db.all(
      `SELECT a.id, a.name, a.created_at FROM sessions s JOIN accounts a ON a.id = s.account_id
       WHERE s.secret_hash = ? AND s.expires_at > ?`,
      [await secretHash(secret), now],
    );
    return row === undefined ? null : accountFromRow(row);
  }

  async deleteSession(secret: string): Promise<void> {
    await this.db.run('DELETE FROM sessions WHERE secret_hash = ?', [await secretHash(secret)]);
  }

  deleteSessions(accountId: string): Promise<number> {
    return this.db.run('DELETE FROM sessions WHERE account_id = ?', [accountId]);
  }

  async createAccessToken(accountId: string, token: AccessToken, secret: string): Promise<void> {
    await this.db.run(
      'INSERT INTO access_tokens (id, account_id, secret_hash, name, created_at, last_used_at) VALUES (?, ?, ?, ?, ?, ?)',
      [token.id, accountId, await secretHash(secret), token.name, token.createdAt, token.lastUsedAt],
    );
  }

  async accessTokenAccount(secret: string, now: string): Promise<Account | null> {
    const hash = await secretHash(secret);
    const [row] = await this.db.all(
      `SELECT a.id, a.name, a.created_at, t.last_used_at FROM access_tokens t JOIN accounts a ON a.id = t.account_id
       WHERE t.secret_hash = ?`,
      [hash],
    );
    if (row === undefined) return null;
    // A script may send hundreds of requests a minute: the time of use is written at most once a minute, not once
    // per request (a durable write each, on SQLite).
    const lastUsed = nullableInstant(row, 'access_tokens', 'last_used_at');
    if (lastUsed === null || Date.parse(now) - Date.parse(lastUsed) >= USE_RECORDED_EVERY_MS) {
      await this.db.run('UPDATE access_tokens SET last_used_at = ? WHERE secret_hash = ?', [now, hash]);
    }
    return accountFromRow(row);
  }

  async listAccessTokens(accountId: string): Promise<AccessToken[]> {
    const rows = await this.db.all(
      `SELECT ${ACCESS_TOKEN_COLUMNS} FROM access_tokens WHERE account_id = ? ORDER BY created_at, id`,
      [accountId],
    );
    return rows.map(accessTokenFromRow);
  }

  async deleteAccessToken(accountId: string, id: string): Promise<boolean> {
    return (
      (await this.db.run('DELETE FROM access_tokens WHERE account_id = ? AND id = ?', [accountId, id])) > 0
    );
  }

  async saveChallenge(challenge: AuthChallenge, now: string): Promise<void> {
    // Expired challenges of abandoned sign-ins are cleared as new ones arrive, so the table stays small.
    await this.db.run('DELETE FROM auth_challenges WHERE expires_at <= ?', [now]);
    await this.db.run(
      'INSERT INTO auth_challenges (id, purpose, challenge, account_id, name, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
      [
        challenge.id,
        challenge.purpose,
        challenge.challenge,
        challenge.accountId,
        challenge.name,
        challenge.expiresAt,
      ],
    );
  }

  takeChallenge(id: string, now: string): Promise<AuthChallenge | null> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx.all(
        'SELECT id, purpose, challenge, account_id, name, expires_at FROM auth_challenges WHERE id = ?',
        [id],
      );
      if (row === undefined) return null;
      const taken = await tx.run('DELETE FROM auth_challenges WHERE id = ?', [id]);
      const challenge = challengeFromRow(row);
      return taken > 0 && challenge.expiresAt > now ? challenge : null;
    });
  }
}
