/**
 * The start page before the assessment's code has loaded: the start screen works on its own, and the engine and
 * knowledge come when the person starts or leaves it. Needs the built app: `npm run build`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { closeSession, useHarness, visibleText, WEB_ROOT, waitForScreen } from './browser-testkit.ts';

const harness = useHarness();

/** The scripts index.html loads before the first screen (its module script and modulepreload links). */
function firstLoadScripts(): string[] {
  const html = readFileSync(join(WEB_ROOT, 'index.html'), 'utf8');
  return [
    ...html.matchAll(/<(?:script|link rel="modulepreload")[^>]*?(?:src|href)="\.\/(assets\/[^"]+\.js)"/g),
  ].flatMap((match) => (match[1] ? [match[1]] : []));
}

/** The assessment's own chunk; the others it needs are shared with the rest of the app. */
const ASSESSMENT_CHUNK = '**/assets/assessment-*.js';

describe('the start page', () => {
  test('the header’s emergency link opens the emergency advice before anything has been started', async () => {
    const session = await harness.open();
    const { page } = session;
    await page.getByRole('link', { name: /Emergency\? Call 112 \/ 911 \/ 999/ }).click();
    await waitForScreen(page, 'emergency-help');
    assert.equal(await page.locator('a[href="tel:112"]').count(), 1);
    await page.getByRole('button', { name: 'Back to numbcheck' }).click();
    await waitForScreen(page, 'start');
    await closeSession(session);
  });

  test('the emergency advice opens even when nothing else of the app can be loaded', async () => {
    // Offline before the rest of the app was fetched, or a link straight to #emergency: no assessment code at all.
    const firstLoad = firstLoadScripts();
    assert.ok(firstLoad.length > 0, 'index.html loads its scripts');
    for (const path of ['', '#emergency']) {
      const session = await harness.open({
        path,
        waitForScreen: false,
        beforeLoad: async (page) => {
          await page.route('**/assets/*.js', (route) =>
            firstLoad.some((file) => route.request().url().endsWith(`/${file}`))
              ? route.continue()
              : route.abort(),
          );
        },
      });
      const { page } = session;
      if (path === '') await page.getByRole('link', { name: /Emergency\? Call 112 \/ 911 \/ 999/ }).click();
      await waitForScreen(page, 'emergency-help');
      const text = await visibleText(page.locator('main'));
      assert.match(text, /Call your emergency number now/);
      assert.match(text, /Stroke or mini-stroke \(TIA\)/);
      assert.match(text, /Heart attack/);
      for (const number of ['112', '911', '999'])
        assert.equal(await page.locator(`a[href="tel:${number}"]`).count(), 1);
      await closeSession(session, [/Failed to load resource|dynamically imported module/]);
    }
  });

  test('when the questions cannot be loaded, Start says so, and works once they can', async () => {
    const session = await harness.open({
      beforeLoad: async (page) => {
        await page.route(ASSESSMENT_CHUNK, (route) => route.abort());
      },
    });
    const { page } = session;
    const start = page.getByRole('button', { name: 'Start', exact: true });
    await start.click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(
      await visibleText(alert),
      /The questions could not be loaded just now\. Check the connection/,
    );
    assert.equal(await start.isEnabled(), true);

    await page.unroute(ASSESSMENT_CHUNK);
    await start.click();
    await waitForScreen(page, 'question:stroke_signs');
    await closeSession(session, [/Failed to load resource|dynamically imported module/]);
  });

  test('puts Start in the first screen of a phone, under a header of two short rows', async () => {
    for (const viewport of [
      { width: 360, height: 740 },
      { width: 1280, height: 800 },
    ]) {
      const session = await harness.open({ context: { viewport } });
      const { page } = session;
      const start = await page.getByRole('button', { name: 'Start', exact: true }).boundingBox();
      assert.ok(start, 'Start is shown');
      assert.ok(
        start.y + start.height <= viewport.height,
        `Start ends at ${start.y + start.height} px, in ${viewport.height}`,
      );
      const header = await page.locator('header').boundingBox();
      assert.ok(header && header.height <= 120, `the header takes ${header?.height} px`);
      // The parts of the app sit on one line.
      const tops = await page
        .getByRole('navigation')
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
      assert.equal(new Set(tops).size, 1, `the navigation's links start at ${tops.join(', ')} px`);
      await closeSession(session);
    }
  });

  test('names the tab after the part showing, and loads without a warning from the browser', async () => {
    const messages: string[] = [];
    const session = await harness.open({
      // The page as a person gets it, registering its service worker.
      context: { serviceWorkers: 'allow' },
      beforeLoad: async (page) => {
        page.on('console', (message) => {
          if (message.type() === 'warning' || message.type() === 'error') messages.push(message.text());
        });
      },
    });
    const { page } = session;
    const titled = (name: string) =>
      page.waitForFunction((expected) => document.title === expected, `${name} – numbcheck`);
    await titled('Hand and arm numbness: is it dangerous, and what to do');
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Diary' }).click();
    await titled('Your diary');
    for (const part of ['Breaks', 'Run', 'Sleep']) {
      await nav.getByRole('link', { name: part }).click();
      await titled(part);
    }
    await nav.getByRole('link', { name: 'Check' }).click();
    await titled('Hand and arm numbness: is it dangerous, and what to do');
    await page.getByRole('link', { name: /Emergency\? Call/ }).click();
    await titled('Emergency');
    await page.getByRole('button', { name: 'Back to numbcheck' }).click();
    await titled('Hand and arm numbness: is it dangerous, and what to do');
    // The diary answers 503 here (no store): that error is the page's, not the browser's.
    assert.deepEqual(
      messages.filter((text) => !/status of 503/.test(text)),
      [],
    );
    await closeSession(session, [/status of 503/]);
  });

  test('Start works offline once the page has loaded', async () => {
    const session = await harness.open();
    const { page } = session;
    // The page fetches the assessment's files once it has loaded; after that, the network can go.
    await page.waitForLoadState('networkidle');
    await session.context.setOffline(true);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await waitForScreen(page, 'question:stroke_signs');
    await closeSession(session);
  });
});
