/**
 * The server under test for bench/busy.bench.ts, in a process of its own: the app as `numbcheck serve` builds it,
 * over a SQLite diary filled with BUSY_EPISODES episodes (default 15,000), without the request log. The rate limits
 * are lifted: the load generator is one address standing for many clients. Prints its port as a JSON line once the
 * diary is filled; stops on SIGTERM.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleDiary, toDocument } from '../src/diary/index.ts';
import { buildApp, NO_RATE_LIMITS } from '../src/server/index.ts';
import { DEFAULT_OWNER, openSqliteStore } from '../src/store/index.ts';

const EPISODES = Number(process.env.BUSY_EPISODES ?? 15_000);

const root = await mkdtemp(join(tmpdir(), 'numbcheck-busy-'));
const store = await openSqliteStore(root);
// sampleDiary logs about one episode a day; enough days for the count asked, the newest cut to it.
const diary = sampleDiary({ days: Math.ceil(EPISODES * 1.1), end: '2026-11-30T00:00:00Z', seed: 5 });
diary.episodes = diary.episodes.slice(-EPISODES);
diary.episodes = diary.episodes.map((episode) => ({ ...episode, exposureId: null }));
await store.import(DEFAULT_OWNER, toDocument(diary));
const counts = await store.counts(DEFAULT_OWNER);

const app = await buildApp({
  store,
  webRoot: '/nonexistent/numbcheck-bench',
  rateLimits: NO_RATE_LIMITS,
});
await app.listen({ host: '127.0.0.1', port: 0, backlog: 4096 });
const address = app.server.address();
const isAddressInfo = (value: unknown): value is AddressInfo =>
  typeof value === 'object' && value !== null && 'port' in value;
if (!isAddressInfo(address)) throw new Error('not listening on a TCP port');
process.stdout.write(`${JSON.stringify({ port: address.port, episodes: counts.episodes })}\n`);
process.once('SIGTERM', async () => {
  await app.close();
  await store.close();
  await rm(root, { recursive: true, force: true });
});
