import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type DiaryStore, openSqliteStore, SQLITE_FILE } from '../../store/index.ts';
import { AccountClient, field, listField, textField } from '../auth/accounts-testkit.ts';
import { type RunningApp, startApp } from '../testkit.ts';

const EPISODE = { startedAt: '2026-11-20T07:15:00Z', severity: 4, note: 'woke with a numb hand' };

describe('a server without accounts', () => {
  let folder = '';
  let store: DiaryStore;
  let server: RunningApp;
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'numbcheck-local-'));
    store = await openSqliteStore(folder);
    server = await startApp({ store });
  });
  after(async () => {
    await server.close();
    await store.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('is as it always was: one diary, no sign-in, and the account routes say there are no accounts', async () => {
    const person = new AccountClient(server.base.replace('127.0.0.1', 'localhost'));
    assert.deepEqual(await person.expect(200, 'GET', '/api/v1/session'), { accounts: false, account: null });
    await person.expect(201, 'POST', '/api/v1/episodes', EPISODE);
    for (const [method, path, body] of [
      ['GET', '/api/v1/account', undefined],
      ['POST', '/api/v1/auth/register/options', { name: 'Ann' }],
      ['POST', '/api/v1/auth/sign-in/options', {}],
      ['POST', '/api/v1/account/tokens', { name: 'x' }],
    ] as const) {
      const reply = await person.request(method, path, body);
      assert.equal(reply.status, 404, `${method} ${path}`);
      assert.equal(textField(reply.json, 'error', 'code'), 'NUMB_ACCOUNTS_OFF');
      assert.match(textField(reply.json, 'error', 'message'), /numbcheck serve --accounts/);
    }
  });
});

