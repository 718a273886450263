import assert from 'node:assert/strict';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, it } from 'node:test';
import { storeContract } from '../store-contract.ts';
import { openSqliteStore, SQLITE_FILE } from './sqlite-store.ts';

storeContract('SQLite', async () => {
  const root = await mkdtemp(join(tmpdir(), 'numbcheck-sqlite-'));
  const dir = join(root, 'main');
  let empties = 0;
  return {
    open: () => openSqliteStore(dir),
    openEmpty: () => openSqliteStore(join(root, `empty-${++empties}`)),
    writerArgs: ['sqlite', dir],
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
});

describe('SQLite store file', () => {
  it('is created on first run, with its folder, in WAL mode, readable only by its owner', async () => {
    const root = await mkdtemp(join(tmpdir(), 'numbcheck-sqlite-file-'));
    try {
      const dir = join(root, 'nested', 'data');
      const store = await openSqliteStore(dir);
      await store.close();
      const file = join(dir, SQLITE_FILE);
      assert.equal((await stat(file)).mode & 0o777, 0o600);
      assert.equal((await stat(dir)).mode & 0o777, 0o700);
      const db = new DatabaseSync(file);
      assert.equal(db.prepare('PRAGMA journal_mode').get()?.journal_mode, 'wal');
      assert.deepEqual(
        db
          .prepare('SELECT version FROM schema_migrations')
          .all()
          .map((row) => row.version),
        [1, 2],
      );
      const indexes = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%owner%'")
        .all();
      assert.ok(indexes.some((row) => row.name === 'episodes_owner_started'));
      db.close();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('refuses a database written by a newer numbcheck', async () => {
    const root = await mkdtemp(join(tmpdir(), 'numbcheck-sqlite-newer-'));
    try {
      await (await openSqliteStore(root)).close();
      const db = new DatabaseSync(join(root, SQLITE_FILE));
      db.prepare(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'x')",
      ).run();
      db.close();
      await assert.rejects(openSqliteStore(root), /written by a newer numbcheck \(schema version 99\)/);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
