import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { NumbError } from '../../errors.ts';
import { knowledge } from '../../knowledge/index.ts';
import { parseCommandLine } from '../args.ts';
import {
  cliEnv,
  exitCodeOf,
  type Run,
  runCli,
  type Served,
  startServe as startServeCli,
} from '../testkit.ts';
import { DEFAULT_HOST, DEFAULT_PORT, listenAddress, serverUrl } from './serve.ts';

describe('listenAddress', () => {
  it('defaults to 127.0.0.1:8080', () => {
    assert.deepEqual(listenAddress({ host: undefined, port: undefined }, {}), {
      host: DEFAULT_HOST,
      port: DEFAULT_PORT,
    });
    assert.equal(DEFAULT_HOST, '127.0.0.1');
    assert.equal(DEFAULT_PORT, 8080);
  });

  it('takes HOST and PORT from the environment, and the options win over them', () => {
    const env = { HOST: '0.0.0.0', PORT: '9000' };
    assert.deepEqual(listenAddress({ host: undefined, port: undefined }, env), {
      host: '0.0.0.0',
      port: 9000,
    });
    assert.deepEqual(listenAddress({ host: '::1', port: 3000 }, env), { host: '::1', port: 3000 });
    assert.deepEqual(listenAddress({ host: undefined, port: undefined }, { HOST: '', PORT: '' }), {
      host: DEFAULT_HOST,
      port: DEFAULT_PORT,
    });
  });

  it('refuses a PORT that is not a port number, naming the variable', () => {
    for (const bad of ['abc', '-1', '65536', '80.5', ' 80']) {
      assert.throws(
        () => listenAddress({ host: undefined, port: undefined }, { PORT: bad }),
        (error: unknown) =>
          error instanceof NumbError &&
          error.code === 'NUMB_BAD_USAGE' &&
          error.message.startsWith(
            `the PORT environment variable expects a port number from 0 to 65535, got ${JSON.stringify(bad)}`,
          ),
      );
    }
  });

  it('writes IPv6 hosts in brackets in the URL', () => {
    assert.equal(serverUrl('127.0.0.1', 8080), 'http://127.0.0.1:8080/');
    assert.equal(serverUrl('::1', 8080), 'http://[::1]:8080/');
  });
});

describe('parseCommandLine serve', () => {
  it('reads --host and --port (and -p)', () => {
    assert.deepEqual(parseCommandLine(['serve']), { command: 'serve', host: undefined, port: undefined });
    assert.deepEqual(parseCommandLine(['serve', '--host', '0.0.0.0', '--port', '3000']), {
      command: 'serve',
      host: '0.0.0.0',
      port: 3000,
    });
    assert.deepEqual(parseCommandLine(['serve', '-p', '0']), { command: 'serve', host: undefined, port: 0 });
    assert.deepEqual(parseCommandLine(['serve', '--port=65535']), {
      command: 'serve',
      host: undefined,
      port: 65535,
    });
    assert.deepEqual(parseCommandLine(['help', 'serve']), { command: 'help', topic: 'serve' });
  });

  it('reads --accounts, --allowed-host (once per name) and --trust-proxy', () => {
    assert.deepEqual(
      parseCommandLine([
        'serve',
        '--host',
        '0.0.0.0',
        '--accounts',
        '--allowed-host',
        'numbcheck.example.org',
        '--allowed-host=clinic.example',
        '--trust-proxy',
      ]),
      {
        command: 'serve',
        host: '0.0.0.0',
        port: undefined,
        accounts: true,
        allowedHosts: ['numbcheck.example.org', 'clinic.example'],
        trustProxy: true,
      },
    );
    for (const bad of ['https://numbcheck.example.org', 'numbcheck.example.org:443', 'a/b']) {
      assert.throws(
        () => parseCommandLine(['serve', '--allowed-host', bad]),
        (error: unknown) =>
          error instanceof NumbError &&
          /--allowed-host' needs a host name without scheme or port/.test(error.message),
        bad,
      );
    }
  });

  it('refuses a bad port, a missing value, stray arguments and options of other commands', () => {
    const cases: [string[], RegExp][] = [
      [
        ['serve', '--port', 'abc'],
        /^--port expects a port number from 0 to 65535, got "abc"\nRun 'numbcheck serve --help'/,
      ],
      [['serve', '--port', '70000'], /got "70000"/],
      [['serve', '--port'], /option '--port' needs a value/],
      [['serve', '--host'], /option '--host' needs a value/],
      [['serve', 'now'], /unexpected argument 'now'/],
      [['serve', '--json'], /'numbcheck serve' has no option '--json'/],
      [['assess', '--port', '80'], /'numbcheck assess' has no option '--port'/],
    ];
    for (const [args, message] of cases) {
      assert.throws(
        () => parseCommandLine(args),
        (error: unknown) => error instanceof NumbError && message.test(error.message),
        args.join(' '),
      );
    }
  });
});

