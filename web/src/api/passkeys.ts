/**
 * Passkeys in the browser, through SimpleWebAuthn's browser half (the server uses its server half), for the account
 * calls; and what the browser says when the person cancels the dialog, as an ApiError they can act on.
 */
import {
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  startAuthentication,
  startRegistration,
} from '@simplewebauthn/browser';
import { t } from '../language.ts';
import { accountClient, type Passkeys } from './accounts.ts';
import { ApiError, BROWSER } from './client.ts';

function passkeyProblem(error: unknown): ApiError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'AbortError')
    return new ApiError(0, 'PASSKEY_CANCELLED', t('webDiary.passkey.cancelled'));
  if (name === 'InvalidStateError') return new ApiError(0, 'PASSKEY_EXISTS', t('webDiary.passkey.exists'));
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError(0, 'PASSKEY_FAILED', t('webDiary.passkey.failed', { message }));
}

/**
 * The browser's WebAuthn. The options are WebAuthn's JSON form, made by SimpleWebAuthn's server half for this, its
 * browser half: the API's schema leaves their inside open, so they are handed over as they came. A new passkey's
 * `transports` are any strings to SimpleWebAuthn and a known list to the API's schema: the server checks them.
 */
export const browserPasskeys: Passkeys = {
  async create(options) {
    try {
      const credential = await startRegistration({
        optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON,
      });
      return credential as Awaited<ReturnType<Passkeys['create']>>;
    } catch (error) {
      throw passkeyProblem(error);
    }
  },
  async get(options) {
    try {
      return await startAuthentication({
        optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON,
      });
    } catch (error) {
      throw passkeyProblem(error);
    }
  },
};

/** The accounts of the server that served the app. */
export const accountApi = accountClient(BROWSER, browserPasskeys);
