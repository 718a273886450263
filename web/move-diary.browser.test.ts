/**
 * "Move my diary to my account", in a real Chromium on a server with accounts and a real SQLite store: while the
 * server cannot be reached, the diary lives in the browser; once it answers and the person has signed in with a
 * passkey (Chromium's virtual authenticator), the browser's diary goes up once, with what was added and skipped; a
 * second move adds nothing; the browser's diary is cleared only when the person asks. On a server without accounts
 * the same move goes to the server's one diary. Screens are checked with axe
 * and photographed into test-artifacts/screenshots/move-*.png.
 *
 * Needs the built app: `npm run build` (npm test runs it first).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  addAuthenticator,
  closeSession,
  logEpisode,
  useHarness,
  visibleText,
  waitForScreen,
} from './browser-testkit.ts';

const harness = useHarness({ storePrefix: 'numbcheck-move-diary-', accounts: true, shotPrefix: 'move-' });
/** numbcheck on the person's own machine: one diary, no accounts. */
const ownServer = useHarness({ storePrefix: 'numbcheck-move-own-', shotPrefix: 'move-own-' });

describe('moving the browser’s diary to an account', () => {
  test('sends it up once, says what was added and skipped, and clears it only when asked', async () => {
    const session = await harness.open({ path: '#/diary', waitForScreen: false });
    const { page } = session;
    await addAuthenticator(session);

    // The server does not answer (a train, a tunnel): the diary lives in this browser.
    await page.route('**/api/v1/**', (route) => route.abort('internetdisconnected'));
    await page.reload();
    await waitForScreen(page, 'diary-home');
    assert.equal(await page.locator('[data-place]').getAttribute('data-place'), 'browser');
    await logEpisode(page, 6, 'numb on the train');
    await logEpisode(page, 3, 'tingling while typing');

    // Back online: the server's diary, behind a sign-in.
    await page.unroute('**/api/v1/**');
    await page.reload();
    await waitForScreen(page, 'sign-in');
    await page.getByLabel('A name for your account').fill('Vera');
    await page.getByRole('button', { name: 'Create an account with a passkey' }).click();
    await waitForScreen(page, 'account-created');
    await page.getByRole('button', { name: 'I have kept them' }).click();
    await waitForScreen(page, 'diary-home');
    assert.equal(await page.locator('[data-place]').getAttribute('data-place'), 'server');
    const offer = page.locator('.move-offer');
    await offer.waitFor();
    assert.match(await visibleText(offer), /This browser also keeps a diary of its own: 2 episodes/);
    await harness.capture(page, 'diary-home-offer');

    await offer.getByRole('link', { name: 'Move it to your account' }).click();
    await waitForScreen(page, 'diary-move');
    await page.getByText('In this browser: 2 episodes, 0 periods').waitFor();
    assert.match(await visibleText(page.locator('main')), /The diary in this browser is left as it is/);
    assert.equal(await page.getByRole('button', { name: 'Clear this browser’s diary' }).count(), 0);
    await harness.capture(page, 'move');
    await page.getByRole('button', { name: 'Move to my account' }).click();
    await page.getByText(/^Moved to your account: 2 episodes, 0 periods.*skipped: 0 episodes/).waitFor();
    // Clearing is offered only now that the entries are in the account.
    await page.getByRole('button', { name: 'Clear this browser’s diary' }).waitFor();
    await harness.capture(page, 'moved');

    // The account's diary has both; a second move adds nothing.
    await page.getByRole('button', { name: 'Move to my account' }).click();
    await page.getByText(/^Moved to your account: 0 episodes, .*skipped: 2 episodes/).waitFor();
    await page.goto(`${harness.baseUrl}#/diary`);
    await waitForScreen(page, 'diary-home');
    await page.getByText('numb on the train').waitFor();
    await page.getByText('tingling while typing').waitFor();

    // Cleared only on request: the account keeps the diary, the offer goes.
    await page.locator('.move-offer').getByRole('link').click();
    await waitForScreen(page, 'diary-move');
    await page.getByRole('button', { name: 'Move to my account' }).click();
    await page.getByText(/^Moved to your account: 0 episodes/).waitFor();
    await page.getByRole('button', { name: 'Clear this browser’s diary' }).click();
    await page.getByText(/^Cleared from this browser: 2 episodes/).waitFor();
    await page.goto(`${harness.baseUrl}#/diary`);
    await waitForScreen(page, 'diary-home');
    await page.getByText('numb on the train').waitFor();
    assert.equal(await page.locator('.move-offer').count(), 0);
    await closeSession(session, [/ERR_INTERNET_DISCONNECTED|Failed to load resource/]);
  });
});

describe('moving the browser’s diary to the diary of a server without accounts', () => {
  test('offers it once the server answers again, and sends it once', async () => {
    const session = await ownServer.open({ path: '#/diary', waitForScreen: false });
    const { page } = session;
    // The server was stopped: the diary lives in this browser.
    await page.route('**/api/v1/**', (route) => route.abort('internetdisconnected'));
    await page.reload();
    await waitForScreen(page, 'diary-home');
    assert.equal(await page.locator('[data-place]').getAttribute('data-place'), 'browser');
    await logEpisode(page, 5, 'numb while the server was off');

    // The server runs again: its diary, with the offer to bring the browser's entries into it.
    await page.unroute('**/api/v1/**');
    await page.reload();
    await waitForScreen(page, 'diary-home');
    assert.equal(await page.locator('[data-place]').getAttribute('data-place'), 'server');
    assert.equal(await page.getByText('numb while the server was off').count(), 0, 'not on the server yet');
    const offer = page.locator('.move-offer');
    await offer.getByRole('link', { name: 'Move it to the server’s diary' }).click();
    await waitForScreen(page, 'diary-move');
    assert.equal(await page.title(), 'Move this browser’s diary to the numbcheck server – numbcheck');
    await page.getByText('In this browser: 1 episode, 0 periods').waitFor();
    await page.getByRole('button', { name: 'Move to the server’s diary' }).click();
    await page.getByText(/^Moved to the server’s diary: 1 episode, 0 periods.*skipped: 0 episodes/).waitFor();
    await ownServer.capture(page, 'moved');
    await page.getByRole('button', { name: 'Move to the server’s diary' }).click();
    await page.getByText(/^Moved to the server’s diary: 0 episodes, .*skipped: 1 episode/).waitFor();

    await page.goto(`${ownServer.baseUrl}#/diary`);
    await waitForScreen(page, 'diary-home');
    await page.getByText('numb while the server was off').waitFor();
    await closeSession(session, [/ERR_INTERNET_DISCONNECTED|Failed to load resource/]);
  });
});
