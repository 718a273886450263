/**
 * The diary that lives in the browser, in a real Chromium: the built app served as plain files (no API at all), and
 * on the real numbcheck server. The diary home says where its data is; a browser that refuses persistent storage is
 * named, with what to do; an entry the form said was saved survives the tab crashing at once, and a full storage
 * quota is said in the form, which keeps what was typed; export and import move a diary between the browser and a
 * server exactly, both ways. (Moving it to an account: web/move-diary.browser.test.ts.)
 * Screens are checked with axe and photographed into test-artifacts/screenshots/local-*.png.
 *
 * Needs the built app: `npm run build` (npm test runs it first).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Bundle } from '@medplum/fhirtypes';
import type { Page } from 'playwright-core';
import { diaryFromFhir } from '../src/fhir/index.ts';
import { fhirErrors } from '../src/fhir/validation-testkit.ts';
import {
  closeSession,
  logEpisode,
  type Session,
  screenOf,
  useHarness,
  visibleText,
  waitForScreen,
} from './browser-testkit.ts';
import { type StaticHost, serveStatic } from './static-host-testkit.ts';

/** The server with a diary of its own (SQLite in a temporary folder), the other end of the round trip. */
const server = useHarness({ storePrefix: 'numbcheck-local-diary-', shotPrefix: 'local-' });

/** The app asks the static host for the diary's API, which is not there: that 404 is expected. */
const NO_API = [/status of 404/];

let host: StaticHost;
before(async () => {
  host = await serveStatic();
});
after(() => host.close());

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The app from the static host, at `#/diary…`, with downloads accepted. */
function openStatic(path = ''): Promise<Session> {
  return server.open({ url: `${host.baseUrl}#/diary${path}`, context: { acceptDownloads: true } });
}

/** Lets the origin keep its storage for good, as a browser does for an installed or much-used site. */
async function grantPersistence(session: Session, origin: string): Promise<void> {
  const page = await session.context.newCDPSession(session.page);
  const { targetInfo } = await page.send('Target.getTargetInfo');
  const browser = await server.browser.newBrowserCDPSession();
  await browser.send('Browser.setPermission', {
    permission: { name: 'persistent-storage' },
    setting: 'granted',
    origin,
    ...(targetInfo.browserContextId === undefined ? {} : { browserContextId: targetInfo.browserContextId }),
  });
  // Kept attached: the permission lasts as long as the session that set it.
}

/** The JSON export, downloaded from the data screen. */
async function downloadExport(page: Page): Promise<Record<string, unknown>> {
  await page.goto(`${new URL(page.url()).origin}/#/diary/data`);
  await waitForScreen(page, 'diary-data');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const document: unknown = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.ok(isRecord(document));
  return document;
}

async function serverCall(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${server.baseUrl}api/v1${path}`, {
    method,
    headers: body === undefined ? { 'x-numbcheck-client': 'test' } : { 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  assert.ok(response.ok, `${method} ${path} answered ${response.status}`);
  return response.json();
}

describe('the diary in the browser, on a static host', () => {
  test('says the diary lives in this browser, and that the browser refused to keep it for good', async () => {
    const session = await openStatic();
    const { page } = session;
    await waitForScreen(page, 'diary-home');
    const place = page.locator('[data-place]');
    assert.equal(await place.getAttribute('data-place'), 'browser');
    assert.match(await visibleText(place), /on this device, in this browser/);
    assert.equal(
      await place.locator('[data-unanswered]').count(),
      0,
      'a static host answers: nothing is unreachable',
    );
    // Chromium gives persistent storage only to sites it knows well: a new test profile is refused.
    const warning = page.locator('[data-persistence="refused"]');
    await warning.waitFor();
    assert.match(await visibleText(warning), /may clear it\. Export your diary regularly \(Your data\)/);
    await server.capture(page, 'diary-home-refused');
    await closeSession(session, NO_API);
  });

  test('says the same in Russian', async () => {
    const session = await server.open({ url: `${host.baseUrl}#/diary`, context: { locale: 'ru-RU' } });
    const { page } = session;
    await waitForScreen(page, 'diary-home');
    assert.match(
      await visibleText(page.locator('[data-place]')),
      /хранится на этом устройстве, в этом браузере/,
    );
    assert.match(
      await visibleText(page.locator('[data-persistence="refused"]')),
      /Браузер не согласился хранить данные дневника постоянно/,
    );
    await closeSession(session, NO_API);
  });

  test('where the browser keeps the diary for good, no warning; an episode logged is there after a reload', async () => {
    const session = await server.open({ url: host.baseUrl, context: { acceptDownloads: true } });
    const { page } = session;
    await grantPersistence(session, host.baseUrl.replace(/\/$/, ''));
    await page.goto(`${host.baseUrl}#/diary`);
    await waitForScreen(page, 'diary-home');
    await page.getByText(/on this device, in this browser/).waitFor();
    assert.equal(await page.locator('[data-persistence="refused"]').count(), 0);
    await logEpisode(page, 5, 'numb after the night shift');
    await server.capture(page, 'diary-home-browser');
    await page.reload();
    await waitForScreen(page, 'diary-home');
    await page.getByText('numb after the night shift').waitFor();
    await closeSession(session, NO_API);
  });

  test('a second tab is told the diary is open in the first, and what to do, not that there is no diary', async () => {
    const session = await openStatic();
    const { context, page } = session;
    await waitForScreen(page, 'diary-home');
    const second = await context.newPage();
    await second.goto(`${host.baseUrl}#/diary`);
    const alert = second.getByRole('alert');
    await alert.waitFor();
    assert.match(
      await visibleText(alert),
      /^The diary cannot be opened in this browser: numbcheck is open in another tab or window of this browser .*Close it, then reload this page\.$/,
    );
    await page.close();
    await second.reload();
    await waitForScreen(second, 'diary-home');
    await closeSession({ ...session, page: second }, NO_API);
  });

  test('an episode the form said was saved survives the tab crashing at once', async () => {
    const session = await openStatic();
    const { page } = session;
    await waitForScreen(page, 'diary-home');
    await logEpisode(page, 6, 'saved just before the crash');
    // The renderer dies the moment "Saved" shows: no unload, no time for anything still in flight.
    const crashed = new Promise<void>((resolve) => page.once('crash', () => resolve()));
    const cdp = await session.context.newCDPSession(page);
    cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    const again = await session.context.newPage();
    await again.goto(`${host.baseUrl}#/diary`);
    await waitForScreen(again, 'diary-home');
    await again.getByText('saved just before the crash').waitFor();
    await closeSession(session, NO_API);
  });

  test('export and import move a diary between the browser and the server exactly, both ways', async () => {
    const session = await openStatic();
    const { page } = session;
    await waitForScreen(page, 'diary-home');
    await logEpisode(page, 4, 'pins and needles at the desk');
    await logEpisode(page, 7, 'woke with a dead hand');

    // Browser → server: the server's export of what it imported is the browser's export.
    const fromBrowser = await downloadExport(page);
    assert.equal((fromBrowser.episodes as unknown[]).length, 2);
    const imported = await serverCall('POST', '/import', fromBrowser);
    assert.ok(isRecord(imported) && isRecord(imported.added));
    assert.equal(imported.added.episodes, 2);
    assert.deepEqual(await serverCall('GET', '/export'), fromBrowser);

    // Server → browser: an episode only the server has comes into the browser; then both exports are equal.
    await serverCall('POST', '/episodes', {
      startedAt: '2026-11-02T06:30:00+01:00',
      severity: 3,
      note: 'logged on the server',
    });
    const fromServer = await serverCall('GET', '/export');
    await page.getByLabel('JSON file').setInputFiles({
      name: 'numbcheck-diary.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(fromServer)),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/^Imported: 1 episode, .*skipped: 2 episodes/).waitFor();
    assert.deepEqual(await downloadExport(page), fromServer);
    await closeSession(session, NO_API);
  });
});

