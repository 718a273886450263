import type { EntryCounts } from './store.ts';

/** A person's account on a hosted numbcheck. Its id is the owner of its diary rows. */
export interface Account {
  id: string;
  /** What the person called the account when they made it; shown back to them, never to anyone else. */
  name: string;
  createdAt: string;
}

/** A passkey (a WebAuthn credential) that signs in to an account. */
export interface Passkey {
  /** The credential id, base64url, as the authenticator made it. */
  id: string;
  accountId: string;
  /** The credential's public key (COSE), base64url. */
  publicKey: string;
  /** The authenticator's signature counter; a sign-in with a counter that went backwards is refused. */
  counter: number;
  /** How the browser can reach the authenticator (usb, internal, hybrid …), as it said at registration. */
  transports: string[];
  /** A label the person can recognise, such as "Security key" (passkeyName). */
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** A personal access token as its owner sees it: never the secret, which is shown once and stored hashed. */
export interface AccessToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** What a WebAuthn ceremony in progress must remember between its two requests, possibly on two servers. */
export interface AuthChallenge {
  id: string;
  purpose: 'register' | 'sign-in' | 'add-passkey';
  /** base64url, as the browser signs it. */
  challenge: string;
  /** The account being made (register) or added to (add-passkey); null for sign-in. */
  accountId: string | null;
  /** The name asked for the new account (register only). */
  name: string | null;
  expiresAt: string;
}

/**
 * Accounts, their passkeys, recovery codes, sign-in sessions and personal access tokens, in the same database as the
 * diaries, so that any number of server processes share them. Every secret (session, token, recovery code) is given
 * to the store in the clear and kept only as its SHA-256 hash: a copy of the database signs no one in.
 */
export interface AccountStore {
  /** Makes an account with its first passkey and its recovery codes, in one transaction. */
  createAccount(account: Account, passkey: Passkey, recoveryCodes: readonly string[]): Promise<void>;
  getAccount(id: string): Promise<Account | null>;
  /** Deletes the account, its passkeys, sessions, tokens and codes, and every entry of its diary, in one transaction. */
  deleteAccount(id: string): Promise<EntryCounts>;

  addPasskey(passkey: Passkey): Promise<void>;
  findPasskey(credentialId: string): Promise<Passkey | null>;
  listPasskeys(accountId: string): Promise<Passkey[]>;
  /** Records a sign-in: the new counter and the time. */
  passkeyUsed(credentialId: string, counter: number, at: string): Promise<void>;
  /** Deletes one of the account's passkeys; false if it has none with this id. */
  deletePasskey(accountId: string, credentialId: string): Promise<boolean>;

  /** Replaces every recovery code of the account with new ones. */
  replaceRecoveryCodes(accountId: string, codes: readonly string[]): Promise<void>;
  /** Uses up a recovery code: the account it belonged to, or null if no account has it unused. */
  useRecoveryCode(code: string): Promise<string | null>;
  /** How many of the account's recovery codes are left. */
  recoveryCodesLeft(accountId: string): Promise<number>;

  createSession(accountId: string, secret: string, createdAt: string, expiresAt: string): Promise<void>;
  /** The account a session secret signs in, or null if there is none or it expired at `now`. */
  sessionAccount(secret: string, now: string): Promise<Account | null>;
  deleteSession(secret: string): Promise<void>;
  /** Signs the account out everywhere; returns how many sessions there were. */
  deleteSessions(accountId: string): Promise<number>;

  createAccessToken(accountId: string, token: AccessToken, secret: string): Promise<void>;
  /** The account a token secret belongs to, recording its use at `now`; null if there is none. */
  accessTokenAccount(secret: string, now: string): Promise<Account | null>;
  listAccessTokens(accountId: string): Promise<AccessToken[]>;
  deleteAccessToken(accountId: string, id: string): Promise<boolean>;

  /** Keeps a challenge until it is taken or expires; clears those expired at `now`. */
  saveChallenge(challenge: AuthChallenge, now: string): Promise<void>;
  /** Takes a challenge out (each is used once): null if there is none or it expired at `now`. */
  takeChallenge(id: string, now: string): Promise<AuthChallenge | null>;
}
