/**
 * Two accounts on one server, on SQLite and on PostgreSQL: every diary and account route in the OpenAPI document is
 * tried by one account (with its session, and with its access token) against the other account's entry ids. Nothing
 * may cross: no reply carries the other's data, and the other's diary and account are exactly as they were.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type DiaryStore, openPostgresStore, openSqliteStore } from '../../store/index.ts';
import { dropSchemas, TEST_DATABASE_URL, withTestDatabase } from '../../store/postgres/test-database.ts';
import { AccountClient, field, isRecord, textField } from '../auth/accounts-testkit.ts';
import { type RunningApp, startApp } from '../testkit.ts';

interface Operation {
  method: string;
  path: string;
}

/** The entries of the account under attack, and the marker written into all its text. */
interface Victim {
  client: AccountClient;
  accountId: string;
  marker: string;
  ids: Record<'episodes' | 'exposures' | 'tokens' | 'passkeys', string>;
}

/** The id of the victim's entry of the kind an address with `{id}` names. */
function victimIdFor(path: string, victim: Victim): string {
  if (path.startsWith('/api/v1/episodes/')) return victim.ids.episodes;
  if (path.startsWith('/api/v1/exposures/')) return victim.ids.exposures;
  if (path.startsWith('/api/v1/account/tokens/')) return victim.ids.tokens;
  if (path.startsWith('/api/v1/account/passkeys/')) return victim.ids.passkeys;
  throw new Error(`${path}: a route with an id this suite does not know; add its kind to victimIdFor`);
}

/**
 * The order of the attempts: first those that address the victim's ids (the attacker has no entry with those ids yet),
 * then the rest (which create the attacker's own entries under the victim's ids: allowed, and no 409 may betray that
 * the id is taken), and last those that end the attacker's sign-in or account.
 */
const LAST = ['/api/v1/auth/sign-out', '/api/v1/auth/sign-out-everywhere', '/api/v1/account'];

function rankOf(op: Operation): number {
  if (op.path.includes('{id}')) return 0;
  if (LAST.includes(op.path) && !(op.method === 'GET' && op.path === '/api/v1/account'))
    return 2 + LAST.indexOf(op.path);
  return 1;
}

function operationsOf(openapi: unknown): Operation[] {
  const paths = field(openapi, 'paths');
  assert.ok(isRecord(paths));
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(paths)) {
    if (!isRecord(methods)) continue;
    for (const [method, operation] of Object.entries(methods)) {
      const tags = isRecord(operation) ? operation.tags : undefined;
      if (Array.isArray(tags) && (tags.includes('diary') || tags.includes('accounts')))
        operations.push({ method: method.toUpperCase(), path });
    }
  }
  return operations.sort((a, b) => rankOf(a) - rankOf(b));
}

