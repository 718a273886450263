/**
 * For the tests of a server with accounts: a client that keeps its session cookie as a browser would (or sends an
 * access token as a script would), and the sign-up and sign-in ceremonies done with a software authenticator.
 */
import assert from 'node:assert/strict';
import { CLIENT_HEADER } from '../request-guard.ts';
import { SoftwareAuthenticator } from './software-authenticator.ts';

export interface Reply {
  status: number;
  json: unknown;
  headers: Headers;
  /** The body as it came, to search for what must not be in it. */
  text: string;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field of a JSON reply, failing the test if it is not there. */
export function field(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    assert.ok(isRecord(current) && key in current, `missing ${keys.join('.')} in ${JSON.stringify(value)}`);
    current = current[key];
  }
  return current;
}

export function listField(value: unknown, ...keys: string[]): unknown[] {
  const found = field(value, ...keys);
  assert.ok(Array.isArray(found), `${keys.join('.')} is a list`);
  return found;
}

export function textField(value: unknown, ...keys: string[]): string {
  const found = field(value, ...keys);
  assert.equal(typeof found, 'string', keys.join('.'));
  return String(found);
}

/** One person's browser (cookie) or script (token) talking to the server at `base` (http://localhost:PORT). */
export class AccountClient {
  readonly base: string;
  readonly authenticator = new SoftwareAuthenticator();
  /** The session cookie, as `name=value`, once signed in. */
  cookie: string | undefined;
  /** A personal access token to send instead of the cookie. */
  token: string | undefined;

  constructor(base: string) {
    this.base = base;
  }

  get origin(): string {
    return new URL(this.base).origin;
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<Reply> {
    const headers: Record<string, string> = { ...extraHeaders };
    if (body === undefined) headers[CLIENT_HEADER] = 'test';
    else headers['content-type'] = 'application/json';
    if (this.cookie !== undefined) headers.cookie = this.cookie;
    if (this.token !== undefined) headers.authorization = `Bearer ${this.token}`;
    const response = await fetch(new URL(path, this.base), {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie !== null) {
      const [pair = ''] = setCookie.split(';');
      this.cookie = /^numbcheck_session=;|Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(setCookie)
        ? undefined
        : pair;
    }
    const text = await response.text();
    return {
      status: response.status,
      json: text === '' ? null : JSON.parse(text),
      headers: response.headers,
      text,
    };
  }

  /** A request that must answer `status`; its JSON. */
  async expect(status: number, method: string, path: string, body?: unknown): Promise<unknown> {
    const reply = await this.request(method, path, body);
    assert.equal(reply.status, status, `${method} ${path}: ${reply.text}`);
    return reply.json;
  }

  /** Makes an account with a new passkey and signs in; the account and its recovery codes. */
  async register(name: string): Promise<{ accountId: string; recoveryCodes: string[]; setCookie: string }> {
    const ceremony = await this.expect(200, 'POST', '/api/v1/auth/register/options', { name });
    const options = field(ceremony, 'options');
    const credential = this.authenticator.create(creationOptions(options), this.origin);
    const reply = await this.request('POST', '/api/v1/auth/register', {
      flowId: field(ceremony, 'flowId'),
      credential,
    });
    assert.equal(reply.status, 201, reply.text);
    const codes = field(reply.json, 'recoveryCodes');
    assert.ok(Array.isArray(codes));
    return {
      accountId: textField(reply.json, 'account', 'id'),
      recoveryCodes: codes.map(String),
      setCookie: reply.headers.get('set-cookie') ?? '',
    };
  }

  /** Starts a sign-in; the flow id and the passkey's answer, for a test to send (or change) itself. */
  async signInAnswer(origin = this.origin, type?: string): Promise<{ flowId: unknown; credential: unknown }> {
    const ceremony = await this.expect(200, 'POST', '/api/v1/auth/sign-in/options', {});
    const options = field(ceremony, 'options');
    const credential = this.authenticator.get(
      { challenge: textField(options, 'challenge'), rpId: textField(options, 'rpId') },
      origin,
      undefined,
      type,
    );
    return { flowId: field(ceremony, 'flowId'), credential };
  }

  async signIn(): Promise<unknown> {
    return this.expect(200, 'POST', '/api/v1/auth/sign-in', await this.signInAnswer());
  }
}

function creationOptions(options: unknown): { challenge: string; rp: { id?: string }; user: { id: string } } {
  return {
    challenge: textField(options, 'challenge'),
    rp: { id: textField(options, 'rp', 'id') },
    user: { id: textField(options, 'user', 'id') },
  };
}
