import assert from 'node:assert/strict';
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { NumbError } from '../../errors.ts';
import { SQLITE_FILE } from '../../store/index.ts';
import { parseCommandLine } from '../args.ts';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

/** The environment of a spawned numbcheck: no HOST, PORT, DATABASE_URL or NUMBCHECK_DATA_DIR unless given. */
function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { HOST: _h, PORT: _p, DATABASE_URL: _d, NUMBCHECK_DATA_DIR: _n, ...rest } = process.env;
  return { ...rest, NO_COLOR: '1', ...extra };
}

interface Server {
  child: ChildProcessWithoutNullStreams;
  url: string;
  stderr: () => string;
}

async function startServe(args: string[], extraEnv: Record<string, string> = {}): Promise<Server> {
  const child = spawn(process.execPath, [MAIN, 'serve', '--port', '0', ...args], { env: env(extraEnv) });
  let stderr = '';
  child.stdout.resume();
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      const match = /numbcheck is running at (http:\/\/\S+\/) \(Ctrl-C to stop\)/.exec(stderr);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`numbcheck serve exited with ${code}: ${stderr}`)));
  });
  return { child, url, stderr: () => stderr };
}

async function stop(server: Server): Promise<number | null> {
  server.child.kill('SIGTERM');
  if (server.child.exitCode !== null) return server.child.exitCode;
  const [code] = await once(server.child, 'exit');
  return typeof code === 'number' ? code : null;
}

describe('numbcheck serve keeps the diary (the real CLI)', () => {
  let root: string;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'numbcheck-serve-'));
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('--data DIR: an episode posted survives a SIGTERM and a restart', async () => {
    const data = join(root, 'fresh', 'diary');
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
    const data = join(root, 'from-env');
    const server = await startServe([], { NUMBCHECK_DATA_DIR: data });
    try {
      assert.ok(server.stderr().includes(`Diary: ${join(data, SQLITE_FILE)}`), server.stderr());
      const list = await fetch(new URL('api/v1/episodes', server.url));
      assert.deepEqual(await list.json(), { episodes: [] });
    } finally {
      assert.equal(await stop(server), 0);
    }
  });

  it('exits 2 with a message when the diary cannot be opened', async () => {
    const child = spawn(process.execPath, [MAIN, 'serve', '--port', '0'], {
      env: env({ DATABASE_URL: 'postgres://me:secret@127.0.0.1:1/none' }),
    });
    let stderr = '';
    child.stdout.resume();
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const [code] = await once(child, 'exit');
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
