/**
 * The two WebAuthn ceremonies, through SimpleWebAuthn: making a passkey (a new account, or another passkey for one)
 * and signing in with one. Each is two requests; what the first must remember (the challenge) is kept in the store,
 * so the second may reach another server process. A challenge is good for five minutes and for one use.
 */
import { randomUUID } from 'node:crypto';
import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import type { FastifyRequest } from 'fastify';
import { type ErrorKey, NumbError, words } from '../../errors.ts';
import type { AccountStore, AuthChallenge, Passkey } from '../../store/index.ts';
import { hostName } from '../request-guard.ts';

/** Who the passkeys are for: the site's name (its host name) and its origin, as the browser sees them. */
export interface RelyingParty {
  id: string;
  origin: string;
}

const RP_NAME = 'numbcheck';
const CHALLENGE_MINUTES = 5;

/**
 * The relying party of a request, from its `Host` header (which the request guard has checked against the allowed
 * names) and its protocol (https behind a trusted TLS proxy).
 */
export function relyingPartyOf(request: FastifyRequest): RelyingParty {
  const host = request.headers.host ?? '';
  const id = hostName(host);
  // Browsers refuse passkeys for an IP address: say so rather than fail inside the browser.
  if (/^\d+\.\d+\.\d+\.\d+$/.test(id) || id.startsWith('[')) {
    throw new NumbError('NUMB_BAD_REQUEST', 'error.NUMB_BAD_REQUEST.passkeyHost', { address: id }, [
      'headers',
      'host',
    ]);
  }
  return { id, origin: `${request.protocol}://${host}` };
}

/** A ceremony in progress: its id (sent back with the answer) and the options for the browser. */
export interface Ceremony<Options> {
  flowId: string;
  options: Options;
}

/** `what` was refused; the verifier's own reason, when it gave one, is added as it said it. */
function refused(what: ErrorKey, error?: unknown): NumbError {
  if (error instanceof Error) {
    const values = { what: words(what), detail: error.message };
    return new NumbError('NUMB_SIGN_IN_FAILED', 'error.NUMB_SIGN_IN_FAILED.refusedBecause', values, [
      'credential',
    ]);
  }
  return new NumbError('NUMB_SIGN_IN_FAILED', 'error.NUMB_SIGN_IN_FAILED.refused', { what: words(what) }, [
    'credential',
  ]);
}

/** A label a person recognises, from how the browser reaches the authenticator; the dates tell two alike apart. */
export function passkeyName(transports: readonly string[]): string {
  if (transports.includes('internal')) return 'Passkey in a phone or computer';
  if (transports.includes('hybrid')) return 'Passkey on a nearby phone';
  if (transports.some((t) => t === 'usb' || t === 'nfc' || t === 'ble')) return 'Security key';
  return 'Passkey';
}

function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

export class PasskeyCeremonies {
  readonly #accounts: AccountStore;
  readonly #now: () => Date;

  constructor(accounts: AccountStore, now: () => Date) {
    this.#accounts = accounts;
    this.#now = now;
  }

