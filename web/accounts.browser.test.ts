/**
 * Accounts in a real browser, on a server with accounts (`numbcheck serve --accounts`) and a real SQLite store:
 * Chromium's virtual authenticator (through the DevTools protocol) makes a passkey and signs in with it; recovery
 * codes, an access token used by a script, signing out here and everywhere, and deleting the account. Every screen is
 * checked with axe and photographed into test-artifacts/screenshots/account-*.png.
 *
 * Needs the built app: `npm run build` (npm test runs it first).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  addAuthenticator,
  closeSession,
  type Session,
  useHarness,
  visibleText,
  waitForScreen,
} from './browser-testkit.ts';

const harness = useHarness({
  storePrefix: 'numbcheck-accounts-browser-',
  accounts: true,
  shotPrefix: 'account-',
});

async function openDiary(withAuthenticator: boolean): Promise<Session> {
  const session = await harness.open({ path: '#/diary', waitForScreen: false });
  if (withAuthenticator) await addAuthenticator(session);
  await session.page.locator('[data-screen]').first().waitFor();
  return session;
}

async function codesOn(page: Page): Promise<string[]> {
  return page.locator('.code-list code').allInnerTexts();
}

async function episodesThrough(token: string): Promise<number> {
  const response = await fetch(`${harness.baseUrl}api/v1/episodes`, {
    headers: { authorization: `Bearer ${token}` },
  });
  assert.equal(response.status, 200);
  const body: unknown = await response.json();
  assert.ok(typeof body === 'object' && body !== null && 'episodes' in body && Array.isArray(body.episodes));
  return body.episodes.length;
}

describe('accounts in the browser', () => {
  test('a passkey makes the account and signs in; codes, tokens, signing out and leaving work', async () => {
    const phone = await openDiary(true);
    const { page } = phone;
    await waitForScreen(page, 'sign-in');
    await harness.capture(page, 'sign-in');

    // An empty name is refused with a message that says what to do.
    await page.getByRole('button', { name: 'Create an account with a passkey' }).click();
    assert.match(await visibleText(page.getByRole('alert')), /Enter a name for your account/);

    await page.getByLabel('A name for your account').fill('Ann');
    await page.getByRole('button', { name: 'Create an account with a passkey' }).click();
    await waitForScreen(page, 'account-created');
    assert.match(await visibleText(page.locator('h1')), /Your account is ready, Ann/);
    const codes = await codesOn(page);
    assert.equal(codes.length, 10);
    await harness.capture(page, 'created');
    await page.getByRole('button', { name: 'I have kept them' }).click();
    await waitForScreen(page, 'diary-home');
    assert.match(await visibleText(page.locator('.account-line')), /Signed in as Ann/);
    const session: unknown = await page.evaluate("fetch('/api/v1/session').then((r) => r.json())");
    const accountId =
      typeof session === 'object' && session !== null && 'account' in session
        ? JSON.stringify(session.account)
        : '';
    const id = /"id":"([^"]+)"/.exec(accountId)?.[1] ?? '';
    assert.notEqual(id, '');

    // The session cookie is not readable by the page's scripts.
    assert.equal(await page.evaluate('document.cookie'), '');
    const cookies = await phone.context.cookies();
    assert.equal(cookies.find((c) => c.name === 'numbcheck_session')?.httpOnly, true);
    assert.equal(cookies.find((c) => c.name === 'numbcheck_session')?.sameSite, 'Strict');

    // The account screen: one passkey, ten codes, no tokens; a token for a script.
    await page.getByRole('link', { name: 'Your account' }).click();
    await waitForScreen(page, 'account');
    await page.getByText('10 recovery codes left').waitFor();
    await page.getByLabel('What will use it').fill('laptop CLI');
    await page.getByRole('button', { name: 'Create a token' }).click();
    const secret = (await visibleText(page.locator('.token-secret'))).trim();
    assert.match(secret, /^nc_pat_/);
    await page.getByRole('button', { name: 'Revoke laptop CLI' }).waitFor();
    await harness.capture(page, 'account');
    const logged = await fetch(`${harness.baseUrl}api/v1/episodes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ note: 'logged by a script', severity: 3 }),
    });
    assert.equal(logged.status, 201);

    // Sign out, then back in with the passkey: the episode the script logged is in the diary.
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await waitForScreen(page, 'sign-in');
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await waitForScreen(page, 'diary-home');
    await page.getByText('logged by a script').waitFor();

    // Another browser without the passkey signs in once with a recovery code.
    const laptop = await openDiary(false);
    await waitForScreen(laptop.page, 'sign-in');
    await laptop.page.getByLabel('A recovery code').fill(codes[0] ?? '');
    await laptop.page.getByRole('button', { name: 'Sign in with the code' }).click();
    await waitForScreen(laptop.page, 'diary-home');
    await laptop.page.getByText('logged by a script').waitFor();

    // Sign out everywhere from there: the phone is signed out too; the token, not a sign-in, still works.
    await laptop.page.getByRole('link', { name: 'Your account' }).click();
    await waitForScreen(laptop.page, 'account');
    await laptop.page.getByText('9 recovery codes left').waitFor();
    await laptop.page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await waitForScreen(laptop.page, 'sign-in');
    await page.reload();
    await waitForScreen(page, 'sign-in');
    assert.equal(await episodesThrough(secret), 1);

    // The used code is spent.
    await laptop.page.getByLabel('A recovery code').fill(codes[0] ?? '');
    await laptop.page.getByRole('button', { name: 'Sign in with the code' }).click();
    assert.match(await visibleText(laptop.page.getByRole('alert')), /not an unused recovery code/);

    // Leave: delete the account from the phone; the diary and the token go with it.
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await waitForScreen(page, 'diary-home');
    await page.getByRole('link', { name: 'Your account' }).click();
    await waitForScreen(page, 'account');
    await page.getByLabel('Type “delete my account” to confirm').fill('delete my account');
    await page.getByRole('button', { name: 'Delete my account and diary' }).click();
    await waitForScreen(page, 'sign-in');
    const revoked = await fetch(`${harness.baseUrl}api/v1/episodes`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    assert.equal(revoked.status, 401);
    const store = harness.store;
    assert.ok(store);
    assert.equal(await store.accounts.getAccount(id), null);
    assert.deepEqual(await store.counts(id), { episodes: 0, exposures: 0, assessments: 0, bctq: 0 });
    await closeSession(laptop, [/401/]);
    await closeSession(phone, [/401/]);
  });
});
