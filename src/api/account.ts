/**
 * JSON schemas of the account routes (src/server/routes/account.ts), with TypeBox like the diary's. The WebAuthn
 * objects are checked for their shape here and for their content by SimpleWebAuthn. The store's account types are
 * checked against them in src/server/schemas-match.ts.
 */
import Type from 'typebox';
import { CountsSchema, DiaryDocumentShared } from './diary.ts';
import { closed } from './shared.ts';

/** Names are shown back to their owner only; the limit keeps them to a line. */
export const MAX_NAME_LENGTH = 100;

/** The phrase that confirms deleting an account, as the diary's delete-all has its own. */
export const DELETE_ACCOUNT_CONFIRMATION = 'delete my account';

const Instant = Type.String({ description: 'A UTC instant, ISO 8601 with milliseconds' });
const Name = (description: string) => Type.String({ minLength: 1, maxLength: MAX_NAME_LENGTH, description });
const Base64Url = (description: string) =>
  Type.String({ minLength: 1, maxLength: 4096, pattern: '^[A-Za-z0-9_-]+$', description });
const Open = (description: string) => Type.Object({}, { additionalProperties: true, description });

export const AccountSchema = Type.Object(
  {
    id: Type.String({ description: 'The account id; its diary entries belong to it' }),
    name: Type.String({ description: 'The name given when the account was made' }),
    createdAt: Instant,
  },
  closed,
);

export const AccessTokenSchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String({ description: 'What the token is for, as its owner named it' }),
    createdAt: Instant,
    lastUsedAt: Type.Union([Instant, Type.Null()]),
  },
  closed,
);

const PasskeyViewSchema = Type.Object(
  {
    id: Type.String({ description: 'The credential id, base64url' }),
    name: Type.String(),
    createdAt: Instant,
    lastUsedAt: Type.Union([Instant, Type.Null()]),
  },
  closed,
);

const TRANSPORTS = ['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb'] as const;

/** A new passkey as `navigator.credentials.create` gives it, in WebAuthn's JSON form (`RegistrationResponseJSON`). */
export const RegistrationCredentialSchema = Type.Object(
  {
    id: Base64Url('The credential id'),
    rawId: Base64Url('The credential id again'),
    type: Type.Literal('public-key'),
    response: Type.Object(
      {
        clientDataJSON: Base64Url('What the browser signed'),
        attestationObject: Base64Url('The new public key and how it was made'),
        authenticatorData: Type.Optional(Base64Url('The authenticator data')),
        transports: Type.Optional(Type.Array(Type.Enum(TRANSPORTS), { maxItems: 10 })),
        publicKeyAlgorithm: Type.Optional(Type.Integer()),
        publicKey: Type.Optional(Base64Url('The public key, SPKI')),
      },
      { additionalProperties: true },
    ),
    authenticatorAttachment: Type.Optional(Type.Enum(['platform', 'cross-platform'])),
    clientExtensionResults: Type.Object({}, { additionalProperties: true }),
  },
  { additionalProperties: true, description: 'The result of navigator.credentials.create(), as JSON' },
);

/** A passkey's answer to a sign-in, as `navigator.credentials.get` gives it (`AuthenticationResponseJSON`). */
export const AuthenticationCredentialSchema = Type.Object(
  {
    id: Base64Url('The credential id'),
    rawId: Base64Url('The credential id again'),
    type: Type.Literal('public-key'),
    response: Type.Object(
      {
        clientDataJSON: Base64Url('What the browser signed'),
        authenticatorData: Base64Url('The authenticator data'),
        signature: Base64Url('The signature'),
        userHandle: Type.Optional(Type.String({ maxLength: 4096 })),
      },
      { additionalProperties: true },
    ),
    authenticatorAttachment: Type.Optional(Type.Enum(['platform', 'cross-platform'])),
    clientExtensionResults: Type.Object({}, { additionalProperties: true }),
  },
  { additionalProperties: true, description: 'The result of navigator.credentials.get(), as JSON' },
);

