import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_OWNER, type DiaryStore, openSqliteStore } from '../store/index.ts';
import { allowedHostNames, CLIENT_HEADER, hostName } from './request-guard.ts';
import { type RunningApp, startApp } from './testkit.ts';

interface Reply {
  status: number;
  body: string;
}

/** A request with any headers, `Host` included (fetch would not send a forged one). */
function send(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Reply> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method,
        path: url.pathname + url.search,
        headers,
        setHost: false,
      },
      (incoming) => {
        let text = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => {
          text += chunk;
        });
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body: text }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

function codeOf(reply: Reply): string {
  const parsed: unknown = JSON.parse(reply.body);
  if (typeof parsed === 'object' && parsed !== null && 'error' in parsed) {
    const { error } = parsed;
    if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string')
      return error.code;
  }
  throw new Error(`not an error body: ${reply.body}`);
}

const EPISODE = JSON.stringify({ startedAt: '2026-11-20T07:15:00Z', note: 'typing' });

describe('the request guard', () => {
  let folder = '';
  let store: DiaryStore;
  let server: RunningApp;
  let host = '';
  let episodeId = '';

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'numbcheck-guard-'));
    store = await openSqliteStore(folder);
    server = await startApp({
      store,
      allowedHosts: allowedHostNames('127.0.0.1', ['numbcheck.example.org']),
    });
    host = new URL(server.base).host;
    const created = await send(
      server.base,
      'POST',
      '/api/v1/episodes',
      {
        host,
        'content-type': 'application/json',
      },
      EPISODE,
    );
    assert.equal(created.status, 201, created.body);
    const [saved] = await store.listEpisodes(DEFAULT_OWNER);
    episodeId = saved?.id ?? '';
  });
  after(async () => {
    await server.close();
    await store.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('answers only the names of its address and the allowed ones, so DNS rebinding reaches nothing', async () => {
    const port = new URL(server.base).port;
    for (const name of ['localhost', '127.0.0.1', '[::1]', 'numbcheck.example.org', 'LOCALHOST']) {
      const reply = await send(server.base, 'GET', '/api/v1/episodes', { host: `${name}:${port}` });
      assert.equal(reply.status, 200, name);
    }
    for (const name of ['rebind.attacker.example', 'localhost.attacker.example', '127.0.0.1.nip.io', '']) {
      for (const path of ['/api/v1/episodes', `/api/v1/episodes/${episodeId}`, '/', '/healthz']) {
        const reply = await send(server.base, 'GET', path, { host: name === '' ? '' : `${name}:${port}` });
        assert.equal(reply.status, 421, `${name} ${path}`);
        assert.equal(codeOf(reply), 'NUMB_UNKNOWN_HOST');
        assert.match(reply.body, /--allowed-host NAME/);
        assert.doesNotMatch(reply.body, /typing/);
      }
      const write = await send(server.base, 'DELETE', `/api/v1/episodes/${episodeId}`, {
        host: `${name}:${port}`,
        [CLIENT_HEADER]: 'x',
      });
      assert.equal(write.status, 421);
    }
    assert.equal((await store.listEpisodes(DEFAULT_OWNER)).length, 1);
  });

  it('refuses API requests a browser marks as coming from another origin, reads included', async () => {
    const cases: Record<string, string>[] = [
      { origin: 'https://attacker.example' },
      { origin: `http://localhost:${Number(new URL(server.base).port) + 1}` },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      // Another port of localhost is the same site, but not the same origin.
      { 'sec-fetch-site': 'same-site' },
    ];
    for (const headers of cases) {
      const read = await send(server.base, 'GET', '/api/v1/episodes', { host, ...headers });
      assert.equal(read.status, 403, JSON.stringify(headers));
      assert.equal(codeOf(read), 'NUMB_FORBIDDEN_ORIGIN');
      const write = await send(
        server.base,
        'POST',
        `/api/v1/episodes/${episodeId}/repeat`,
        { host, 'content-type': 'application/json', ...headers },
        '{}',
      );
      assert.equal(write.status, 403, JSON.stringify(headers));
    }
    assert.equal((await store.listEpisodes(DEFAULT_OWNER)).length, 1);
    // Its own pages, and a person typing the address, are answered.
    const own: Record<string, string>[] = [
      { origin: `http://${host}` },
      { 'sec-fetch-site': 'same-origin' },
      { 'sec-fetch-site': 'none' },
    ];
    for (const headers of own) {
      const read = await send(server.base, 'GET', '/api/v1/episodes', { host, ...headers });
      assert.equal(read.status, 200, JSON.stringify(headers));
    }
    // A link from another site still opens the app.
    const page = await send(server.base, 'GET', '/', { host, 'sec-fetch-site': 'cross-site' });
    assert.notEqual(page.status, 403);
  });

  it('takes a change only with a JSON body or its own header, which no cross-site form can send', async () => {
    const repeat = `/api/v1/episodes/${episodeId}/repeat`;
    const bare = await send(server.base, 'POST', repeat, { host });
    assert.equal(bare.status, 403);
    assert.equal(codeOf(bare), 'NUMB_FORBIDDEN_ORIGIN');
    assert.match(
      bare.body,
      /expects a JSON body \(Content-Type: application\/json\) or the header x-numbcheck-client/,
    );
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const form = await send(server.base, 'POST', repeat, { host, 'content-type': type }, '');
      assert.equal(form.status, 415, type);
      assert.equal(codeOf(form), 'NUMB_UNSUPPORTED_MEDIA_TYPE');
    }
    const deleted = await send(server.base, 'DELETE', `/api/v1/episodes/${episodeId}`, { host });
    assert.equal(deleted.status, 403);
    assert.equal((await store.listEpisodes(DEFAULT_OWNER)).length, 1);
    const withHeader = await send(server.base, 'POST', repeat, { host, [CLIENT_HEADER]: 'script' });
    assert.equal(withHeader.status, 201, withHeader.body);
    assert.equal((await store.listEpisodes(DEFAULT_OWNER)).length, 2);
  });
});

describe('allowedHostNames', () => {
  it('is the loopback names, the listening address unless it is a wildcard, and the names asked for', () => {
    assert.deepEqual(allowedHostNames('127.0.0.1'), ['localhost', '127.0.0.1', '[::1]']);
    assert.deepEqual(allowedHostNames('0.0.0.0', ['Numbcheck.Example.org']), [
      'localhost',
      '127.0.0.1',
      '[::1]',
      'numbcheck.example.org',
    ]);
    assert.deepEqual(allowedHostNames('192.168.1.20'), ['localhost', '127.0.0.1', '[::1]', '192.168.1.20']);
    assert.deepEqual(allowedHostNames('fe80::1'), ['localhost', '127.0.0.1', '[::1]', '[fe80::1]']);
  });

  it('reads the name of a Host header without its port', () => {
    assert.equal(hostName('LocalHost:8080'), 'localhost');
    assert.equal(hostName('[::1]:8080'), '[::1]');
    assert.equal(hostName('example.org'), 'example.org');
  });
});
