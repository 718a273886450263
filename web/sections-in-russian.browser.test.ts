/**
 * The diary and the prevention tools in Russian, in a real browser whose language is Russian: every screen of them,
 * with a diary of four months in it, is checked for English left in the app's own words (sources keep their
 * published titles), checked with axe and for sideways scrolling, and photographed at 360 px and 1280 px.
 *
 * Needs the built app: `npm run build` (npm test runs it first).
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { toDocument } from '../src/diary/document.ts';
import { sampleDiary } from '../src/diary/sample-diary.ts';
import { callApi, closeSession, useHarness, waitForScreen } from './browser-testkit.ts';

const harness = useHarness({ storePrefix: 'numbcheck-ru-sections-', shotPrefix: 'ru-' });

/** Words a Russian page may hold in Latin letters: names, abbreviations and the app's own name. */
const KEPT_IN_LATIN =
  /\b(numbcheck|Katz|BCTQ|CTS-6|NHS|MHRA|BE-FAST|FAST|Phalen|Tinel|JSON|CSV|PDF|FHIR|API|URL|PIN|Face|Arms|Speech|Time|Balance|Eyes)\b/g;

/**
 * Texts of the page that read as English: two Latin words in a row. Source titles are left out, as they stay as
 * they were published, and so is anything the person typed.
 */
async function englishOn(page: Page): Promise<string[]> {
  const texts = await page
    .locator(
      'button, a, label, summary, legend, caption, th, td, dt, dd, h1, h2, h3, h4, p, li, option, figcaption, [aria-label]',
    )
    .evaluateAll((elements) =>
      elements
        .filter((element) => element.closest('.sources, input, textarea') === null)
        .filter((element) => (element as HTMLElement).offsetParent !== null)
        .map((element) => `${element.getAttribute('aria-label') ?? ''} ${element.textContent ?? ''}`.trim()),
    );
  return [
    ...new Set(
      texts.filter((text) =>
        /\b[A-Za-z]{2,}\b[\s,.:;!?'’-]+\b[A-Za-z]{2,}\b/.test(text.replace(KEPT_IN_LATIN, '')),
      ),
    ),
  ];
}

async function assertRussian(page: Page, what: string): Promise<void> {
  assert.equal(await page.locator('html').getAttribute('lang'), 'ru', `${what}: <html lang>`);
  assert.deepEqual(await englishOn(page), [], `${what}: English left on the page`);
}

/** Each screen by its route and the `data-screen` it shows. */
const SCREENS: readonly { path: string; screen: string }[] = [
  { path: '#/diary', screen: 'diary-home' },
  { path: '#/diary/log', screen: 'diary-log' },
  { path: '#/diary/period', screen: 'diary-period' },
  { path: '#/diary/insights', screen: 'diary-insights' },
  { path: '#/diary/assessments', screen: 'diary-assessments' },
  { path: '#/diary/bctq', screen: 'diary-bctq' },
  { path: '#/diary/report', screen: 'diary-report' },
  { path: '#/diary/data', screen: 'diary-data' },
  { path: '#/breaks', screen: 'breaks' },
  { path: '#/run', screen: 'run-before' },
  { path: '#/sleep', screen: 'sleep' },
];

describe('the diary and the prevention tools in Russian', () => {
  before(async () => {
    const end = new Date(Date.now() - 86_400_000).toISOString();
    await callApi(
      harness.baseUrl,
      'POST',
      '/import',
      toDocument(sampleDiary({ days: 120, end, utcOffsetMinutes: 180 })),
    );
  });

  for (const { path, screen } of SCREENS) {
    test(`${path} is in Russian`, async () => {
      const session = await harness.open({
        path,
        context: { locale: 'ru-RU', timezoneId: 'Europe/Moscow' },
      });
      const { page } = session;
      await waitForScreen(page, screen);
      // Charts and lists fill in after their data arrives.
      await page.waitForLoadState('networkidle');
      await assertRussian(page, path);
      await harness.capture(page, screen, () => page.waitForTimeout(200));
      await closeSession(session);
    });
  }
});
