import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sampleDiary, toDocument } from '../diary/index.ts';
import { type DiaryStore, openSqliteStore } from '../store/index.ts';
import type { RateLimitTable } from './rate-limits.ts';
import { errorOf, type RunningApp, startApp } from './testkit.ts';

const LOW: RateLimitTable = {
  default: { max: 5, windowMs: 60_000 },
  import: { max: 2, windowMs: 600_000 },
  signIn: { max: 3, windowMs: 600_000 },
};

describe('rate limits', () => {
  let server: RunningApp;
  let store: DiaryStore;
  let root: string;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'numbcheck-limits-'));
    store = await openSqliteStore(root);
    server = await startApp({ store, rateLimits: LOW }, (app) => {
      // Stands for the sign-in routes: any POST under /api/v1/auth/ gets the sign-in limit.
      app.post('/api/v1/auth/sign-in', async () => ({ signedIn: false }));
    });
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
      const response = await fetch(`${server.base}/api/v1/import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(document),
      });
      statuses.push(response.status);
      if (response.status === 429) {
        assert.ok(Number(response.headers.get('retry-after')) > 60, 'the import window is 10 minutes');
        assert.match((await errorOf(response)).message, /at most 2 requests per client in 600 seconds/);
      } else await response.body?.cancel();
    }
    assert.deepEqual(statuses, [200, 200, 429]);
  });

  it('gives the sign-in routes their own strict limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`${server.base}/api/v1/auth/sign-in`, { method: 'POST' });
      statuses.push(response.status);
      await response.body?.cancel();
    }
    assert.deepEqual(statuses, [200, 200, 200, 429]);
  });
});
