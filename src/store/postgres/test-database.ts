/**
 * For tests that need PostgreSQL: the test database (`DATABASE_URL_TEST`, else postgres://postgres@127.0.0.1:5432/test),
 * whether it can be reached, and the dropping of the throwaway schemas the tests work in. Without a reachable server
 * the tests are skipped with a message, except in CI (`CI=true`), where that is a failure.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pg from 'pg';
import { redactUrl } from './postgres-store.ts';

export const TEST_DATABASE_URL = process.env.DATABASE_URL_TEST ?? 'postgres://postgres@127.0.0.1:5432/test';

/** null when the test database answers, else why not. */
export async function reachable(url: string = TEST_DATABASE_URL): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function dropSchemas(
  schemas: readonly string[],
  url: string = TEST_DATABASE_URL,
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

/**
 * Declares the tests that need the test database: `whenReachable` declares them when it answers. Otherwise a suite
 * titled `title` stands in their place: under CI (`CI=true`) with one failing test, else skipped, with the one test
 * `skippedTest`, saying why.
 */
export async function withTestDatabase(
  title: string,
  skippedTest: string,
  whenReachable: () => void,
): Promise<void> {
  const problem = await reachable();
  if (problem === null) {
    whenReachable();
    return;
  }
  const where = redactUrl(TEST_DATABASE_URL);
  if (process.env.CI === 'true') {
    describe(title, () => {
      it('reaches PostgreSQL (required in CI)', () => {
        assert.fail(`PostgreSQL at ${where} is unreachable (${problem}); CI must start it (see .ci/run)`);
      });
    });
  } else {
    describe(title, {
      skip: `PostgreSQL at ${where} is unreachable (${problem}); start it or set DATABASE_URL_TEST`,
    }, () => {
      it(skippedTest);
    });
  }
}
