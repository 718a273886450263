/**
 * The docs page and the "not built" page in a real browser (Debian's chromium through playwright-core), under the
 * server's real Content-Security-Policy: nothing blocked, the stylesheet applied, usable at 360 px, and no axe-core
 * violations.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { axeViolations, launchChromium } from '../../web/browser-testkit.ts';
import { type RunningApp, startApp } from './testkit.ts';

describe('the docs page in a browser', () => {
  let server: RunningApp;
  let browser: Browser;
  before(async () => {
    server = await startApp();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [path, status] of [
    ['/docs', 200],
    ['/', 503],
  ] as const) {
    for (const width of [360, 1280]) {
      it(`${path} at ${width} px: nothing blocked by the CSP, no horizontal scrolling, no axe violations`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        try {
          const problems: string[] = [];
          page.on('console', (message) => {
            // The "not built" page is a 503 on purpose; the browser reports that status as an error.
            if (message.type() === 'error' && !message.text().includes('status of 503'))
              problems.push(message.text());
          });
          page.on('pageerror', (error) => problems.push(error.message));
          const response = await page.goto(`${server.base}${path}`);
          assert.equal(response?.status(), status);
          assert.deepEqual(problems, []);
          if (path === '/docs') {
            const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
            assert.match(font, /system-ui/, 'the stylesheet is applied');
          }
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(scrollWidth <= width, `no horizontal scrolling (${scrollWidth} px)`);
          // Evaluated through the DevTools protocol, which the page's CSP does not govern.
          const violations = (await axeViolations(page)).map((v) => JSON.stringify(v.id));
          assert.deepEqual(violations, []);
        } finally {
          await page.close();
        }
      });
    }
  }
});
