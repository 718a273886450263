/**
 * A new version of the offline app, published as plain static files: the page announces it ("A new version of
 * numbcheck is ready", with Reload), waits for the person, and on Reload runs the new version with the interview
 * where it was. The app is served from a copy of the build by a bare static file server, as a static host would.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  closeSession,
  SHOTS,
  useHarness,
  visibleText,
  WEB_ROOT,
  waitForNextScreen,
  waitForScreen,
} from './browser-testkit.ts';
import { type StaticHost, serveStatic } from './static-host-testkit.ts';

const harness = useHarness({ shotPrefix: 'offline-' });

/**
 * Publishes a new version: the service worker's precache list gets a new revision of index.html, as a build with a
 * changed page would give it. A changed sw.js is what the browser looks for.
 */
async function publishNewVersion(root: string, version: number): Promise<void> {
  const path = join(root, 'sw.js');
  const worker = await readFile(path, 'utf8');
  const changed = worker.replace(
    /(\{url:"index\.html",revision:")([0-9a-f]+)(")/,
    (_whole, start: string, _revision: string, end: string) =>
      `${start}${String(version).padStart(32, '0')}${end}`,
  );
  assert.notEqual(changed, worker, 'sw.js lists index.html with a revision');
  await writeFile(path, changed);
}

/** What a browser does on its own when the app is brought back, and every hour: it asks for the worker again. */
async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(() =>
    navigator.serviceWorker.getRegistration().then((registration) => registration?.update()),
  );
}

/** The revision of index.html the running service worker's cache holds. */
function cachedPageRevision(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        const url = new URL(request.url);
        if (url.pathname.endsWith('/index.html')) return url.searchParams.get('__WB_REVISION__');
      }
    }
    return null;
  });
}

describe('a new version of the offline app', () => {
  let root = '';
  let site: StaticHost;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'numbcheck-static-'));
    await cp(WEB_ROOT, root, { recursive: true });
    site = await serveStatic(root);
  });
  after(async () => {
    await site.close();
    await rm(root, { recursive: true, force: true });
  });

  test('announces itself, waits for Reload, and keeps the interview where it was, in English and Russian', async () => {
    const session = await harness.open({ url: site.baseUrl, context: { serviceWorkers: 'allow' } });
    const { page } = session;
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const banner = page.locator('.update-ready');

    // An interview under way: two questions answered.
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    let screen = await waitForScreen(page, 'question:stroke_signs');
    for (let i = 0; i < 2; i++) {
      await page.getByLabel('None of these', { exact: true }).check();
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      screen = await waitForNextScreen(page, screen);
    }
    const progress = await visibleText(page.locator('.progress-step'));
    assert.match(progress, /^Safety check 3 of \d+$/);
    assert.equal(await banner.count(), 0, 'no notice while there is no new version');

    for (const [version, language] of [
      [1, 'en'],
      [2, 'ru'],
    ] as const) {
      const before = await cachedPageRevision(page);
      await publishNewVersion(root, version);
      // A mark on this document: it goes only if the page reloads.
      await page.evaluate(() => {
        document.documentElement.dataset.sameDocument = 'yes';
      });
      await checkForUpdate(page);
      await banner.waitFor();
      const reload = language === 'en' ? 'Reload' : 'Перезагрузить';
      const notice =
        language === 'en'
          ? 'A new version of numbcheck is ready. Reload to use it; nothing you have entered will be lost.'
          : 'Готова новая версия numbcheck. Перезагрузите страницу, чтобы перейти на неё: всё, что вы ввели, сохранится.';
      assert.equal(
        await visibleText(page.locator('.update-status[aria-live="polite"] .update-ready p')),
        notice,
      );
      await harness.capture(page, `update-ready-${language}`);
      await page
        .locator('.update-ready')
        .screenshot({ path: join(SHOTS, `offline-update-banner-${language}-360.png`) });
      // The new version waits for the person: nothing reloads by itself.
      assert.equal(await page.evaluate(() => document.documentElement.dataset.sameDocument), 'yes');
      assert.equal(
        await cachedPageRevision(page),
        before,
        'the running version keeps its files until Reload',
      );

      await Promise.all([
        page.waitForEvent('load'),
        page.getByRole('button', { name: reload, exact: true }).click(),
      ]);
      // The page reloaded under the new version, at the same question.
      await page.waitForFunction(() => document.documentElement.dataset.sameDocument === undefined);
      await waitForScreen(page, screen);
      assert.equal(await cachedPageRevision(page), String(version).padStart(32, '0'), 'the new version runs');
      assert.equal(await banner.count(), 0, 'the notice is gone');
      assert.equal(
        await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting ?? null)),
        null,
      );

      if (language === 'en') {
        assert.equal(
          await visibleText(page.locator('.progress-step')),
          progress,
          'the interview is where it was',
        );
        await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Русский' }).click();
        await page.locator('html[lang="ru"]').waitFor();
      }
    }
    await closeSession(session);
  });
});
