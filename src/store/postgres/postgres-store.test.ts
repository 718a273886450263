import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import pg from 'pg';
import { storeContract } from '../store-contract.ts';
import { numbered } from './postgres-driver.ts';
import { openPostgresStore } from './postgres-store.ts';
import { dropSchemas, TEST_DATABASE_URL, withTestDatabase } from './test-database.ts';

/**
 * The store contract against PostgreSQL: `DATABASE_URL_TEST`, else postgres://postgres@127.0.0.1:5432/test. Each
 * run works in fresh schemas (`numbcheck_test_<random>`) and drops them at the end. Without a reachable server the
 * tests are skipped with a message, except in CI (`CI=true`), where that is a failure.
 */
const URL = TEST_DATABASE_URL;

await withTestDatabase('PostgreSQL store', 'runs the store contract', () => {
  storeContract('PostgreSQL', async () => {
    const base = `numbcheck_test_${randomBytes(6).toString('hex')}`;
    const schemas = [base];
    return {
      open: () => openPostgresStore({ url: URL, schema: base }),
      openEmpty: () => {
        const schema = `${base}_${schemas.length}`;
        schemas.push(schema);
        return openPostgresStore({ url: URL, schema, maxConnections: 2 });
      },
      writerArgs: ['postgres', URL, base],
      cleanup: () => dropSchemas(schemas),
    };
  });

  describe('PostgreSQL store specifics', () => {
    it('keeps its tables in the schema it was given, with the owner indexes', async () => {
      const schema = `numbcheck_test_${randomBytes(6).toString('hex')}`;
      const store = await openPostgresStore({ url: URL, schema });
      await store.close();
      const client = new pg.Client({ connectionString: URL });
      await client.connect();
      try {
        const tables = await client.query<{ table_name: string }>(
          'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
          [schema],
        );
        assert.deepEqual(
          tables.rows.map((row) => row.table_name),
          [
            'access_tokens',
            'accounts',
            'assessments',
            'auth_challenges',
            'bctq_scores',
            'episodes',
            'exposures',
            'passkeys',
            'recovery_codes',
            'schema_migrations',
            'sessions',
          ],
        );
        const indexes = await client.query<{ indexname: string }>(
          'SELECT indexname FROM pg_indexes WHERE schemaname = $1',
          [schema],
        );
        assert.ok(indexes.rows.some((row) => row.indexname === 'episodes_owner_started'));
      } finally {
        await client.end();
        await dropSchemas([schema]);
      }
    });

    it('says clearly when the server cannot be reached, without the password', async () => {
      await assert.rejects(
        openPostgresStore({ url: 'postgres://me:secret@127.0.0.1:1/test' }),
        (error: unknown) => {
          assert.ok(error instanceof Error);
          assert.match(
            error.message,
            /cannot open the diary in PostgreSQL at postgres:\/\/me:\*\*\*@127\.0\.0\.1:1\/test: the connection was refused/,
          );
          assert.doesNotMatch(error.message, /secret/);
          return true;
        },
      );
    });

    it('numbers the placeholders for PostgreSQL', () => {
      assert.equal(numbered('SELECT ? WHERE a = ? AND b = ?'), 'SELECT $1 WHERE a = $2 AND b = $3');
    });
  });
});