describe('the diary in the browser, for a doctor’s system', () => {
  test('downloads a FHIR R4 Bundle made in the page, valid, that reads back into the same diary', async () => {
    const session = await openStatic();
    const { page } = session;
    await waitForScreen(page, 'diary-home');
    await logEpisode(page, 5, 'tingling thumb after cycling');
    const document = await downloadExport(page);
    await server.capture(page, 'diary-data-browser');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download for my doctor’s system (FHIR)' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^numbcheck-fhir-\d{4}-\d{2}-\d{2}\.json$/);
    const bundle: Bundle = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(bundle.type, 'collection');
    const resources = (bundle.entry ?? []).flatMap(({ resource }) => (resource ? [resource] : []));
    assert.deepEqual([...new Set(resources.map((resource) => resource.resourceType))].sort(), [
      'Composition',
      'Observation',
      'Patient',
    ]);
    assert.deepEqual(
      resources.flatMap((resource) => fhirErrors(resource)),
      [],
      'every resource is valid FHIR R4',
    );
    assert.deepEqual(
      diaryFromFhir(bundle),
      document,
      'the Bundle reads back into the diary it was made from',
    );
    await closeSession(session, NO_API);
  });
});

describe('the diary in the browser, when the browser’s storage is full', () => {
  test('the form says so and keeps what was typed; once there is room, it saves', async () => {
    const session = await openStatic('/log');
    const { page } = session;
    await waitForScreen(page, 'diary-log');
    const origin = host.baseUrl.replace(/\/$/, '');
    const cdp = await session.context.newCDPSession(page);
    // No room beyond what the diary uses now: the next write needs more than the browser allows.
    const usage = Number(await page.evaluate('navigator.storage.estimate().then((e) => e.usage)'));
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage });
    await page.getByLabel('How bad was it?').fill('8');
    await page.getByText('When, how long, what you tried, note').click();
    const note = 'numb from the elbow down after carrying the shopping';
    await page.getByLabel('Note (optional)').fill(note);
    await page.getByRole('button', { name: 'Save episode' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(
      await visibleText(alert),
      /The browser has no room left to store the diary, so this entry was not saved/,
    );
    await server.capture(page, 'diary-log-storage-full');
    assert.equal(await screenOf(page), 'diary-log', 'the form stays');
    assert.equal(await page.getByLabel('Note (optional)').inputValue(), note);
    assert.equal(await page.getByLabel('How bad was it?').inputValue(), '8');

    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await page.getByRole('button', { name: 'Save episode' }).click();
    await waitForScreen(page, 'diary-home');
    await page.getByText(note).waitFor();
    // SQLite's pool logs the refused write to the console itself, before the store says what it was.
    await closeSession(session, [...NO_API, /Unknown write\(\) failure/]);
  });
});

describe('the diary on the numbcheck server', () => {
  test('says the diary is on the server, by its address', async () => {
    const session = await server.open({ path: '#/diary' });
    const { page } = session;
    await waitForScreen(page, 'diary-home');
    const place = page.locator('[data-place]');
    assert.equal(await place.getAttribute('data-place'), 'server');
    assert.match(
      await visibleText(place),
      new RegExp(`on the numbcheck server at ${new URL(server.baseUrl).host}`),
    );
    await server.capture(page, 'diary-home-server');
    await closeSession(session);
  });
});