describe('a server with accounts', () => {
  let folder = '';
  let store: DiaryStore;
  let server: RunningApp;
  let base = '';
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'numbcheck-accounts-'));
    store = await openSqliteStore(folder);
    server = await startApp({ store, accounts: true });
    // Passkeys belong to a host name; browsers refuse them for an IP address.
    base = server.base.replace('127.0.0.1', 'localhost');
  });
  after(async () => {
    await server.close();
    await store.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('keeps the diary from anyone not signed in, and still assesses for them', async () => {
    const stranger = new AccountClient(base);
    assert.deepEqual(await stranger.expect(200, 'GET', '/api/v1/session'), { accounts: true, account: null });
    for (const [method, path] of [
      ['GET', '/api/v1/episodes'],
      ['POST', '/api/v1/episodes'],
      ['GET', '/api/v1/export'],
      ['GET', '/api/v1/account'],
    ]) {
      const reply = await stranger.request(
        method ?? 'GET',
        path ?? '/',
        method === 'POST' ? EPISODE : undefined,
      );
      assert.equal(reply.status, 401, `${method} ${path}`);
      assert.equal(textField(reply.json, 'error', 'code'), 'NUMB_SIGN_IN_REQUIRED');
    }
    await stranger.expect(200, 'POST', '/api/v1/assessments', { answers: {} });
  });

  it('refuses a name no store could keep, or too long, saying what to fix', async () => {
    const ivy = new AccountClient(base);
    for (const [name, message] of [
      ['Ivy\u0000', /"name" expects text without control characters/],
      ['Ivy\ud800', /"name" expects well-formed Unicode text/],
      ['I'.repeat(101), /"name" expects at most 100 characters, got 101/],
    ] as const) {
      const reply = await ivy.request('POST', '/api/v1/auth/register/options', { name });
      assert.equal(reply.status, 400, name);
      assert.match(textField(reply.json, 'error', 'message'), message);
    }
  });

  it('makes an account with a passkey: a session cookie that scripts cannot read, and ten recovery codes shown once', async () => {
    const ann = new AccountClient(base);
    const { accountId, recoveryCodes, setCookie } = await ann.register('Ann');
    assert.match(setCookie, /^numbcheck_session=[A-Za-z0-9_-]{43};/);
    assert.match(setCookie, /HttpOnly/);
    assert.match(setCookie, /SameSite=Strict/);
    assert.doesNotMatch(
      setCookie,
      /Secure/,
      'plain http on this machine: a Secure cookie would never come back',
    );
    assert.equal(recoveryCodes.length, 10);
    assert.equal(new Set(recoveryCodes).size, 10);
    for (const code of recoveryCodes)
      assert.match(code, /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);

    const session = await ann.expect(200, 'GET', '/api/v1/session');
    assert.equal(textField(session, 'account', 'id'), accountId);
    assert.equal(textField(session, 'account', 'name'), 'Ann');
    const view = await ann.expect(200, 'GET', '/api/v1/account');
    assert.equal(field(view, 'recoveryCodesLeft'), 10);
    assert.doesNotMatch(
      JSON.stringify(view),
      new RegExp(recoveryCodes[0] ?? 'x'),
      'codes are not shown again',
    );
    await ann.expect(201, 'POST', '/api/v1/episodes', EPISODE);
    const listed = await ann.expect(200, 'GET', '/api/v1/episodes');
    assert.equal(listField(listed, 'episodes').length, 1);
  });

  it('signs in with the passkey, refuses a replayed or misdirected answer, and signs out', async () => {
    const ben = new AccountClient(base);
    const { accountId } = await ben.register('Ben');
    await ben.expect(204, 'POST', '/api/v1/auth/sign-out');
    assert.equal(ben.cookie, undefined);
    assert.equal((await ben.request('GET', '/api/v1/episodes')).status, 401);

    const answer = await ben.signInAnswer();
    const signedIn = await ben.expect(200, 'POST', '/api/v1/auth/sign-in', answer);
    assert.equal(textField(signedIn, 'account', 'id'), accountId);
    await ben.expect(200, 'GET', '/api/v1/episodes');

    // The same answer again (a stolen one, replayed) finds its challenge used up.
    const replay = new AccountClient(base);
    const replayed = await replay.request('POST', '/api/v1/auth/sign-in', answer);
    assert.equal(replayed.status, 401);
    assert.equal(textField(replayed.json, 'error', 'code'), 'NUMB_SIGN_IN_FAILED');
    assert.equal(replay.cookie, undefined);

    // An answer signed for another site (a phishing page) is refused.
    const phished = await ben.signInAnswer('https://numbcheck-login.example');
    assert.equal((await replay.request('POST', '/api/v1/auth/sign-in', phished)).status, 401);
    // So is a registration answer offered as a sign-in.
    const wrongType = await ben.signInAnswer(ben.origin, 'webauthn.create');
    assert.equal((await replay.request('POST', '/api/v1/auth/sign-in', wrongType)).status, 401);
    assert.equal(replay.cookie, undefined);
  });

  it('signs in once with each recovery code, and signs out everywhere', async () => {
    const cy = new AccountClient(base);
    const { recoveryCodes } = await cy.register('Cy');
    const [first = '', second = ''] = recoveryCodes;
    const laptop = new AccountClient(base);
    // Typed by hand: lower case, spaces instead of dashes, the letter O for a zero.
    const typed = first.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    const recovered = await laptop.expect(200, 'POST', '/api/v1/auth/recover', { code: typed });
    assert.equal(field(recovered, 'recoveryCodesLeft'), 9);
    const again = await new AccountClient(base).request('POST', '/api/v1/auth/recover', { code: first });
    assert.equal(again.status, 401);
    assert.equal(textField(again.json, 'error', 'code'), 'NUMB_SIGN_IN_FAILED');

    const phone = new AccountClient(base);
    await phone.expect(200, 'POST', '/api/v1/auth/recover', { code: second });
    const everywhere = await laptop.expect(200, 'POST', '/api/v1/auth/sign-out-everywhere');
    assert.equal(field(everywhere, 'sessionsEnded'), 3);
    for (const browser of [cy, phone])
      assert.equal((await browser.request('GET', '/api/v1/episodes')).status, 401);
  });

  it('gives scripts personal access tokens: stored hashed, limited to the diary, revocable', async () => {
    const dee = new AccountClient(base);
    await dee.register('Dee');
    const created = await dee.expect(201, 'POST', '/api/v1/account/tokens', { name: 'laptop CLI' });
    const secret = textField(created, 'secret');
    assert.match(secret, /^nc_pat_[A-Za-z0-9_-]{43}$/);
    const tokenId = textField(created, 'accessToken', 'id');

    const script = new AccountClient(base);
    script.token = secret;
    await script.expect(201, 'POST', '/api/v1/episodes', EPISODE);
    assert.equal(listField(await dee.expect(200, 'GET', '/api/v1/episodes'), 'episodes').length, 1);
    // A token reaches the diary, not the account: it cannot mint tokens or delete the account.
    for (const [method, path, body] of [
      ['POST', '/api/v1/account/tokens', { name: 'more' }],
      ['DELETE', '/api/v1/account', { confirm: 'delete my account' }],
      ['GET', '/api/v1/account/export', undefined],
    ] as const) {
      const reply = await script.request(method, path, body);
      assert.equal(reply.status, 403, `${method} ${path}`);
      assert.equal(textField(reply.json, 'error', 'code'), 'NUMB_SESSION_REQUIRED');
    }
    const view = await dee.expect(200, 'GET', '/api/v1/account');
    assert.match(JSON.stringify(field(view, 'accessTokens')), /"lastUsedAt":"20/);

    // Neither the token nor a session secret is in the database file.
    const database = await readFile(join(folder, SQLITE_FILE));
    const wal = await readFile(join(folder, `${SQLITE_FILE}-wal`)).catch(() => Buffer.alloc(0));
    for (const secretText of [secret, (dee.cookie ?? '').split('=')[1] ?? '']) {
      assert.ok(secretText.length > 20);
      assert.equal(database.includes(secretText), false);
      assert.equal(wal.includes(secretText), false);
    }

    await dee.expect(204, 'DELETE', `/api/v1/account/tokens/${tokenId}`);
    const revoked = await script.request('GET', '/api/v1/episodes');
    assert.equal(revoked.status, 401);
    assert.equal(textField(revoked.json, 'error', 'code'), 'NUMB_SIGN_IN_FAILED');
    const forged = new AccountClient(base);
    forged.token = 'nc_pat_not-a-real-token';
    assert.equal((await forged.request('GET', '/api/v1/episodes')).status, 401);
  });

  it('adds and removes passkeys, but never the last one', async () => {
    const eve = new AccountClient(base);
    await eve.register('Eve');
    const only = eve.authenticator.credentialIds[0] ?? '';
    const last = await eve.request('DELETE', `/api/v1/account/passkeys/${only}`);
    assert.equal(last.status, 409);
    assert.equal(textField(last.json, 'error', 'code'), 'NUMB_LAST_PASSKEY');

    const options = await eve.expect(200, 'POST', '/api/v1/account/passkeys/options');
    const excluded = field(options, 'options', 'excludeCredentials');
    assert.match(
      JSON.stringify(excluded),
      new RegExp(only),
      'the same authenticator is not registered twice',
    );
    const phone = new AccountClient(base);
    const credential = phone.authenticator.create(
      {
        challenge: textField(options, 'options', 'challenge'),
        rp: { id: textField(options, 'options', 'rp', 'id') },
        user: { id: textField(options, 'options', 'user', 'id') },
      },
      eve.origin,
    );
    await eve.expect(201, 'POST', '/api/v1/account/passkeys', {
      flowId: field(options, 'flowId'),
      credential,
    });
    await phone.signIn();
    await eve.expect(204, 'DELETE', `/api/v1/account/passkeys/${only}`);
    await eve.expect(204, 'POST', '/api/v1/auth/sign-out');
    const gone = await eve.signInAnswer();
    assert.equal((await eve.request('POST', '/api/v1/auth/sign-in', gone)).status, 401);
  });

  it('lets an account take everything with it, then delete itself and all its data', async () => {
    const fay = new AccountClient(base);
    const { accountId } = await fay.register('Fay');
    await fay.expect(201, 'POST', '/api/v1/episodes', EPISODE);
    await fay.expect(201, 'POST', '/api/v1/exposures', { kind: 'run', note: 'long run' });
    await fay.expect(201, 'POST', '/api/v1/account/tokens', { name: 'script' });
    const exported = await fay.expect(200, 'GET', '/api/v1/account/export');
    assert.equal(textField(exported, 'account', 'id'), accountId);
    assert.equal(listField(exported, 'diary', 'episodes').length, 1);
    assert.equal(listField(exported, 'diary', 'exposures').length, 1);
    assert.equal(listField(exported, 'passkeys').length, 1);
    assert.equal(listField(exported, 'accessTokens').length, 1);

    const unconfirmed = await fay.request('DELETE', '/api/v1/account', { confirm: 'yes' });
    assert.equal(unconfirmed.status, 400);
    assert.match(textField(unconfirmed.json, 'error', 'message'), /delete my account/);
    const deleted = await fay.expect(200, 'DELETE', '/api/v1/account', { confirm: 'delete my account' });
    assert.deepEqual(field(deleted, 'deleted'), { episodes: 1, exposures: 1, assessments: 0, bctq: 0 });
    assert.equal(fay.cookie, undefined);
    assert.equal(await store.accounts.getAccount(accountId), null);
    assert.deepEqual(await store.counts(accountId), { episodes: 0, exposures: 0, assessments: 0, bctq: 0 });
    assert.deepEqual(await store.accounts.listAccessTokens(accountId), []);
    assert.deepEqual(await store.accounts.listPasskeys(accountId), []);
    assert.equal(await store.accounts.recoveryCodesLeft(accountId), 0);
    const answer = await fay.signInAnswer();
    assert.equal((await fay.request('POST', '/api/v1/auth/sign-in', answer)).status, 401);
  });
});

describe('a server with accounts behind a TLS proxy', () => {
  let folder = '';
  let store: DiaryStore;
  let server: RunningApp;
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'numbcheck-proxy-'));
    store = await openSqliteStore(folder);
    server = await startApp({ store, accounts: true, trustProxy: true });
  });
  after(async () => {
    await server.close();
    await store.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('marks the session cookie Secure, and expects passkeys for the https origin', async () => {
    const gil = new AccountClient(server.base.replace('127.0.0.1', 'localhost'));
    const options = await gil.request(
      'POST',
      '/api/v1/auth/register/options',
      { name: 'Gil' },
      { 'x-forwarded-proto': 'https' },
    );
    assert.equal(options.status, 200);
    const credential = gil.authenticator.create(
      {
        challenge: textField(options.json, 'options', 'challenge'),
        rp: { id: 'localhost' },
        user: { id: textField(options.json, 'options', 'user', 'id') },
      },
      gil.origin.replace('http:', 'https:'),
    );
    const made = await gil.request(
      'POST',
      '/api/v1/auth/register',
      { flowId: field(options.json, 'flowId'), credential },
      { 'x-forwarded-proto': 'https' },
    );
    assert.equal(made.status, 201, made.text);
    assert.match(made.headers.get('set-cookie') ?? '', /; Secure/);
  });
});

