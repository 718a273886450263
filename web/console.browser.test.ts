/**
 * Every part of the app loads without a word in the console: no warning, no error, no uncaught exception. A warning
 * left alone hides the next one that matters (a CSP violation, a deprecated API the next Chromium drops).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DANGER_SCREEN, useHarness, waitForScreen, walkToResult } from './browser-testkit.ts';

const harness = useHarness({ storePrefix: 'numbcheck-console-' });

const PARTS: { name: string; path: string; ready: (page: Page) => Promise<unknown> }[] = [
  { name: 'start', path: '', ready: (page) => waitForScreen(page, 'start') },
  {
    name: 'interview question',
    path: '',
    ready: async (page) => {
      await waitForScreen(page, 'start');
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await waitForScreen(page, `question:${DANGER_SCREEN[0]}`);
    },
  },
  { name: 'result', path: '', ready: walkToResult },
  { name: 'emergency', path: '#emergency', ready: (page) => waitForScreen(page, /^emergency/) },
  { name: 'diary', path: '#/diary', ready: (page) => waitForScreen(page, 'diary-home') },
  { name: 'breaks', path: '#/breaks', ready: (page) => waitForScreen(page, 'breaks') },
  { name: 'run', path: '#/run', ready: (page) => waitForScreen(page, /^run/) },
  { name: 'sleep', path: '#/sleep', ready: (page) => waitForScreen(page, /^sleep/) },
];

describe('a quiet console', () => {
  for (const part of PARTS) {
    test(`${part.name}: no console warning or error, and no uncaught exception`, async () => {
      const heard: string[] = [];
      const session = await harness.open({
        path: part.path,
        waitForScreen: false,
        // The page as a person gets it, registering its service worker.
        context: { serviceWorkers: 'allow' },
        beforeLoad: async (page) => {
          page.on('console', (message) => {
            if (message.type() === 'warning' || message.type() === 'error')
              heard.push(`${message.type()}: ${message.text()}`);
          });
          page.on('pageerror', (error) => heard.push(`uncaught: ${error.message}`));
        },
      });
      const { page } = session;
      await part.ready(page);
      // Whatever the part loads after it shows (its later chunks, the diary's first request) has had its say.
      await page.waitForLoadState('networkidle');
      await session.context.close();
      assert.deepEqual(heard, [], `the console on "${part.name}"`);
    });
  }
});
