/**
 * The account calls of a server with accounts (`numbcheck serve --accounts`): the session, passkeys, recovery codes
 * and access tokens. The passkey itself is made and used by `passkeys` (the browser's WebAuthn, see passkeys.ts),
 * between the server's options and the server's check. Requests and replies are the API's schemas' types (src/api).
 */
import type { Static } from 'typebox';
import type {
  AccountDeletedSchema,
  AccountViewSchema,
  AuthenticationCredentialSchema,
  CeremonySchema,
  DeleteAccountBodySchema,
  NewTokenBodySchema,
  NewTokenSchema,
  PasskeyAddedSchema,
  RecoverBodySchema,
  RecoveryCodesSchema,
  RegisteredSchema,
  RegistrationCredentialSchema,
  SessionSchema,
  SignedInSchema,
  SignedOutEverywhereSchema,
} from '../../../src/api/index.ts';
import { type ApiTransport, request } from './client.ts';

export type Session = Static<typeof SessionSchema>;
export type AccountInfo = Static<typeof SessionSchema>['account'] & {};
export type AccountView = Static<typeof AccountViewSchema>;
export type KeyInfo = AccountView['passkeys'][number] | AccountView['accessTokens'][number];
export type CeremonyOptions = Static<typeof CeremonySchema>['options'];
export type DeleteAccountBody = Static<typeof DeleteAccountBodySchema>;

/** What makes and uses passkeys: the browser's WebAuthn in the app, a software authenticator in tests. */
export interface Passkeys {
  create(options: CeremonyOptions): Promise<Static<typeof RegistrationCredentialSchema>>;
  get(options: CeremonyOptions): Promise<Static<typeof AuthenticationCredentialSchema>>;
}

/** The account calls over `transport`, with `passkeys` for the passkey ceremonies. */
export function accountClient(transport: ApiTransport, passkeys: Passkeys) {
  const ceremony = (path: string, body: unknown) =>
    request<Static<typeof CeremonySchema>>(transport, 'POST', path, body);
  return {
    session: () => request<Session>(transport, 'GET', '/session'),
    /** Makes an account with a new passkey and signs in; the recovery codes, to show once. */
    register: async (name: string) => {
      const { flowId, options } = await ceremony('/auth/register/options', { name });
      const credential = await passkeys.create(options);
      return request<Static<typeof RegisteredSchema>>(transport, 'POST', '/auth/register', {
        flowId,
        credential,
      });
    },
    signIn: async () => {
      const { flowId, options } = await ceremony('/auth/sign-in/options', {});
      const credential = await passkeys.get(options);
      return request<Static<typeof SignedInSchema>>(transport, 'POST', '/auth/sign-in', {
        flowId,
        credential,
      });
    },
    /** Signs in with a recovery code, which is then used up. */
    recover: (body: Static<typeof RecoverBodySchema>) =>
      request<Static<typeof SignedInSchema>>(transport, 'POST', '/auth/recover', body),
    signOut: async (): Promise<void> => {
      await request<null>(transport, 'POST', '/auth/sign-out');
    },
    signOutEverywhere: () =>
      request<Static<typeof SignedOutEverywhereSchema>>(transport, 'POST', '/auth/sign-out-everywhere'),
    view: () => request<AccountView>(transport, 'GET', '/account'),
    /** Adds a passkey of this device to the signed-in account. */
    addPasskey: async () => {
      const { flowId, options } = await request<Static<typeof CeremonySchema>>(
        transport,
        'POST',
        '/account/passkeys/options',
      );
      const credential = await passkeys.create(options);
      return request<Static<typeof PasskeyAddedSchema>>(transport, 'POST', '/account/passkeys', {
        flowId,
        credential,
      });
    },
    removePasskey: async (id: string): Promise<void> => {
      await request<null>(transport, 'DELETE', `/account/passkeys/${encodeURIComponent(id)}`);
    },
    /** New recovery codes, replacing all the old ones; to show once. */
    newRecoveryCodes: () =>
      request<Static<typeof RecoveryCodesSchema>>(transport, 'POST', '/account/recovery-codes'),
    /** A new access token, with its secret to show once. */
    createToken: (body: Static<typeof NewTokenBodySchema>) =>
      request<Static<typeof NewTokenSchema>>(transport, 'POST', '/account/tokens', body),
    revokeToken: async (id: string): Promise<void> => {
      await request<null>(transport, 'DELETE', `/account/tokens/${encodeURIComponent(id)}`);
    },
    /** Deletes the account and its whole diary; the counts of the entries deleted. */
    deleteAccount: (body: DeleteAccountBody) =>
      request<Static<typeof AccountDeletedSchema>>(transport, 'DELETE', '/account', body),
  };
}

export type AccountClient = ReturnType<typeof accountClient>;
