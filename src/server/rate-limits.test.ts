import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sampleDiary, toDocument } from '../diary/index.ts';
import { type DiaryStore, openSqliteStore } from '../store/index.ts';
import { AccountClient } from './auth/accounts-testkit.ts';
import type { RateLimitTable } from './rate-limits.ts';
import { errorOf, type RunningApp, startApp } from './testkit.ts';

const LOW: RateLimitTable = {
  default: { max: 5, windowMs: 60_000 },
  files: { max: 8, windowMs: 60_000 },
  import: { max: 2, windowMs: 600_000 },
  signIn: { max: 3, windowMs: 600_000 },
};

describe('rate limits', () => {
  let server: RunningApp;
  let store: DiaryStore;
  let root: string;
  let base = '';
  let ann: AccountClient;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'numbcheck-limits-'));
    store = await openSqliteStore(root);
    server = await startApp({ store, accounts: true, rateLimits: LOW });
    // Passkeys need a host name.
    base = server.base.replace('127.0.0.1', 'localhost');
    ann = new AccountClient(base);
    await ann.register('Ann');
  });
  after(async () => {
    await server.close();
    await store.close();
    await rm(root, { recursive: true, force: true });
  });

  it('answers a client over the general limit with a 429 in numbcheck’s format and Retry-After', async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 7; i++) {
      last = await fetch(`${server.base}/api/v1/questions/duration`);
      statuses.push(last.status);
      if (last.status === 200) await last.body?.cancel();
    }
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429, 429]);
    assert.ok(last);
    const retryAfter = Number(last.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After in seconds, got ${retryAfter}`);
    assert.equal(last.headers.get('cache-control'), 'no-store');
    const error = await errorOf(last);
    assert.equal(error.code, 'NUMB_TOO_MANY_REQUESTS');
    assert.match(
      error.message,
      /^this route expects at most 5 requests per client in 60 seconds, got more: wait \d+ seconds? \(the Retry-After header\) and try again$/,
    );
  });

  it('counts the web app’s files on their own, with room for a first visit’s offline copy', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) {
      const response = await fetch(`${server.base}/`);
      statuses.push(response.status);
      await response.body?.cancel();
    }
    assert.deepEqual(
      statuses.map((status) => status === 429),
      [false, false, false, false, false, false, false, false, true],
      'eight pages, more than the five API calls a client may make',
    );
  });

  it('never limits the health check', async () => {
    for (let i = 0; i < 20; i++) {
      const response = await fetch(`${server.base}/healthz`);
      assert.equal(response.status, 200);
      await response.body?.cancel();
    }
  });

  it('limits imports more strictly, on a count of their own', async () => {
    const document = toDocument(sampleDiary({ days: 3, end: '2026-11-30T00:00:00Z' }));
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const reply = await ann.request('POST', '/api/v1/import', document);
      statuses.push(reply.status);
      if (reply.status === 429) {
        assert.ok(Number(reply.headers.get('retry-after')) > 60, 'the import window is 10 minutes');
        assert.match(reply.text, /at most 2 requests per client in 600 seconds/);
      }
    }
    assert.deepEqual(statuses, [200, 200, 429]);
  });

  it('gives the sign-in routes their own strict limit: guessing recovery codes stops after a few', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`${server.base}/api/v1/auth/recover`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: `AAAA-AAAA-AAA${i}` }),
      });
      statuses.push(response.status);
      await response.body?.cancel();
    }
    assert.deepEqual(statuses, [401, 401, 401, 429]);
  });

  it('counts a signed-in person by their account, not by the address they share with others', async () => {
    const bob = new AccountClient(base);
    await bob.register('Bob');
    const annStatuses: number[] = [];
    for (let i = 0; i < 6; i++) annStatuses.push((await ann.request('GET', '/api/v1/episodes')).status);
    assert.deepEqual(annStatuses, [200, 200, 200, 200, 200, 429]);
    // Bob is at the same address, and has his own count.
    assert.equal((await bob.request('GET', '/api/v1/episodes')).status, 200);
  });
});
