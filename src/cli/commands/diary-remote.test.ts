/**
 * `numbcheck diary --server URL`: the real CLI uses the diary of an account on a real server with accounts, signed in
 * with a personal access token from NUMBCHECK_TOKEN.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AccountClient, field, listField, textField } from '../../server/auth/accounts-testkit.ts';
import { type RunningApp, startApp } from '../../server/testkit.ts';
import { type DiaryStore, openSqliteStore } from '../../store/index.ts';
import { cliEnv, runCli } from '../testkit.ts';

describe('numbcheck diary --server (the real CLI and a real server with accounts)', () => {
  let folder = '';
  let store: DiaryStore;
  let server: RunningApp;
  let base = '';
  let ann: AccountClient;
  let token = '';

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'numbcheck-remote-'));
    store = await openSqliteStore(folder);
    server = await startApp({ store, accounts: true });
    base = server.base.replace('127.0.0.1', 'localhost');
    ann = new AccountClient(base);
    await ann.register('Ann');
    token = textField(await ann.expect(201, 'POST', '/api/v1/account/tokens', { name: 'CLI' }), 'secret');
  });
  after(async () => {
    await server.close();
    await store.close();
    await rm(folder, { recursive: true, force: true });
  });

  const cli = (args: string[], env: Record<string, string> = { NUMBCHECK_TOKEN: token }) =>
    runCli(['diary', ...args], {
      env: cliEnv({ ...env, NUMBCHECK_DATA_DIR: join(folder, 'never-used') }, [
        'DATABASE_URL',
        'NUMBCHECK_TOKEN',
      ]),
    });

  it('logs, lists, sums up and exports the account’s diary on the server', async () => {
    const added = await cli([
      'add',
      '--severity',
      '4',
      '--hand',
      'right',
      '--note',
      'typed from the CLI',
      '--server',
      base,
    ]);
    assert.equal(added.code, 0, added.stderr);
    const listed = await ann.expect(200, 'GET', '/api/v1/episodes');
    assert.match(JSON.stringify(field(listed, 'episodes')), /typed from the CLI/);

    const list = await cli(['list', '--server', base]);
    assert.equal(list.code, 0, list.stderr);
    assert.match(list.stdout, /typed from the CLI/);
    assert.match(list.stdout, /a numbcheck server, with your access token/);

    const repeated = await cli(['add', '--repeat', '--severity', '2', '--server', base]);
    assert.equal(repeated.code, 0, repeated.stderr);
    const exported = await cli(['export', '--server', base]);
    assert.equal(exported.code, 0, exported.stderr);
    const document: unknown = JSON.parse(exported.stdout);
    assert.equal(listField(document, 'episodes').length, 2);
    const stats = await cli(['stats', '--json', '--server', base]);
    assert.equal(stats.code, 0, stats.stderr);
  });

  it('says what to do without a token, with a wrong one, and with --data beside --server', async () => {
    const without = await cli(['list', '--server', base], {});
    assert.equal(without.code, 2);
    assert.match(without.stderr, /--server needs your personal access token in the NUMBCHECK_TOKEN/);

    const wrong = await cli(['list', '--server', base], { NUMBCHECK_TOKEN: 'nc_pat_wrong' });
    assert.notEqual(wrong.code, 0);
    assert.match(wrong.stderr, /Authorization header expects "Bearer nc_pat_…"/);

    const both = await cli(['list', '--server', base, '--data', folder]);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /'--data' .* and '--server' .* cannot both be given/);

    const unreachable = await cli(['list', '--server', 'http://127.0.0.1:1']);
    assert.notEqual(unreachable.code, 0);
    assert.match(unreachable.stderr, /cannot reach the numbcheck server at http:\/\/127\.0\.0\.1:1/);
  });
});