function isolationSuite(
  name: string,
  setUp: () => Promise<{ store: DiaryStore; cleanup(): Promise<void> }>,
): void {
  describe(`two accounts on one server over ${name}`, () => {
    let store: DiaryStore;
    let cleanup: () => Promise<void>;
    let server: RunningApp;
    let base = '';
    before(async () => {
      ({ store, cleanup } = await setUp());
      server = await startApp({ store, accounts: true });
      base = server.base.replace('127.0.0.1', 'localhost');
    });
    after(async () => {
      await server.close();
      await store.close();
      await cleanup();
    });

    async function victim(): Promise<Victim> {
      const client = new AccountClient(base);
      const marker = `private-${randomBytes(8).toString('hex')}`;
      const { accountId } = await client.register(`Ann ${marker}`);
      const episode = await client.expect(201, 'POST', '/api/v1/episodes', {
        note: `${marker} episode`,
        severity: 5,
      });
      const exposure = await client.expect(201, 'POST', '/api/v1/exposures', {
        kind: 'run',
        note: `${marker} run`,
      });
      await client.expect(201, 'POST', '/api/v1/diary/assessments', { answers: { age: 44 } });
      await client.expect(201, 'POST', '/api/v1/diary/bctq', { answers: { numbness: 3 } });
      const token = await client.expect(201, 'POST', '/api/v1/account/tokens', { name: `${marker} token` });
      return {
        client,
        accountId,
        marker,
        ids: {
          episodes: textField(episode, 'episode', 'id'),
          exposures: textField(exposure, 'exposure', 'id'),
          tokens: textField(token, 'accessToken', 'id'),
          passkeys: client.authenticator.credentialIds[0] ?? '',
        },
      };
    }

    /** A body each operation accepts, aimed at the victim's ids where it can name them. */
    function bodyFor(op: Operation, target: Victim, ownExport: unknown): unknown {
      const key = `${op.method} ${op.path}`;
      if (op.method === 'GET') return undefined;
      if (key === 'POST /api/v1/import') {
        // The attacker's own diary, its entries renamed to the victim's ids.
        const document = structuredClone(ownExport);
        assert.ok(
          isRecord(document) && Array.isArray(document.episodes) && Array.isArray(document.exposures),
        );
        for (const entry of document.episodes) if (isRecord(entry)) entry.id = target.ids.episodes;
        for (const entry of document.exposures) if (isRecord(entry)) entry.id = target.ids.exposures;
        return document;
      }
      const bodies: Record<string, unknown> = {
        'POST /api/v1/episodes': { id: target.ids.episodes, note: 'overwritten', severity: 9 },
        'PUT /api/v1/episodes/{id}': { note: 'overwritten', severity: 9 },
        'POST /api/v1/episodes/{id}/repeat': {},
        'POST /api/v1/exposures': { id: target.ids.exposures, kind: 'working_day', note: 'overwritten' },
        'PUT /api/v1/exposures/{id}': { kind: 'working_day', note: 'overwritten' },
        'POST /api/v1/diary/assessments': { answers: {} },
        'POST /api/v1/diary/bctq': { answers: { numbness: 1 } },
        'DELETE /api/v1/diary': { confirm: 'delete everything' },
        'DELETE /api/v1/account': { confirm: 'delete my account' },
        'POST /api/v1/account/tokens': { name: 'attacker' },
        'POST /api/v1/auth/register/options': { name: 'attacker' },
        'POST /api/v1/auth/sign-in/options': {},
        'POST /api/v1/auth/recover': { code: 'AAAA-AAAA-AAAA' },
        'POST /api/v1/auth/register': { flowId: 'x', credential: {} },
        'POST /api/v1/auth/sign-in': { flowId: 'x', credential: {} },
        'POST /api/v1/account/passkeys': { flowId: 'x', credential: {} },
      };
      return bodies[key];
    }

    it('lets no read, write or delete of one account reach the other, on any diary or account route', async (t) => {
      const ann = await victim();
      const annBefore = {
        diary: await ann.client.expect(200, 'GET', '/api/v1/export'),
        account: await ann.client.expect(200, 'GET', '/api/v1/account'),
      };

      const bob = new AccountClient(base);
      await bob.register('Bob');
      await bob.expect(201, 'POST', '/api/v1/episodes', { note: 'bob episode' });
      await bob.expect(201, 'POST', '/api/v1/exposures', { kind: 'working_day' });
      const bobToken = textField(
        await bob.expect(201, 'POST', '/api/v1/account/tokens', { name: 'bob' }),
        'secret',
      );
      const bobExport = await bob.expect(200, 'GET', '/api/v1/export');
      const bobScript = new AccountClient(base);
      bobScript.token = bobToken;

      const openapi: unknown = await (await fetch(`${base}/openapi.json`)).json();
      const operations = operationsOf(openapi);
      const diaryRoutes = operations.filter(
        (op) => !op.path.startsWith('/api/v1/auth') && !op.path.startsWith('/api/v1/account'),
      );
      assert.ok(diaryRoutes.length >= 20, `every diary route is tried (${diaryRoutes.length})`);

      let attempts = 0;
      const crossed: string[] = [];
      // Both of the attacker's ways in (token, session) take each step before the next begins (see `operationsOf`).
      const steps = [...new Set(operations.map(rankOf))].flatMap((rank) =>
        [bobScript, bob].flatMap((attacker) =>
          operations.filter((op) => rankOf(op) === rank).map((op) => ({ attacker, op })),
        ),
      );
      for (const { attacker, op } of steps) {
        const path = op.path.includes('{id}')
          ? op.path.replace('{id}', encodeURIComponent(victimIdFor(op.path, ann)))
          : op.path;
        const reply = await attacker.request(op.method, path, bodyFor(op, ann, bobExport));
        attempts += 1;
        const what = `${attacker.token ? 'token' : 'session'} ${op.method} ${path} → ${reply.status}`;
        if (reply.text.includes(ann.marker) || reply.text.includes(ann.accountId))
          crossed.push(`read: ${what}`);
        if (op.path.includes('{id}') && reply.status < 400) crossed.push(`addressed: ${what}`);
        assert.ok(reply.status < 500, what);
      }

      const annAfter = {
        diary: await ann.client.expect(200, 'GET', '/api/v1/export'),
        account: await ann.client.expect(200, 'GET', '/api/v1/account'),
      };
      const stripUse = (account: unknown) =>
        JSON.stringify(account).replace(/"lastUsedAt":("[^"]*"|null)/g, '');
      if (JSON.stringify(annAfter.diary) !== JSON.stringify(annBefore.diary))
        crossed.push('write: the diary changed');
      if (stripUse(annAfter.account) !== stripUse(annBefore.account))
        crossed.push('write: the account changed');
      t.diagnostic(
        `${attempts} cross-account attempts on ${operations.length} operations; ${crossed.length} got through`,
      );
      assert.deepEqual(crossed, []);
      // The attacker did delete its own account on the way (the last operation): the victim is still there.
      assert.equal(await store.accounts.getAccount(ann.accountId).then((a) => a?.id), ann.accountId);
    });
  });
}

isolationSuite('SQLite', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'numbcheck-isolation-'));
  return {
    store: await openSqliteStore(folder),
    cleanup: () => rm(folder, { recursive: true, force: true }),
  };
});

await withTestDatabase(
  'two accounts on one server over PostgreSQL',
  'lets no read, write or delete of one account reach the other',
  () => {
    isolationSuite('PostgreSQL', async () => {
      const schema = `numbcheck_test_${randomBytes(6).toString('hex')}`;
      return {
        store: await openPostgresStore({ url: TEST_DATABASE_URL, schema }),
        cleanup: () => dropSchemas([schema]),
      };
    });
  },
);
