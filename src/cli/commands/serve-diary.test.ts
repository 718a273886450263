import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { NumbError } from '../../errors.ts';
import { SQLITE_FILE } from '../../store/index.ts';
import { useTempDir } from '../../suite-testkit.ts';
import { parseCommandLine } from '../args.ts';
import { cliEnv, runCli, type Served, startServe as startServeCli, stopServe } from '../testkit.ts';

/** The environment of a spawned numbcheck: no HOST, PORT, DATABASE_URL or NUMBCHECK_DATA_DIR unless given. */
function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  return cliEnv(extra, ['HOST', 'PORT', 'DATABASE_URL', 'NUMBCHECK_DATA_DIR']);
}

function startServe(args: string[], extraEnv: Record<string, string> = {}): Promise<Served> {
  return startServeCli(['--port', '0', ...args], env(extraEnv));
}

const stop = stopServe;

describe('numbcheck serve keeps the diary (the real CLI)', () => {
  const root = useTempDir('numbcheck-serve-');

  it('--data DIR: an episode posted survives a SIGTERM and a restart', async () => {
    const data = join(root(), 'fresh', 'diary');
    // --data wins over DATABASE_URL, exactly as for `numbcheck diary`.
    const first = await startServe(['--data', data], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    let id: string;
    try {
      assert.ok(
        first.stderr().includes(`Diary: ${join(data, SQLITE_FILE)} (SQLite, on this machine)`),
        first.stderr(),
      );
      const created = await fetch(new URL('api/v1/episodes', first.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ severity: 3, activities: ['keyboard'] }),
      });
      assert.equal(created.status, 201);
      const body: unknown = await created.json();
      assert.ok(typeof body === 'object' && body !== null && 'episode' in body);
      const episode = body.episode;
      assert.ok(typeof episode === 'object' && episode !== null && 'id' in episode);
      assert.equal(typeof episode.id, 'string');
      id = String(episode.id);
      const read = await fetch(new URL(`api/v1/episodes/${id}`, first.url));
      assert.equal(read.status, 200);
      assert.deepEqual(await read.json(), episode);
    } finally {
      assert.equal(await stop(first), 0);
    }
    assert.match(first.stderr(), /numbcheck stopped\.\n$/);
    assert.equal((await stat(join(data, SQLITE_FILE))).mode & 0o777, 0o600, 'only the owner may read it');

    const second = await startServe(['--data', data]);
    try {
      const read = await fetch(new URL(`api/v1/episodes/${id}`, second.url));
      assert.equal(read.status, 200);
      const episode: unknown = await read.json();
      assert.ok(typeof episode === 'object' && episode !== null && 'severity' in episode);
      assert.equal(episode.severity, 3);
    } finally {
      assert.equal(await stop(second), 0);
    }
  });

  it('without --data it uses NUMBCHECK_DATA_DIR', async () => {
    const data = join(root(), 'from-env');
    const server = await startServe([], { NUMBCHECK_DATA_DIR: data });
    try {
      assert.ok(server.stderr().includes(`Diary: ${join(data, SQLITE_FILE)}`), server.stderr());
      const list = await fetch(new URL('api/v1/episodes', server.url));
      assert.deepEqual(await list.json(), { episodes: [], next: null });
    } finally {
      assert.equal(await stop(server), 0);
    }
  });

  it('exits 2 with a message when the diary cannot be opened', async () => {
    const { code, stderr } = await runCli(['serve', '--port', '0'], {
      env: env({ DATABASE_URL: 'postgres://me:secret@127.0.0.1:1/none' }),
    });
    assert.equal(code, 2, stderr);
    assert.match(
      stderr,
      /cannot open the diary in PostgreSQL at postgres:\/\/me:\*\*\*@127\.0\.0\.1:1\/none/,
    );
    assert.doesNotMatch(stderr, /secret/);
  });

  it('parses --data, and refuses it empty', () => {
    assert.deepEqual(parseCommandLine(['serve', '--data', '/tmp/x']), {
      command: 'serve',
      host: undefined,
      port: undefined,
      data: '/tmp/x',
    });
    assert.throws(
      () => parseCommandLine(['serve', '--data', '']),
      (error: unknown) => error instanceof NumbError && /option '--data' needs a folder/.test(error.message),
    );
  });
});
