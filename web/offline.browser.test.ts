/**
 * The installable, offline app (web/build/offline-app.ts, web/src/offline/): once the page has loaded, the service
 * worker holds every file of the build, so that after the connection goes the app reloads and runs: the interview to
 * its result, the diary (in the browser), the free-text intake, the emergency page, the exercises, the break coach, the
 * run companion and the sleep check. The API stays network only. Chrome's own installability check passes.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import {
  closeSession,
  launchChromiumProfile,
  type Session,
  useHarness,
  visibleText,
  WEB_ROOT,
  WIDTHS,
  waitForScreen,
  walkToResult,
} from './browser-testkit.ts';

const harness = useHarness({ shotPrefix: 'offline-' });

/** A page of its own, with the app's service worker allowed (as it is in every test). */
function openWithServiceWorker(path = ''): Promise<Session> {
  return harness.open({ path, context: { serviceWorkers: 'allow' } });
}

/** Waits until the service worker has installed (every precached file is in its cache) and runs the page. */
async function waitForOfflineCopy(page: Page): Promise<void> {
  // The worker takes over the page once it has installed: waiting for that times out if it never does.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
}

/** The addresses the service worker's caches hold, relative to the app, without Workbox's revision parameter. */
async function cachedFiles(page: Page): Promise<string[]> {
  const urls = await page.evaluate(async () => {
    const all: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) all.push(request.url);
    }
    return all;
  });
  return urls
    .map((url) => {
      const parsed = new URL(url);
      parsed.searchParams.delete('__WB_REVISION__');
      return `${parsed.pathname.slice(1)}${parsed.search}`;
    })
    .sort();
}

/** sqlite-wasm's worker front-ends the app never loads (web/build/offline-app.ts, NEVER_LOADED). */
const NEVER_LOADED = /^sqlite3-(worker1|opfs-async-proxy)-.*\.js$/;

/**
 * Every file of the build a browser may load: all but the server's compressed copies, the worker itself and the
 * files the app never loads.
 */
async function builtFiles(): Promise<string[]> {
  const entries = await readdir(WEB_ROOT, { recursive: true, withFileTypes: true });
  return entries
    .filter(
      (entry) =>
        entry.isFile() &&
        !/\.(br|gz|map)$/.test(entry.name) &&
        entry.name !== 'sw.js' &&
        !NEVER_LOADED.test(entry.name),
    )
    .map((entry) => join(entry.parentPath, entry.name).slice(WEB_ROOT.length + 1))
    .sort();
}

/**
 * Takes the page offline with the DevTools protocol's network emulation, as a person losing the connection would
 * be. The context goes offline too, so that the service worker cannot reach the network either: what the page gets
 * comes from the worker's cache or not at all.
 */
async function goOffline(context: BrowserContext, page: Page): Promise<() => Promise<void>> {
  const devtools = await context.newCDPSession(page);
  await devtools.send('Network.enable');
  const conditions = { latency: 0, downloadThroughput: -1, uploadThroughput: -1 };
  await devtools.send('Network.emulateNetworkConditions', { offline: true, ...conditions });
  await context.setOffline(true);
  return async () => {
    await devtools.send('Network.emulateNetworkConditions', { offline: false, ...conditions });
    await context.setOffline(false);
    await devtools.detach();
  };
}

/** Whether the page can reach the server's API (it never comes from a cache). */
function reachesApi(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    fetch('./healthz', { cache: 'no-store' }).then(
      (response) => response.ok,
      () => false,
    ),
  );
}

