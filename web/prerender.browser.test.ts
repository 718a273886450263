/**
 * The start page written into index.html at build time, in a real browser against the real server: it shows
 * without the script, and the app takes over the same elements rather than drawing a second page beside them.
 * Needs the built app: `npm run build`.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { closeSession, useHarness, visibleText, waitForScreen } from './browser-testkit.ts';

const harness = useHarness();

describe('the prerendered start page', () => {
  test('is in the HTML the server sends, with its scripts fetched at low priority', async () => {
    const html = await (await fetch(harness.baseUrl)).text();
    assert.match(
      html,
      /<div id="app"><header class="site-header[\s\S]*<h1[^>]*>Why are my hands or arms numb\?<\/h1>/,
    );
    assert.match(html, /<script type="module" fetchpriority="low"/);
    assert.doesNotMatch(html, /<script type="module"(?![^>]*fetchpriority="low")/);
  });

  test('shows the start screen and the emergency numbers before any script runs', async () => {
    const session = await harness.open({ context: { javaScriptEnabled: false } });
    const { page } = session;
    assert.equal(await page.locator('[data-screen]').getAttribute('data-screen'), 'start');
    assert.equal(await visibleText(page.locator('h1')), 'Why are my hands or arms numb?');
    assert.match(await visibleText(page.locator('.emergency-link')), /112 \/ 911 \/ 999/);
    await closeSession(session);
  });

  test('is taken over by the app: the same heading element, one page, and a Start button that works', async () => {
    const session = await harness.open({
      beforeLoad: async (page) => {
        // Module scripts run after the document is parsed ("interactive") and before DOMContentLoaded: what is
        // there at that moment is the HTML as sent.
        await page.addInitScript(() => {
          document.addEventListener('readystatechange', () => {
            if (document.readyState === 'interactive') {
              Object.assign(window, { prerenderedHeading: document.querySelector('h1') });
            }
          });
        });
      },
    });
    const { page } = session;
    const sameHeading = await page.evaluate(() => {
      const before: unknown = Reflect.get(window, 'prerenderedHeading');
      return before instanceof HTMLHeadingElement && before === document.querySelector('h1');
    });
    assert.equal(sameHeading, true, 'the app reuses the prerendered heading');
    assert.equal(await page.locator('header.site-header').count(), 1);
    assert.equal(await page.locator('main').count(), 1);
    assert.equal(await page.locator('h1').count(), 1);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await waitForScreen(page, 'question:stroke_signs');
    await closeSession(session);
  });
});
