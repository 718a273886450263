import {
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  startAuthentication,
  startRegistration,
} from '@simplewebauthn/browser';
import { isRecord } from '../../../src/diary/index.ts';
import { ApiError, call } from './api.ts';

/**
 * The account calls of a server with accounts (`numbcheck serve --accounts`): the session, passkeys through the
 * browser's WebAuthn (SimpleWebAuthn's browser half), recovery codes and access tokens. Every answer is checked
 * before the screens use it, as the diary's are.
 */

export interface AccountInfo {
  id: string;
  name: string;
  createdAt: string;
}

export interface SessionInfo {
  /** Whether the server has accounts; without, the diary is the one person's of this machine. */
  accounts: boolean;
  account: AccountInfo | null;
}

export interface KeyInfo {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface AccountView {
  account: AccountInfo;
  passkeys: KeyInfo[];
  accessTokens: KeyInfo[];
  recoveryCodesLeft: number;
}

function unexpected(what: string): ApiError {
  return new ApiError(
    0,
    'UNEXPECTED',
    `The server's answer has no ${what}: is it the same numbcheck version?`,
  );
}

function text(value: unknown, key: string, what: string): string {
  const found = isRecord(value) ? value[key] : undefined;
  if (typeof found !== 'string') throw unexpected(what);
  return found;
}

function accountOf(value: unknown): AccountInfo {
  return {
    id: text(value, 'id', 'account'),
    name: text(value, 'name', 'account'),
    createdAt: text(value, 'createdAt', 'account'),
  };
}

function keyOf(value: unknown): KeyInfo {
  const lastUsedAt = isRecord(value) ? value.lastUsedAt : undefined;
  return {
    id: text(value, 'id', 'key'),
    name: text(value, 'name', 'key'),
    createdAt: text(value, 'createdAt', 'key'),
    lastUsedAt: typeof lastUsedAt === 'string' ? lastUsedAt : null,
  };
}

function listOf<T>(value: unknown, what: string, parse: (item: unknown) => T): T[] {
  if (!Array.isArray(value)) throw unexpected(what);
  return value.map(parse);
}

function codesOf(data: unknown): string[] {
  const codes = isRecord(data) ? data.recoveryCodes : undefined;
  return listOf(codes, 'recovery codes', (code) => {
    if (typeof code !== 'string') throw unexpected('recovery codes');
    return code;
  });
}

/** The server's options to make a passkey, as far as the browser needs them to be of the right shape. */
function isCreationOptions(value: unknown): value is PublicKeyCredentialCreationOptionsJSON {
  return (
    isRecord(value) &&
    typeof value.challenge === 'string' &&
    isRecord(value.rp) &&
    isRecord(value.user) &&
    typeof value.user.id === 'string' &&
    Array.isArray(value.pubKeyCredParams)
  );
}

function isRequestOptions(value: unknown): value is PublicKeyCredentialRequestOptionsJSON {
  return isRecord(value) && typeof value.challenge === 'string';
}

function ceremonyOf<T>(
  data: unknown,
  isOptions: (value: unknown) => value is T,
): { flowId: string; options: T } {
  const options = isRecord(data) ? data.options : undefined;
  if (!isOptions(options)) throw unexpected('passkey options');
  return { flowId: text(data, 'flowId', 'passkey request'), options };
}

/** What the browser says when the person cancels the passkey dialog, in words they can act on. */
function passkeyProblem(error: unknown): ApiError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'AbortError')
    return new ApiError(0, 'PASSKEY_CANCELLED', 'The passkey request was cancelled or timed out. Try again.');
  if (name === 'InvalidStateError')
    return new ApiError(0, 'PASSKEY_EXISTS', 'This device already holds a passkey for this account.');
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError(0, 'PASSKEY_FAILED', `The passkey could not be used: ${message}`);
}

async function createPasskey(
  optionsPath: string,
  body: unknown,
): Promise<{ flowId: string; credential: unknown }> {
  const { flowId, options } = ceremonyOf(await call('POST', optionsPath, body), isCreationOptions);
  try {
    const credential = await startRegistration({ optionsJSON: options });
    return { flowId, credential };
  } catch (error) {
    throw passkeyProblem(error);
  }
}

export const accountApi = {
  async session(): Promise<SessionInfo> {
    const data = await call('GET', '/session');
    if (!isRecord(data) || typeof data.accounts !== 'boolean') throw unexpected('session');
    return { accounts: data.accounts, account: data.account === null ? null : accountOf(data.account) };
  },
  /** Makes an account with a new passkey on this device; the recovery codes, to show once. */
  async register(name: string): Promise<{ account: AccountInfo; recoveryCodes: string[] }> {
    const made = await createPasskey('/auth/register/options', { name });
    const data = await call('POST', '/auth/register', made);
    return { account: accountOf(isRecord(data) ? data.account : undefined), recoveryCodes: codesOf(data) };
  },
  async signIn(): Promise<AccountInfo> {
    const { flowId, options } = ceremonyOf(await call('POST', '/auth/sign-in/options', {}), isRequestOptions);
    let credential: unknown;
    try {
      credential = await startAuthentication({ optionsJSON: options });
    } catch (error) {
      throw passkeyProblem(error);
    }
    const data = await call('POST', '/auth/sign-in', { flowId, credential });
    return accountOf(isRecord(data) ? data.account : undefined);
  },
  async recover(code: string): Promise<AccountInfo> {
    const data = await call('POST', '/auth/recover', { code });
    return accountOf(isRecord(data) ? data.account : undefined);
  },
  async signOut(): Promise<void> {
    await call('POST', '/auth/sign-out');
  },
  async signOutEverywhere(): Promise<number> {
    const data = await call('POST', '/auth/sign-out-everywhere');
    const ended = isRecord(data) ? data.sessionsEnded : undefined;
    if (typeof ended !== 'number') throw unexpected('count of sign-ins ended');
    return ended;
  },
  async view(): Promise<AccountView> {
    const data = await call('GET', '/account');
    const left = isRecord(data) ? data.recoveryCodesLeft : undefined;
    if (!isRecord(data) || typeof left !== 'number') throw unexpected('account');
    return {
      account: accountOf(data.account),
      passkeys: listOf(data.passkeys, 'passkeys', keyOf),
      accessTokens: listOf(data.accessTokens, 'access tokens', keyOf),
      recoveryCodesLeft: left,
    };
  },
  async addPasskey(): Promise<void> {
    const made = await createPasskey('/account/passkeys/options', undefined);
    await call('POST', '/account/passkeys', made);
  },
  async removePasskey(id: string): Promise<void> {
    await call('DELETE', `/account/passkeys/${encodeURIComponent(id)}`);
  },
  async newRecoveryCodes(): Promise<string[]> {
    return codesOf(await call('POST', '/account/recovery-codes'));
  },
  /** A new access token; its secret, to show once. */
  async createToken(name: string): Promise<string> {
    return text(await call('POST', '/account/tokens', { name }), 'secret', 'access token');
  },
  async revokeToken(id: string): Promise<void> {
    await call('DELETE', `/account/tokens/${encodeURIComponent(id)}`);
  },
  async deleteAccount(): Promise<void> {
    await call('DELETE', '/account', { confirm: 'delete my account' });
  },
};
