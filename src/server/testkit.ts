/** For the server's tests: the real app listening on a free port of 127.0.0.1, and small fetch helpers. */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { duringSuite } from '../suite-testkit.ts';
import { type AppOptions, buildApp } from './app.ts';

export interface RunningApp {
  app: FastifyInstance;
  /** For example http://127.0.0.1:40123 */
  base: string;
  close(): Promise<void>;
}

function isAddressInfo(address: unknown): address is AddressInfo {
  return typeof address === 'object' && address !== null && 'port' in address;
}

/**
 * Builds the app with `options` (no web app unless a `webRoot` is given), lets `prepare` add to it (a test route),
 * and starts it on 127.0.0.1 on a port the system picks.
 */
export async function startApp(
  options: AppOptions = {},
  prepare?: (app: FastifyInstance) => void,
): Promise<RunningApp> {
  const app = await buildApp({ webRoot: '/nonexistent/numbcheck-web', ...options });
  prepare?.(app);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!isAddressInfo(address)) throw new Error('the server is not listening on a TCP port');
  return { app, base: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}

/**
 * Starts the app (see startApp) before the suite's tests and closes it after them; call it inside `describe`. What it
 * returns stands for the running app, from the tests on.
 */
export function useApp(options: AppOptions = {}, prepare?: (app: FastifyInstance) => void): RunningApp {
  const current = duringSuite(
    'the app',
    () => startApp(options, prepare),
    (running) => running.close(),
  );
  return {
    get app() {
      return current().app;
    },
    get base() {
      return current().base;
    },
    close: () => current().close(),
  };
}

/** POSTs `body` (a string, sent as it is) to the assessments route. */
export function postAssessment(
  base: string,
  body: string,
  contentType = 'application/json',
): Promise<Response> {
  return fetch(`${base}/api/v1/assessments`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
}

/** The error body of a response, checked to have numbcheck's error shape. */
export async function errorOf(
  response: Response,
): Promise<{ code: string; message: string; path: (string | number)[] }> {
  const body: unknown = await response.json();
  if (
    typeof body === 'object' &&
    body !== null &&
    'error' in body &&
    typeof body.error === 'object' &&
    body.error !== null &&
    'code' in body.error &&
    typeof body.error.code === 'string' &&
    'message' in body.error &&
    typeof body.error.message === 'string' &&
    'path' in body.error &&
    Array.isArray(body.error.path) &&
    Object.keys(body).length === 1 &&
    Object.keys(body.error).length === 3
  ) {
    const path: (string | number)[] = body.error.path.filter(
      (part: unknown) => typeof part === 'string' || typeof part === 'number',
    );
    if (path.length === body.error.path.length) {
      return { code: body.error.code, message: body.error.message, path };
    }
  }
  throw new Error(`not a numbcheck error body: ${JSON.stringify(body)}`);
}

const SECURITY_HEADERS: Record<string, RegExp> = {
  'content-security-policy':
    /^default-src 'self';script-src 'self' 'wasm-unsafe-eval';style-src 'self';img-src 'self' data:;connect-src 'self';font-src 'self';object-src 'none';base-uri 'none';form-action 'self';frame-ancestors 'none'$/,
  'referrer-policy': /^no-referrer$/,
  'x-content-type-options': /^nosniff$/,
  'permissions-policy': /camera=\(\)/,
  'x-frame-options': /^DENY$/,
};

/** Asserts the headers every response carries: the strict CSP and friends, and no CORS. */
export function assertSecurityHeaders(response: Response, what: string): void {
  for (const [name, pattern] of Object.entries(SECURITY_HEADERS)) {
    assert.match(response.headers.get(name) ?? '(missing)', pattern, `${what}: ${name}`);
  }
  // 'wasm-unsafe-eval' (WebAssembly for the browser diary) is allowed; eval() of JavaScript and inline code are not.
  assert.doesNotMatch(response.headers.get('content-security-policy') ?? '', /'unsafe-inline'|'unsafe-eval'/);
  assert.equal(response.headers.get('access-control-allow-origin'), null, `${what}: no CORS`);
}