describe('the offline app', () => {
  test('is installable by Chrome’s own check, with its manifest and icons', async () => {
    // A browser with a profile: Chromium never offers to install from a fresh context, which it treats as incognito.
    const profile = await mkdtemp(join(tmpdir(), 'numbcheck-install-'));
    const context = await launchChromiumProfile(profile, { viewport: { width: WIDTHS[0], height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(harness.baseUrl);
      await waitForOfflineCopy(page);
      const devtools = await context.newCDPSession(page);
      const { installabilityErrors } = await devtools.send('Page.getInstallabilityErrors');
      assert.deepEqual(installabilityErrors, [], 'Chrome finds nothing that stops installing the app');
      const { errors } = await devtools.send('Page.getAppManifest');
      assert.deepEqual(errors, [], 'the manifest parses without errors');

      const manifest = JSON.parse(await readFile(join(WEB_ROOT, 'manifest.webmanifest'), 'utf8'));
      assert.equal(manifest.display, 'standalone');
      assert.equal(manifest.start_url, './');
      assert.equal(
        manifest.theme_color,
        await page.locator('meta[name="theme-color"]').getAttribute('content'),
        'the manifest’s theme colour is the page’s',
      );
      for (const purpose of ['any', 'maskable']) {
        const sizes = manifest.icons
          .filter((icon: { purpose: string }) => icon.purpose === purpose)
          .map((icon: { sizes: string }) => icon.sizes);
        assert.deepEqual(sizes, ['any', '192x192', '512x512'], `${purpose} icons`);
      }
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  });

  test('once loaded, reloads and runs the interview to its result offline, then online again', async () => {
    const session = await openWithServiceWorker();
    const { context, page } = session;
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(new URL(request.url()).pathname));
    // 1. The first load: the service worker installs, with every file of the build in its cache, and runs the page.
    await waitForOfflineCopy(page);
    assert.deepEqual(await cachedFiles(page), await builtFiles(), 'every file of the build is precached');
    // The API is network only: a call made through the worker leaves nothing in a cache.
    assert.equal(await reachesApi(page), true);
    assert.ok(
      !(await cachedFiles(page)).some((file) => /^(api\/|healthz)/.test(file)),
      'no API reply is cached',
    );

    // 2. The connection goes.
    const goOnline = await goOffline(context, page);
    assert.equal(await reachesApi(page), false, 'the server is out of reach');

    // 3. A reload comes from the service worker.
    await page.reload();
    await waitForScreen(page, 'start');

    // 4. The whole interview, to the result: the engine and the knowledge run in the page.
    await walkToResult(page);
    assert.equal(await visibleText(page.locator('.cause-name').first()), 'Carpal tunnel syndrome');

    // An exercise of the self-care plan, with its step timer.
    await page
      .locator('.advice-card')
      .filter({ has: page.locator('.exercise') })
      .first()
      .locator('summary')
      .click();
    const exercise = page.locator('.advice-card[open] .exercise').first();
    await exercise.getByRole('button', { name: /^Start/ }).click();
    await exercise.getByText(/Step 1 of \d+/).waitFor();
    await exercise.getByRole('button', { name: 'Stop' }).click();

    // 5. The diary, offline: no server answers, so it lives in the browser; an episode is logged and listed.
    const result = page.url();
    await page.evaluate(() => {
      location.hash = '#/diary';
    });
    await waitForScreen(page, 'diary-home');
    await page.getByText(/on this device, in this browser/).waitFor();
    await page.getByText(/The server this page comes from did not answer \(you may be offline\)/).waitFor();
    await page.getByRole('link', { name: 'Log an episode' }).click();
    await waitForScreen(page, 'diary-log');
    await page.getByLabel('How bad was it?').fill('4');
    await page.getByText('When, how long, what you tried, note').click();
    await page.getByLabel('Note (optional)').fill('numb on the train, offline');
    await page.getByRole('button', { name: 'Save episode' }).click();
    await waitForScreen(page, 'diary-home');
    await page.getByText('numb on the train, offline').waitFor();

    // 6. The connection comes back: the app carries on, the server is reachable again, the episode is still in the
    // browser's diary (this server keeps no diary), and the result is where it was.
    await goOnline();
    assert.equal(await reachesApi(page), true);
    await page.reload();
    await waitForScreen(page, 'diary-home');
    await page.getByText('numb on the train, offline').waitFor();
    await page.goto(result);
    await waitForScreen(page, 'result');
    assert.equal(await visibleText(page.locator('.cause-name').first()), 'Carpal tunnel syndrome');
    assert.ok(
      failed.every((path) => path === '/healthz' || path.startsWith('/api/')),
      `offline, only calls to the server failed: ${failed.join(', ')}`,
    );
    // Online, this server's 503 (it keeps no diary) is what sends the diary to the browser; the browser logs it.
    await closeSession(session, [/ERR_INTERNET_DISCONNECTED/, /status of 503/]);
  });

  test('opens the free-text intake, the emergency page, the break coach, the run companion and the sleep check offline', async () => {
    const session = await openWithServiceWorker();
    const { context, page } = session;
    await waitForOfflineCopy(page);
    const goOnline = await goOffline(context, page);
    await page.reload();

    // The person's own words are read in the page.
    await waitForScreen(page, 'start');
    await page
      .getByLabel('Describe it in your own words (optional)')
      .fill('My left hand goes numb at night, the thumb and index finger. No chest pain.');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await waitForScreen(page, 'understood');
    assert.match(await visibleText(page.locator('main')), /Understood from your words/);

    // The emergency advice.
    await page.getByRole('link', { name: /Emergency\? Call 112 \/ 911 \/ 999/ }).click();
    await waitForScreen(page, /^emergency/);
    assert.match(await visibleText(page.locator('main')), /Call your emergency number now/);

    // The sections, each loaded for the first time while offline.
    for (const [hash, screen, heading] of [
      ['#/breaks', 'breaks', /break/i],
      ['#/run', 'run-before', /run/i],
      ['#/sleep', 'sleep', /sleep/i],
    ] as const) {
      await page.goto(`${harness.baseUrl}${hash}`);
      await page.locator(`[data-screen="${screen}"]`).waitFor();
      assert.match(await visibleText(page.locator('h1')), heading, hash);
      assert.equal(await page.getByRole('alert').count(), 0, `${hash} loaded`);
    }
    await goOnline();
    await closeSession(session);
  });
});