  async #remember(
    purpose: AuthChallenge['purpose'],
    challenge: string,
    accountId: string | null,
    name: string | null,
  ): Promise<string> {
    const now = this.#now();
    const id = randomUUID();
    const expiresAt = new Date(now.getTime() + CHALLENGE_MINUTES * 60_000).toISOString();
    await this.#accounts.saveChallenge(
      { id, purpose, challenge, accountId, name, expiresAt },
      now.toISOString(),
    );
    return id;
  }

  async #take(flowId: string, purpose: AuthChallenge['purpose']): Promise<AuthChallenge> {
    const challenge = await this.#accounts.takeChallenge(flowId, this.#now().toISOString());
    if (challenge === null || challenge.purpose !== purpose) {
      throw new NumbError('NUMB_SIGN_IN_FAILED', 'error.NUMB_SIGN_IN_FAILED.flow', {}, ['flowId']);
    }
    return challenge;
  }

  /**
   * Options to make a passkey: for a new account (`accountId` is new, `existing` empty) or another passkey of an
   * account (its passkeys excluded, so the same authenticator is not registered twice).
   */
  async creationOptions(
    rp: RelyingParty,
    purpose: 'register' | 'add-passkey',
    account: { id: string; name: string },
    existing: readonly Passkey[],
  ): Promise<Ceremony<PublicKeyCredentialCreationOptionsJSON>> {
    const options = await generateRegistrationOptions({
      rpName: RP_NAME,
      rpID: rp.id,
      userName: account.name,
      userID: new TextEncoder().encode(account.id),
      attestationType: 'none',
      // A discoverable credential signs in without typing a name first.
      authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
      excludeCredentials: existing.map((passkey) => ({ id: passkey.id, transports: passkey.transports })),
    });
    const flowId = await this.#remember(purpose, options.challenge, account.id, account.name);
    return { flowId, options };
  }

  /** Checks a new passkey against its challenge; the passkey to store and the account it is for. */
  async verifyCreation(
    rp: RelyingParty,
    purpose: 'register' | 'add-passkey',
    flowId: string,
    credential: RegistrationResponseJSON,
  ): Promise<{ passkey: Passkey; accountName: string }> {
    const challenge = await this.#take(flowId, purpose);
    let verification: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
    try {
      verification = await verifyRegistrationResponse({
        response: credential,
        expectedChallenge: challenge.challenge,
        expectedOrigin: rp.origin,
        expectedRPID: rp.id,
        requireUserVerification: false,
      });
    } catch (error) {
      throw refused('error.NUMB_SIGN_IN_FAILED.newPasskey', error);
    }
    if (!verification.verified || challenge.accountId === null)
      throw refused('error.NUMB_SIGN_IN_FAILED.newPasskey');
    const { credential: made } = verification.registrationInfo;
    const now = this.#now().toISOString();
    return {
      passkey: {
        id: made.id,
        accountId: challenge.accountId,
        publicKey: base64url(made.publicKey),
        counter: made.counter,
        transports: made.transports ?? [],
        name: passkeyName(made.transports ?? []),
        createdAt: now,
        lastUsedAt: null,
      },
      accountName: challenge.name ?? '',
    };
  }

  async signInOptions(rp: RelyingParty): Promise<Ceremony<PublicKeyCredentialRequestOptionsJSON>> {
    const options = await generateAuthenticationOptions({ rpID: rp.id, userVerification: 'preferred' });
    const flowId = await this.#remember('sign-in', options.challenge, null, null);
    return { flowId, options };
  }

  /** Checks a sign-in; the account it signs in. The passkey's counter and time of use are recorded. */
  async verifySignIn(
    rp: RelyingParty,
    flowId: string,
    credential: AuthenticationResponseJSON,
  ): Promise<string> {
    const challenge = await this.#take(flowId, 'sign-in');
    const passkey = await this.#accounts.findPasskey(credential.id);
    if (passkey === null) throw refused('error.NUMB_SIGN_IN_FAILED.unknownPasskey');
    let verification: Awaited<ReturnType<typeof verifyAuthenticationResponse>>;
    try {
      verification = await verifyAuthenticationResponse({
        response: credential,
        expectedChallenge: challenge.challenge,
        expectedOrigin: rp.origin,
        expectedRPID: rp.id,
        credential: {
          id: passkey.id,
          publicKey: new Uint8Array(Buffer.from(passkey.publicKey, 'base64url')),
          counter: passkey.counter,
        },
        requireUserVerification: false,
      });
    } catch (error) {
      throw refused('error.NUMB_SIGN_IN_FAILED.passkey', error);
    }
    if (!verification.verified) throw refused('error.NUMB_SIGN_IN_FAILED.passkey');
    await this.#accounts.passkeyUsed(
      passkey.id,
      verification.authenticationInfo.newCounter,
      this.#now().toISOString(),
    );
    return passkey.accountId;
  }
}
