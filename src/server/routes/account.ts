/**
 * Accounts on a hosted server (`numbcheck serve --accounts`): making one with a passkey, signing in with a passkey or a
 * recovery code, signing out here or everywhere, passkeys, recovery codes and personal access tokens, and leaving:
 * export everything, then delete the account with its diary. `GET /api/v1/session` says whether the server has
 * accounts at all; without them every other route here answers 404 NUMB_ACCOUNTS_OFF.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Static } from 'typebox';
import {
  AccountDeletedSchema,
  AccountExportSchema,
  AccountViewSchema,
  CeremonySchema,
  DELETE_ACCOUNT_CONFIRMATION,
  DeleteAccountBodySchema,
  EmptyBodySchema,
  errorResponses,
  type ItemParams,
  ItemParamsSchema,
  MAX_NAME_LENGTH,
  NewTokenBodySchema,
  NewTokenSchema,
  PasskeyAddedSchema,
  RecoverBodySchema,
  RecoveryCodesSchema,
  RegisterBodySchema,
  RegisteredSchema,
  RegisterOptionsBodySchema,
  SessionSchema,
  SignedInSchema,
  SignedOutEverywhereSchema,
  SignInBodySchema,
} from '../../api/index.ts';
import { checkText } from '../../diary/index.ts';
import { NumbError } from '../../errors.ts';
import { type AccountStore, type DiaryStore, ownerDiary, type Passkey } from '../../store/index.ts';
import {
  accountsOff,
  clearSessionCookie,
  identityOf,
  sessionAccount,
  startSession,
} from '../auth/identity.ts';
import { PasskeyCeremonies, relyingPartyOf } from '../auth/passkeys.ts';
import { newAccessTokenSecret, newRecoveryCodes, normalisedRecoveryCode } from '../auth/secrets.ts';

export interface AccountRouteOptions {
  /** Whether the server has accounts (`--accounts`). */
  enabled: boolean;
  /** Where accounts and diaries live. */
  store: DiaryStore | undefined;
  /** The clock; default the system's. */
  now?: () => Date;
}

/** What the routes work with; each getter refuses with NUMB_ACCOUNTS_OFF on a server without accounts. */
interface AccountContext {
  accounts(): AccountStore;
  store(): DiaryStore;
  ceremonies(): PasskeyCeremonies;
  now(): Date;
}

/** A name as every store keeps it exactly: no NUL or other control characters, no lone surrogates. */
function storableName(name: string): string {
  return checkText(name, ['name'], MAX_NAME_LENGTH, 'NUMB_BAD_REQUEST');
}

function passkeyView(passkey: Passkey) {
  const { id, name, createdAt, lastUsedAt } = passkey;
  return { id, name, createdAt, lastUsedAt };
}