const FlowId = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: '^[A-Za-z0-9-]+$',
  description: 'The `flowId` of the options',
});

export const RegisterOptionsBodySchema = Type.Object(
  { name: Name('A name for the account, shown only to its owner (a first name, a nickname)') },
  closed,
);
export const CeremonySchema = Type.Object(
  {
    flowId: Type.String({ description: 'Send it back with the credential, within five minutes' }),
    options: Open('The options for navigator.credentials.create() or .get(), in WebAuthn JSON form'),
  },
  closed,
);
export const RegisterBodySchema = Type.Object(
  { flowId: FlowId, credential: RegistrationCredentialSchema },
  closed,
);
export const SignInBodySchema = Type.Object(
  { flowId: FlowId, credential: AuthenticationCredentialSchema },
  closed,
);
export const RecoverBodySchema = Type.Object(
  {
    code: Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'One of the recovery codes, such as 7K2M-9QXD-4HRT',
    }),
  },
  closed,
);
export const EmptyBodySchema = Type.Object({}, closed);

const RecoveryCodes = Type.Array(Type.String(), {
  description: 'Shown this once: each signs in one time when no passkey is at hand',
});

export const RegisteredSchema = Type.Object({ account: AccountSchema, recoveryCodes: RecoveryCodes }, closed);
export const SignedInSchema = Type.Object(
  {
    account: AccountSchema,
    recoveryCodesLeft: Type.Integer({ description: 'How many unused recovery codes the account has' }),
  },
  closed,
);
export const SessionSchema = Type.Object(
  {
    accounts: Type.Boolean({
      description: 'Whether this server has accounts; without, the diary needs no sign-in',
    }),
    account: Type.Union([AccountSchema, Type.Null()], { description: 'The signed-in account, or null' }),
  },
  closed,
);
export const SignedOutEverywhereSchema = Type.Object(
  { sessionsEnded: Type.Integer({ description: 'How many sign-ins were ended, this one included' }) },
  closed,
);
export const AccountViewSchema = Type.Object(
  {
    account: AccountSchema,
    passkeys: Type.Array(PasskeyViewSchema),
    accessTokens: Type.Array(AccessTokenSchema),
    recoveryCodesLeft: Type.Integer(),
  },
  closed,
);
export const PasskeyAddedSchema = Type.Object({ passkey: PasskeyViewSchema }, closed);
export const RecoveryCodesSchema = Type.Object({ recoveryCodes: RecoveryCodes }, closed);
export const NewTokenBodySchema = Type.Object(
  { name: Name('What the token is for, such as "laptop CLI"') },
  closed,
);
export const NewTokenSchema = Type.Object(
  {
    accessToken: AccessTokenSchema,
    secret: Type.String({
      description: 'Shown this once. Send it as `Authorization: Bearer <secret>`; only its hash is kept',
    }),
  },
  closed,
);
export const ItemParamsSchema = Type.Object(
  {
    id: Type.String({
      minLength: 1,
      maxLength: 4096,
      pattern: '^[A-Za-z0-9_-]+$',
      description: 'base64url or a UUID',
    }),
  },
  closed,
);
export type ItemParams = Type.Static<typeof ItemParamsSchema>;
export const AccountExportSchema = Type.Object(
  {
    account: AccountSchema,
    passkeys: Type.Array(PasskeyViewSchema),
    accessTokens: Type.Array(AccessTokenSchema),
    diary: DiaryDocumentShared.ref,
  },
  closed,
);
export const DeleteAccountBodySchema = Type.Object(
  {
    confirm: Type.Literal(DELETE_ACCOUNT_CONFIRMATION, {
      description: `Deleting an account cannot be undone: send { "confirm": "${DELETE_ACCOUNT_CONFIRMATION}" }`,
    }),
  },
  closed,
);
export const AccountDeletedSchema = Type.Object(
  { deleted: CountsSchema },
  { ...closed, description: 'The diary entries deleted with the account' },
);
