/**
 * The docs page and the "not built" page in a real browser (Debian's chromium through playwright-core), under the
 * server's real Content-Security-Policy: nothing blocked, the stylesheet applied, usable at 360 px, and no axe-core
 * violations.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { type RunningApp, startApp } from './testkit.ts';

const CHROMIUM = '/usr/bin/chromium';
const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

describe('the docs page in a browser', () => {
  let server: RunningApp;
  let browser: Browser;
  before(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`${CHROMIUM} is missing: install it with \`apt-get install -y chromium\``);
    server = await startApp();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
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
          await page.evaluate(readFileSync(AXE, 'utf8'));
          const violations = await page.evaluate(async () => {
            const axe: unknown = Reflect.get(window, 'axe');
            if (typeof axe !== 'object' || axe === null || !('run' in axe) || typeof axe.run !== 'function') {
              throw new Error('axe-core did not load');
            }
            const result: unknown = await axe.run();
            const list =
              typeof result === 'object' && result !== null && 'violations' in result
                ? result.violations
                : [];
            return Array.isArray(list) ? list.map((v) => JSON.stringify(v.id)) : ['(no violations list)'];
          });
          assert.deepEqual(violations, []);
        } finally {
          await page.close();
        }
      });
    }
  }
});