/** A diary folder of the tests' own, so that serving never touches ~/.numbcheck. */
const DATA_DIR = mkdtempSync(join(tmpdir(), 'numbcheck-serve-test-'));
after(() => rmSync(DATA_DIR, { recursive: true, force: true }));

/** The environment of a spawned numbcheck, without HOST, PORT or DATABASE_URL unless given, with its own diary. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return cliEnv({ NUMBCHECK_DATA_DIR: DATA_DIR, ...extra }, ['HOST', 'PORT', 'DATABASE_URL']);
}

/** Starts `numbcheck serve …` and waits (for as long as it takes) until it prints its URL. */
function startServe(args: string[], extraEnv: Record<string, string> = {}): Promise<Served> {
  return startServeCli(args, env(extraEnv));
}

/** Runs `numbcheck …` to its end. */
function run(args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
  return runCli(args, { env: env(extraEnv) });
}

describe('numbcheck serve (the real CLI)', () => {
  it('will not open the one shared diary to the network: another address needs --accounts', async () => {
    for (const host of ['0.0.0.0', '::', '192.0.2.10']) {
      const result = await run(['serve', '--host', host, '--port', '0']);
      assert.equal(result.code, 2, host);
      assert.match(
        result.stderr,
        new RegExp(`--host ${host.replace(/\./g, '\\.')} opens numbcheck to the network`),
      );
      assert.match(result.stderr, /add --accounts/);
    }
  });

  it('listens on 127.0.0.1, says so with the notice, logs requests, and stops with exit 0 on SIGTERM', async () => {
    const server = await startServe(['--port', '0']);
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      assert.ok(server.stderr().includes(knowledge.notice), 'the notice');
      const response = await fetch(new URL('healthz', server.url));
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { status: 'ok', knowledgeVersion: knowledge.version });
      const assessment = await fetch(new URL('api/v1/assessments', server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"answers": {"age": 61.5}}',
      });
      assert.equal(assessment.status, 200);
      await assessment.arrayBuffer();
    } finally {
      server.child.kill('SIGTERM');
    }
    assert.equal(await exitCodeOf(server.child), 0);
    assert.match(server.stderr(), /numbcheck stopped\.\n$/);
    const requests = server
      .stdout()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line))
      .filter((entry) => entry.msg === 'request');
    assert.deepEqual(
      requests.map((entry) => [entry.method, entry.path, entry.status]),
      [
        ['GET', '/healthz', 200],
        ['POST', '/api/v1/assessments', 200],
      ],
    );
    assert.doesNotMatch(server.stdout(), /61\.5/, 'no answer in the log');
  });

  it('takes HOST and PORT from the environment, and stops with exit 0 on SIGINT (Ctrl-C)', async () => {
    const server = await startServe([], { HOST: '127.0.0.1', PORT: '0' });
    server.child.kill('SIGINT');
    assert.equal(await exitCodeOf(server.child), 0);
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('exits 2 with a message for a bad port, from the option or from PORT', async () => {
    const option = await run(['serve', '--port', 'abc']);
    assert.equal(option.code, 2);
    assert.match(option.stderr, /^numbcheck: --port expects a port number from 0 to 65535, got "abc"\n/);
    const variable = await run(['serve'], { PORT: 'eighty' });
    assert.equal(variable.code, 2);
    assert.match(
      variable.stderr,
      /the PORT environment variable expects a port number from 0 to 65535, got "eighty"/,
    );
  });

  it('exits 2 with a message when the port is in use', async () => {
    const blocker = createServer();
    blocker.listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    const address = blocker.address();
    assert.ok(typeof address === 'object' && address !== null);
    try {
      const result = await run(['serve', '--port', String(address.port)]);
      assert.equal(result.code, 2);
      assert.match(
        result.stderr,
        new RegExp(`127\\.0\\.0\\.1 port ${address.port} is in use; choose another with --port`),
      );
    } finally {
      blocker.close();
    }
  });

  it('serve --help documents the options, the defaults and the environment', async () => {
    const help = await run(['serve', '--help']);
    assert.equal(help.code, 0);
    for (const text of ['--host HOST', '--port PORT', '127.0.0.1', '8080', 'HOST, PORT', 'never']) {
      assert.ok(help.stdout.includes(text), text);
    }
    const main = await run(['--help']);
    assert.match(main.stdout, /numbcheck serve \[--host H\] \[--port P\]/);
  });
});