describe('a server with accounts, as time passes', () => {
  let folder = '';
  let store: DiaryStore;
  let server: RunningApp;
  let clock = new Date('2026-12-06T09:00:00Z');
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'numbcheck-clock-'));
    store = await openSqliteStore(folder);
    server = await startApp({ store, accounts: true, now: () => clock });
  });
  after(async () => {
    await server.close();
    await store.close();
    await rm(folder, { recursive: true, force: true });
  });
  const later = (minutes: number) => {
    clock = new Date(clock.getTime() + minutes * 60_000);
  };

  it('ends a sign-in after 30 days, and a passkey request after 5 minutes', async () => {
    const hal = new AccountClient(server.base.replace('127.0.0.1', 'localhost'));
    await hal.register('Hal');
    later(29 * 24 * 60);
    await hal.expect(200, 'GET', '/api/v1/episodes');
    later(2 * 24 * 60);
    const expired = await hal.request('GET', '/api/v1/episodes');
    assert.equal(expired.status, 401);

    const slow = await hal.signInAnswer();
    later(6);
    const late = await hal.request('POST', '/api/v1/auth/sign-in', slow);
    assert.equal(late.status, 401);
    assert.match(textField(late.json, 'error', 'message'), /more than five minutes old/);
    await hal.signIn();
    await hal.expect(200, 'GET', '/api/v1/episodes');
  });
});
