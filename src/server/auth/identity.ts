/**
 * Who is asking. Without accounts, every request is the one person of this machine (`DEFAULT_OWNER`). With accounts,
 * a request is signed in by its session cookie (a browser) or by a personal access token (`Authorization: Bearer`, a
 * script or the CLI), or it is anonymous: it may assess, but it has no diary.
 */
import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { NumbError } from '../../errors.ts';
import { type Account, type AccountStore, DEFAULT_OWNER } from '../../store/index.ts';
import { ACCESS_TOKEN_PREFIX, newSecret, SESSION_COOKIE, SESSION_DAYS } from './secrets.ts';

export type Identity =
  | { kind: 'local' }
  | { kind: 'anonymous' }
  | { kind: 'account'; account: Account; via: 'session'; sessionSecret: string }
  | { kind: 'account'; account: Account; via: 'token' };

/** Who sent each request in flight; set by the hook of `identifyRequests` before any route runs. */
const identities = new WeakMap<FastifyRequest, Identity>();

const LOCAL: Identity = { kind: 'local' };
const ANONYMOUS: Identity = { kind: 'anonymous' };

export interface IdentityOptions {
  /** The accounts, or null when the server runs without them. */
  accounts: AccountStore | null;
  now: () => Date;
}

async function readIdentity(request: FastifyRequest, accounts: AccountStore, now: string): Promise<Identity> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const secret = match?.[1];
    const account =
      secret?.startsWith(ACCESS_TOKEN_PREFIX) === true
        ? await accounts.accessTokenAccount(secret, now)
        : null;
    // A token that is wrong is an error, not a quiet anonymous request: a script must learn that it was refused.
    if (account === null) {
      const values = { prefix: ACCESS_TOKEN_PREFIX };
      throw new NumbError('NUMB_SIGN_IN_FAILED', 'error.NUMB_SIGN_IN_FAILED.token', values, [
        'headers',
        'authorization',
      ]);
    }
    return { kind: 'account', account, via: 'token' };
  }
  const sessionSecret = request.cookies[SESSION_COOKIE];
  if (sessionSecret === undefined || sessionSecret === '') return ANONYMOUS;
  const account = await accounts.sessionAccount(sessionSecret, now);
  return account === null ? ANONYMOUS : { kind: 'account', account, via: 'session', sessionSecret };
}

/** Sets `request.identity` on every API request, first thing after the request guard. */
export function identifyRequests(app: FastifyInstance, options: IdentityOptions): void {
  const { accounts } = options;
  app.addHook('onRequest', async (request) => {
    if (accounts === null) identities.set(request, LOCAL);
    // Pages and static files need no one: no database lookup for them.
    else if (request.url.startsWith('/api/'))
      identities.set(request, await readIdentity(request, accounts, options.now().toISOString()));
  });
}

/** Who sent the request: anonymous unless `identifyRequests` found someone. */
export function identityOf(request: FastifyRequest): Identity {
  return identities.get(request) ?? ANONYMOUS;
}

/** Whose diary the request may use; refuses an anonymous request on a server with accounts. */
export function ownerOf(request: FastifyRequest): string {
  const identity = identityOf(request);
  if (identity.kind === 'local') return DEFAULT_OWNER;
  if (identity.kind === 'account') return identity.account.id;
  throw new NumbError('NUMB_SIGN_IN_REQUIRED', 'error.NUMB_SIGN_IN_REQUIRED.diary');
}

/**
 * The account signed in with a passkey in this browser. Managing the account (tokens, passkeys, deleting it) needs
 * that: a token lost by a script must not be able to mint more tokens or delete the account.
 */
export function sessionAccount(request: FastifyRequest): { account: Account; sessionSecret: string } {
  const identity = identityOf(request);
  if (identity.kind === 'account' && identity.via === 'session') return identity;
  if (identity.kind === 'account') {
    throw new NumbError('NUMB_SESSION_REQUIRED', 'error.NUMB_SESSION_REQUIRED.token', {}, [
      'headers',
      'authorization',
    ]);
  }
  if (identity.kind === 'local') throw accountsOff();
  throw new NumbError('NUMB_SIGN_IN_REQUIRED', 'error.NUMB_SIGN_IN_REQUIRED.account');
}

/** The error for an account route on a server without accounts. */
export function accountsOff(): NumbError {
  return new NumbError('NUMB_ACCOUNTS_OFF', 'error.NUMB_ACCOUNTS_OFF.local');
}

/** Signs the browser in: a new session in the store, and its secret in an HttpOnly, SameSite=Strict cookie. */
export async function startSession(
  request: FastifyRequest,
  reply: FastifyReply,
  accounts: AccountStore,
  accountId: string,
  now: Date,
): Promise<void> {
  const secret = newSecret();
  const expires = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await accounts.createSession(accountId, secret, now.toISOString(), expires.toISOString());
  reply.setCookie(SESSION_COOKIE, secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    // Behind TLS (directly, or a proxy trusted with --trust-proxy) the cookie is never sent in the clear.
    secure: request.protocol === 'https',
    maxAge: SESSION_DAYS * 86_400,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
  });
}
