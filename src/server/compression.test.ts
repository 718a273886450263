import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp, DEFAULT_WEB_ROOT } from './app.ts';
import { COMPRESSION_THRESHOLD } from './compression.ts';
import { assertSecurityHeaders } from './testkit.ts';

/** The body as the client reads it, after undoing the Content-Encoding the server chose. */
function decoded(response: LightMyRequestResponse): Buffer {
  const encoding = response.headers['content-encoding'];
  if (encoding === undefined) return response.rawPayload;
  if (encoding === 'br') return brotliDecompressSync(response.rawPayload);
  if (encoding === 'gzip') return gunzipSync(response.rawPayload);
  throw new Error(`unexpected content-encoding ${String(encoding)}`);
}

/** Compares bytes without asking assert for a diff, which on a 50 KB bundle takes minutes. */
function assertSameBytes(actual: Buffer, expected: Buffer, what: string): void {
  assert.ok(
    actual.equals(expected),
    `${what}: ${actual.length} bytes differ from the expected ${expected.length}`,
  );
}

function assertSecurity(response: LightMyRequestResponse, what: string): void {
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  assertSecurityHeaders(new Response(null, { headers }), what);
}

/** What the browser sends (Chrome), what an old client sends, and what a client that decodes nothing sends. */
const ACCEPTS = [
  { acceptEncoding: 'gzip, deflate, br, zstd', expected: 'br' },
  { acceptEncoding: 'gzip', expected: 'gzip' },
  { acceptEncoding: 'identity', expected: undefined },
  { acceptEncoding: undefined, expected: undefined },
] as const;

function headersFor(acceptEncoding: string | undefined): Record<string, string> {
  return acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
}

describe('the built web app, precompressed', () => {
  const index = join(DEFAULT_WEB_ROOT, 'index.html');
  let app: FastifyInstance;
  let entry: string;

  before(async () => {
    assert.ok(existsSync(index), `${index} is missing: run npm run build first (npm test does)`);
    const script = /<script type="module"[^>]*\ssrc="\.\/(assets\/[^"]+\.js)"/.exec(
      readFileSync(index, 'utf8'),
    );
    assert.ok(script?.[1], 'index.html loads a module script from assets/');
    entry = script[1];
    app = await buildApp({ webRoot: DEFAULT_WEB_ROOT });
  });
  after(async () => {
    await app.close();
  });

  for (const { acceptEncoding, expected } of ACCEPTS) {
    const accepting =
      acceptEncoding === undefined ? 'no Accept-Encoding' : `Accept-Encoding: ${acceptEncoding}`;

    it(`sends the hashed entry script as ${expected ?? 'it is'} for ${accepting}`, async () => {
      const response = await app.inject({ url: `/${entry}`, headers: headersFor(acceptEncoding) });
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-encoding'], expected);
      assert.match(String(response.headers['content-type']), /javascript/);
      assert.match(String(response.headers.vary), /accept-encoding/i);
      assert.equal(response.headers['cache-control'], 'public, max-age=31536000, immutable');
      assertSameBytes(decoded(response), readFileSync(join(DEFAULT_WEB_ROOT, entry)), entry);
      assertSecurity(response, entry);
    });

    it(`sends / as ${expected ?? 'it is'} for ${accepting}`, async () => {
      const response = await app.inject({ url: '/', headers: headersFor(acceptEncoding) });
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-encoding'], expected);
      assert.match(String(response.headers['content-type']), /^text\/html/);
      assert.match(String(response.headers.vary), /accept-encoding/i);
      assert.equal(response.headers['cache-control'], 'no-cache');
      assertSameBytes(decoded(response), readFileSync(index), '/');
      assertSecurity(response, '/');
    });
  }

  it('sends the precompressed copy itself, compressed once', async () => {
    const response = await app.inject({ url: `/${entry}`, headers: { 'accept-encoding': 'br' } });
    assertSameBytes(response.rawPayload, readFileSync(join(DEFAULT_WEB_ROOT, `${entry}.br`)), `${entry}.br`);
    assert.equal(Number(response.headers['content-length']), response.rawPayload.length);
  });
});

describe('JSON responses, compressed above the threshold', () => {
  let app: FastifyInstance;
  before(async () => {
    app = await buildApp({ webRoot: '/nonexistent/numbcheck-web' });
  });
  after(async () => {
    await app.close();
  });

  it('compresses the knowledge base with the encoding the request prefers, to the same JSON', async () => {
    const plain = await app.inject({ url: '/api/v1/knowledge' });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(plain.rawPayload.length > COMPRESSION_THRESHOLD);
    for (const { acceptEncoding, expected } of ACCEPTS) {
      const response = await app.inject({ url: '/api/v1/knowledge', headers: headersFor(acceptEncoding) });
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-encoding'], expected, String(acceptEncoding));
      assert.match(String(response.headers['content-type']), /^application\/json/);
      if (expected !== undefined) {
        assert.match(String(response.headers.vary), /accept-encoding/i);
        assert.ok(
          response.rawPayload.length < plain.rawPayload.length / 3,
          `${expected} is at least 3 times smaller`,
        );
      }
      assert.deepEqual(JSON.parse(decoded(response).toString('utf8')), plain.json());
    }
  });

  it('compresses an assessment and keeps its no-store and security headers', async () => {
    const { answers } = JSON.parse(
      readFileSync(new URL('../../examples/cases/D07.json', import.meta.url), 'utf8'),
    );
    const request = { method: 'POST', url: '/api/v1/assessments', payload: { answers } } as const;
    const plain = await app.inject(request);
    assert.equal(plain.statusCode, 200);
    const response = await app.inject({ ...request, headers: { 'accept-encoding': 'br, gzip' } });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-encoding'], 'br');
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.match(String(response.headers.vary), /accept-encoding/i);
    assertSecurity(response, 'assessment');
    assert.deepEqual(JSON.parse(decoded(response).toString('utf8')), plain.json());
  });

  it('sends a response under the threshold as it is', async () => {
    const response = await app.inject({ url: '/healthz', headers: { 'accept-encoding': 'br, gzip' } });
    assert.equal(response.statusCode, 200);
    assert.ok(response.rawPayload.length < COMPRESSION_THRESHOLD);
    assert.equal(response.headers['content-encoding'], undefined);
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.equal(response.json().status, 'ok');
    assertSecurity(response, '/healthz');
  });

  it('reads a request body as it comes, never inflating it', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/assessments',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: gzipSync(JSON.stringify({ answers: {} })),
    });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().error.code, 'NUMB_BAD_JSON');
  });
});
