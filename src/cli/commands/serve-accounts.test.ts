/**
 * Two `numbcheck serve --accounts` processes on one PostgreSQL database, as behind a load balancer: a passkey ceremony
 * started on one finishes on the other, a session made on one works on the other, and signing out on one ends it on
 * both. Runs when PostgreSQL is reachable, and must in CI.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import pg from 'pg';
import { AccountClient, field, textField } from '../../server/auth/accounts-testkit.ts';
import { dropSchemas, TEST_DATABASE_URL, withTestDatabase } from '../../store/postgres/test-database.ts';
import { cliEnv, type Served, startServe, stopServe } from '../testkit.ts';

/** The test database with its own schema first on the search path, as a URL `DATABASE_URL` can carry. */
function urlWithSchema(schema: string): string {
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/** A client of one server, by the host name passkeys need. */
function clientOf(server: Served): AccountClient {
  return new AccountClient(server.url.replace('127.0.0.1', 'localhost'));
}

await withTestDatabase(
  'two numbcheck serve processes on one database',
  'share sign-in sessions and passkey ceremonies',
  () => {
    describe('two numbcheck serve --accounts processes on one PostgreSQL database', () => {
      it('share the passkey ceremonies and the sessions: sign in on one, use it on the other', async () => {
        const schema = `numbcheck_test_${randomBytes(6).toString('hex')}`;
        const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
        await admin.connect();
        await admin.query(`CREATE SCHEMA ${schema}`);
        await admin.end();
        const env = cliEnv({ DATABASE_URL: urlWithSchema(schema) }, ['HOST', 'PORT', 'NUMBCHECK_DATA_DIR']);
        const servers = await Promise.all([
          startServe(['--port', '0', '--accounts'], env),
          startServe(['--port', '0', '--accounts'], env),
        ]);
        const [first, second] = servers;
        try {
          assert.ok(first && second);
          assert.match(first.stderr(), /Accounts: on\./);
          const onFirst = clientOf(first);
          const onSecond = clientOf(second);

          // Make the account on the first; its session cookie works on the second.
          await onFirst.register('Ann');
          onSecond.cookie = onFirst.cookie;
          const session = await onSecond.expect(200, 'GET', '/api/v1/session');
          assert.equal(textField(session, 'account', 'name'), 'Ann');
          await onSecond.expect(201, 'POST', '/api/v1/episodes', {
            note: 'logged on the second',
            severity: 2,
          });
          const listed = await onFirst.expect(200, 'GET', '/api/v1/episodes');
          assert.match(JSON.stringify(field(listed, 'episodes')), /logged on the second/);

          // A sign-in started on the first finishes on the second.
          await onFirst.expect(204, 'POST', '/api/v1/auth/sign-out');
          const ceremony = await onFirst.expect(200, 'POST', '/api/v1/auth/sign-in/options', {});
          const options = field(ceremony, 'options');
          const credential = onFirst.authenticator.get(
            { challenge: textField(options, 'challenge'), rpId: 'localhost' },
            // The origin the browser saw: the page of the second server.
            onSecond.origin,
          );
          const fresh = new AccountClient(onSecond.base);
          await fresh.expect(200, 'POST', '/api/v1/auth/sign-in', {
            flowId: field(ceremony, 'flowId'),
            credential,
          });
          onFirst.cookie = fresh.cookie;
          await onFirst.expect(200, 'GET', '/api/v1/episodes');

          // Signing out on the second ends the session on the first.
          await fresh.expect(204, 'POST', '/api/v1/auth/sign-out');
          const ended = await onFirst.request('GET', '/api/v1/episodes');
          assert.equal(ended.status, 401);
        } finally {
          for (const server of servers) assert.equal(await stopServe(server), 0);
          await dropSchemas([schema]);
        }
      });
    });
  },
);
