/**
 * How the web app talks to numbcheck's HTTP API: JSON in and out, with the cookies of its own origin (the sign-in of a
 * server with accounts), and one error, ApiError, for everything that can go wrong. The replies are typed by the
 * API's schemas (src/api) and not checked again here: the app is served by the server it calls, and the client's
 * tests check every reply against those schemas.
 */
import { CLIENT_HEADER, type ErrorBody } from '../../../src/api/index.ts';
import { ERRORS, type ErrorCode } from '../../../src/errors.ts';
import { t, webLanguage } from '../language.ts';

/** Where the API is, on the origin that served the app. */
export const API = '/api/v1';

/** Where requests go and how they are sent: the browser's fetch, or in tests a fetch that keeps cookies. */
export interface ApiTransport {
  base: string;
  fetch(url: string, init: RequestInit): Promise<Response>;
}

export const BROWSER: ApiTransport = {
  base: API,
  fetch: (url, init) => fetch(url, { ...init, credentials: 'same-origin' }),
};

/** The codes of failures that are not the server's: no answer, an answer not from numbcheck, a passkey refused. */
export type ClientErrorCode =
  | 'NETWORK'
  | 'NOT_NUMBCHECK'
  | 'PASSKEY_CANCELLED'
  | 'PASSKEY_EXISTS'
  | 'PASSKEY_FAILED';

/**
 * A request that did not work. From the server: its error reply's code, message and path (where the bad value is),
 * with the HTTP status. Otherwise one of the client's codes, with status 0 when nothing answered.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode;
  readonly path: (string | number)[];

  constructor(
    status: number,
    code: ErrorCode | ClientErrorCode,
    message: string,
    path: (string | number)[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.path = path;
  }

  /**
   * The diary cannot be used here: the server runs without a diary store (503), or no numbcheck API answers at all,
   * as when the app is served as plain files (a 404 that is not numbcheck's). Not the browser's own diary failing to
   * open (status 0, web/src/api/local-diary.ts): its message says why, and what to do.
   */
  get unavailable(): boolean {
    return (
      this.status === 503 ||
      (this.code === 'NUMB_STORE_UNAVAILABLE' && this.status !== 0) ||
      (this.status === 404 && this.code === 'NOT_NUMBCHECK')
    );
  }

  /** The server has accounts and this browser is not signed in (or its sign-in has ended). */
  get signedOut(): boolean {
    return this.code === 'NUMB_SIGN_IN_REQUIRED';
  }
}

/** The person's UTC offset now, in minutes (+60 in Central European winter time). */
export function currentOffset(): number {
  return -new Date().getTimezoneOffset();
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERRORS, code);
}

/** The server's error reply, when the body is one; numbcheck's own replies always are. */
function errorReply(body: unknown): ErrorBody['error'] | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null;
  const error = body.error;
  if (typeof error !== 'object' || error === null) return null;
  if (!('code' in error) || typeof error.code !== 'string') return null;
  if (!('message' in error) || typeof error.message !== 'string') return null;
  const path = 'path' in error && Array.isArray(error.path) ? error.path : [];
  return {
    code: error.code,
    message: error.message,
    path: path.filter(
      (part): part is string | number => typeof part === 'string' || typeof part === 'number',
    ),
  };
}

/**
 * One request: resolves with the reply's JSON as the route's schema types it (null for 204), rejects with an
 * ApiError. A request without a body carries the client header, without which the server refuses a change that
 * could have come from another site's form (src/server/request-guard.ts). Every request says the language the app
 * speaks (Accept-Language), so that the server answers, and words its errors, in it.
 */
export async function request<Reply>(
  transport: ApiTransport,
  method: Method,
  path: string,
  body?: unknown,
): Promise<Reply> {
  let response: Response;
  try {
    response = await transport.fetch(`${transport.base}${path}`, {
      method,
      headers: {
        'accept-language': webLanguage(),
        ...(body === undefined ? { [CLIENT_HEADER]: 'web' } : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', t('web.api.network'));
  }
  const text = await response.text();
  const data = text === '' ? null : parsed(text);
  if (!response.ok) {
    const error = errorReply(data);
    if (error === null || !isErrorCode(error.code))
      throw new ApiError(
        response.status,
        'NOT_NUMBCHECK',
        t('web.api.answered', { status: response.status }),
      );
    throw new ApiError(response.status, error.code, error.message, error.path);
  }
  if (data === undefined) throw new ApiError(response.status, 'NOT_NUMBCHECK', t('web.api.notJson'));
  // Typed by the route's schema: the server serialises every reply with it.
  return data as Reply;
}

/** What a person reads for a failed request: the message, with where the problem is when the server said. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    // A server without a diary, or no numbcheck server; the browser's own store (status 0) says why it cannot open.
    if (error.unavailable && error.status !== 0) return t('web.api.noDiary');
    if (error.signedOut) return t('web.api.signedOut');
    const where = error.path.length > 0 ? `${error.path.join('.')}: ` : '';
    return error.message.startsWith(`"${error.path.join('.')}"`) ? error.message : `${where}${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}
