/**
 * The secrets of accounts: session cookies, personal access tokens and recovery codes. Each is random from the
 * system's generator; the store keeps only its hash (src/store/sql-account-store.ts).
 */
import { randomBytes, randomInt } from 'node:crypto';

/** The cookie that holds a browser's session. */
export const SESSION_COOKIE = 'numbcheck_session';

/** How long a sign-in lasts: a month, as a health diary is opened every few days, not every few hours. */
export const SESSION_DAYS = 30;

/** Access tokens start with this, so that one pasted somewhere it should not be is easy to recognise and scan for. */
export const ACCESS_TOKEN_PREFIX = 'nc_pat_';

/** How many recovery codes an account gets: one for each lost device, with room to spare. */
export const RECOVERY_CODE_COUNT = 10;

/** Crockford's base32: no I, L, O or U, so a code copied by hand or read aloud is not misread. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 12 characters of 32 is 60 bits: out of reach of guessing under the sign-in rate limit. */
const CODE_LENGTH = 12;

/** 256 random bits, URL-safe: a session or the body of a token. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function newAccessTokenSecret(): string {
  return `${ACCESS_TOKEN_PREFIX}${newSecret()}`;
}

/** A recovery code as the person sees it, in groups of four: `7K2M-9QXD-4HRT`. */
export function newRecoveryCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code.match(/.{4}/g)?.join('-') ?? code;
}

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
}

/**
 * A recovery code as it is stored and compared: upper case, without dashes or spaces, with the letters people
 * confuse with digits read as those digits (O → 0, I and L → 1).
 */
export function normalisedRecoveryCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}