async function authRoutes(app: FastifyInstance, ctx: AccountContext): Promise<void> {
  app.post<{ Body: Static<typeof RegisterOptionsBodySchema> }>(
    '/api/v1/auth/register/options',
    {
      schema: {
        operationId: 'registerOptions',
        tags: ['accounts'],
        summary: 'Start making an account: options for a new passkey',
        body: RegisterOptionsBodySchema,
        response: { 200: CeremonySchema, ...errorResponses(400, 404) },
      },
    },
    async (request) =>
      ctx
        .ceremonies()
        .creationOptions(
          relyingPartyOf(request),
          'register',
          { id: randomUUID(), name: storableName(request.body.name) },
          [],
        ),
  );

  app.post<{ Body: Static<typeof RegisterBodySchema> }>(
    '/api/v1/auth/register',
    {
      schema: {
        operationId: 'register',
        tags: ['accounts'],
        summary: 'Make the account with its passkey, and sign in',
        description:
          'The answer holds the recovery codes, shown this once: each signs in one time when no passkey is at hand.',
        body: RegisterBodySchema,
        response: { 201: RegisteredSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const { flowId, credential } = request.body;
      const { passkey, accountName } = await ctx
        .ceremonies()
        .verifyCreation(relyingPartyOf(request), 'register', flowId, credential);
      const account = { id: passkey.accountId, name: accountName, createdAt: ctx.now().toISOString() };
      const recoveryCodes = newRecoveryCodes();
      await ctx.accounts().createAccount(account, passkey, recoveryCodes.map(normalisedRecoveryCode));
      await startSession(request, reply, ctx.accounts(), account.id, ctx.now());
      return reply.code(201).send({ account, recoveryCodes });
    },
  );

  app.post(
    '/api/v1/auth/sign-in/options',
    {
      schema: {
        operationId: 'signInOptions',
        tags: ['accounts'],
        summary: 'Start signing in: options for the passkey',
        body: EmptyBodySchema,
        response: { 200: CeremonySchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => ctx.ceremonies().signInOptions(relyingPartyOf(request)),
  );

  app.post<{ Body: Static<typeof SignInBodySchema> }>(
    '/api/v1/auth/sign-in',
    {
      schema: {
        operationId: 'signIn',
        tags: ['accounts'],
        summary: 'Sign in with a passkey',
        body: SignInBodySchema,
        response: { 200: SignedInSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const { flowId, credential } = request.body;
      const accountId = await ctx.ceremonies().verifySignIn(relyingPartyOf(request), flowId, credential);
      return signedIn(accountId, request, reply);
    },
  );

  app.post<{ Body: Static<typeof RecoverBodySchema> }>(
    '/api/v1/auth/recover',
    {
      schema: {
        operationId: 'recover',
        tags: ['accounts'],
        summary: 'Sign in with a recovery code',
        description: 'Each code works once. Add a new passkey after signing in this way.',
        body: RecoverBodySchema,
        response: { 200: SignedInSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const accountId = await ctx.accounts().useRecoveryCode(normalisedRecoveryCode(request.body.code));
      if (accountId === null) {
        throw new NumbError('NUMB_SIGN_IN_FAILED', 'error.NUMB_SIGN_IN_FAILED.recoveryCode', {}, ['code']);
      }
      return signedIn(accountId, request, reply);
    },
  );

  async function signedIn(accountId: string, request: FastifyRequest, reply: FastifyReply) {
    const account = await ctx.accounts().getAccount(accountId);
    if (account === null) throw new NumbError('NUMB_SIGN_IN_FAILED', 'error.NUMB_SIGN_IN_FAILED.deleted');
    await startSession(request, reply, ctx.accounts(), account.id, ctx.now());
    return { account, recoveryCodesLeft: await ctx.accounts().recoveryCodesLeft(account.id) };
  }

  app.post(
    '/api/v1/auth/sign-out',
    {
      schema: {
        operationId: 'signOut',
        tags: ['accounts'],
        summary: 'Sign out of this browser',
        response: { 204: { type: 'null', description: 'Signed out' }, ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      const identity = identityOf(request);
      if (identity.kind === 'account' && identity.via === 'session')
        await ctx.accounts().deleteSession(identity.sessionSecret);
      clearSessionCookie(request, reply);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/auth/sign-out-everywhere',
    {
      schema: {
        operationId: 'signOutEverywhere',
        tags: ['accounts'],
        summary: 'Sign out of every browser',
        description: 'Access tokens are not sessions: revoke them one by one.',
        response: { 200: SignedOutEverywhereSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { account } = sessionAccount(request);
      const sessionsEnded = await ctx.accounts().deleteSessions(account.id);
      clearSessionCookie(request, reply);
      return { sessionsEnded };
    },
  );
}

async function manageRoutes(app: FastifyInstance, ctx: AccountContext): Promise<void> {
  app.get(
    '/api/v1/account',
    {
      schema: {
        operationId: 'getAccount',
        tags: ['accounts'],
        summary: 'The signed-in account: its passkeys, access tokens and recovery codes left',
        response: { 200: AccountViewSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const { account } = sessionAccount(request);
      return {
        account,
        passkeys: (await ctx.accounts().listPasskeys(account.id)).map(passkeyView),
        accessTokens: await ctx.accounts().listAccessTokens(account.id),
        recoveryCodesLeft: await ctx.accounts().recoveryCodesLeft(account.id),
      };
    },
  );

  app.post(
    '/api/v1/account/passkeys/options',
    {
      schema: {
        operationId: 'passkeyOptions',
        tags: ['accounts'],
        summary: 'Start adding a passkey (another device) to the account',
        response: { 200: CeremonySchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { account } = sessionAccount(request);
      const existing = await ctx.accounts().listPasskeys(account.id);
      return ctx.ceremonies().creationOptions(relyingPartyOf(request), 'add-passkey', account, existing);
    },
  );

  app.post<{ Body: Static<typeof RegisterBodySchema> }>(
    '/api/v1/account/passkeys',
    {
      schema: {
        operationId: 'addPasskey',
        tags: ['accounts'],
        summary: 'Add the new passkey to the account',
        body: RegisterBodySchema,
        response: { 201: PasskeyAddedSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { account } = sessionAccount(request);
      const { flowId, credential } = request.body;
      const { passkey } = await ctx
        .ceremonies()
        .verifyCreation(relyingPartyOf(request), 'add-passkey', flowId, credential);
      if (passkey.accountId !== account.id) {
        throw new NumbError('NUMB_SIGN_IN_FAILED', 'error.NUMB_SIGN_IN_FAILED.otherAccount', {}, ['flowId']);
      }
      await ctx.accounts().addPasskey(passkey);
      return reply.code(201).send({ passkey: passkeyView(passkey) });
    },
  );

  app.delete<{ Params: ItemParams }>(
    '/api/v1/account/passkeys/:id',
    {
      schema: {
        operationId: 'deletePasskey',
        tags: ['accounts'],
        summary: 'Remove a passkey from the account',
        params: ItemParamsSchema,
        response: { 204: { type: 'null', description: 'Removed' }, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { account } = sessionAccount(request);
      const passkeys = await ctx.accounts().listPasskeys(account.id);
      if (!passkeys.some((passkey) => passkey.id === request.params.id)) {
        throw new NumbError('NUMB_NOT_FOUND', 'error.NUMB_NOT_FOUND.passkey', {}, ['id']);
      }
      if (passkeys.length === 1) {
        throw new NumbError('NUMB_LAST_PASSKEY', 'error.NUMB_LAST_PASSKEY.only', {}, ['id']);
      }
      await ctx.accounts().deletePasskey(account.id, request.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/account/recovery-codes',
    {
      schema: {
        operationId: 'newRecoveryCodes',
        tags: ['accounts'],
        summary: 'New recovery codes; the old ones stop working',
        response: { 201: RecoveryCodesSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { account } = sessionAccount(request);
      const recoveryCodes = newRecoveryCodes();
      await ctx.accounts().replaceRecoveryCodes(account.id, recoveryCodes.map(normalisedRecoveryCode));
      return reply.code(201).send({ recoveryCodes });
    },
  );

  app.post<{ Body: Static<typeof NewTokenBodySchema> }>(
    '/api/v1/account/tokens',
    {
      schema: {
        operationId: 'createAccessToken',
        tags: ['accounts'],
        summary: 'Create a personal access token for a script or the CLI',
        body: NewTokenBodySchema,
        response: { 201: NewTokenSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { account } = sessionAccount(request);
      const accessToken = {
        id: randomUUID(),
        name: storableName(request.body.name),
        createdAt: ctx.now().toISOString(),
        lastUsedAt: null,
      };
      const secret = newAccessTokenSecret();
      await ctx.accounts().createAccessToken(account.id, accessToken, secret);
      return reply.code(201).send({ accessToken, secret });
    },
  );

  app.delete<{ Params: ItemParams }>(
    '/api/v1/account/tokens/:id',
    {
      schema: {
        operationId: 'revokeAccessToken',
        tags: ['accounts'],
        summary: 'Revoke a personal access token',
        params: ItemParamsSchema,
        response: { 204: { type: 'null', description: 'Revoked' }, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { account } = sessionAccount(request);
      if (!(await ctx.accounts().deleteAccessToken(account.id, request.params.id))) {
        throw new NumbError('NUMB_NOT_FOUND', 'error.NUMB_NOT_FOUND.token', {}, ['id']);
      }
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/account/export',
    {
      schema: {
        operationId: 'exportAccount',
        tags: ['accounts'],
        summary:
          'Everything the server keeps of the account: the account, its passkeys, tokens and whole diary',
        description:
          'Secrets are never kept in the clear, so none are in the export. `diary` imports with POST /api/v1/import.',
        response: { 200: AccountExportSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { account } = sessionAccount(request);
      reply.header('content-disposition', 'attachment; filename="numbcheck-account.json"');
      return {
        account,
        passkeys: (await ctx.accounts().listPasskeys(account.id)).map(passkeyView),
        accessTokens: await ctx.accounts().listAccessTokens(account.id),
        diary: await ownerDiary(ctx.store(), account.id).export(),
      };
    },
  );

  app.delete<{ Body: Static<typeof DeleteAccountBodySchema> }>(
    '/api/v1/account',
    {
      schema: {
        operationId: 'deleteAccount',
        tags: ['accounts'],
        summary: 'Delete the account and its whole diary',
        description: `Cannot be undone: the body must be \`{ "confirm": "${DELETE_ACCOUNT_CONFIRMATION}" }\`. Export first to keep a copy.`,
        body: DeleteAccountBodySchema,
        response: { 200: AccountDeletedSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { account } = sessionAccount(request);
      const deleted = await ctx.accounts().deleteAccount(account.id);
      clearSessionCookie(request, reply);
      return { deleted };
    },
  );
}

async function accountPlugin(app: FastifyInstance, options: AccountRouteOptions): Promise<void> {
  const now = options.now ?? (() => new Date());
  const { store, enabled } = options;

  app.get(
    '/api/v1/session',
    {
      schema: {
        operationId: 'getSession',
        tags: ['accounts'],
        summary: 'Whether this server has accounts, and who is signed in',
        response: { 200: SessionSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const identity = identityOf(request);
      return { accounts: enabled, account: identity.kind === 'account' ? identity.account : null };
    },
  );

  const hosted = (): DiaryStore => {
    if (!enabled || store === undefined) throw accountsOff();
    return store;
  };
  const ctx: AccountContext = {
    store: hosted,
    accounts: () => hosted().accounts,
    ceremonies: () => new PasskeyCeremonies(hosted().accounts, now),
    now,
  };
  await app.register(async (scope) => {
    scope.addHook('onRequest', async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      // Without accounts every request ends here; the routes are still registered (and documented).
      hosted();
    });
    await authRoutes(scope, ctx);
    await manageRoutes(scope, ctx);
  });
}

/**
 * Registered with `app.register(accountRoutes, …)`. Not encapsulated, like the diary routes, so that its schemas reach
 * the app's OpenAPI document; its routes have their own scope.
 */
export const accountRoutes: FastifyPluginAsync<AccountRouteOptions> = Object.assign(accountPlugin, {
  [Symbol.for('skip-override')]: true,
});
