/**
 * The diary in a real browser, served by the real server (with a real SQLite store in a temporary folder) under its
 * strict CSP: log, repeat, change and delete episodes, the emergency page for a danger sign, periods and the
 * with/without comparison, insights with charts, saved assessments and the BCTQ, the doctor report in print, export,
 * import and delete-all. Every screen is checked with axe-core and photographed at 360 px and 1280 px into
 * test-artifacts/screenshots/diary-*.png.
 *
 * Needs the built app: `npm run build` (npm test runs it first).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { toDocument } from '../src/diary/document.ts';
import { sampleDiary } from '../src/diary/sample-diary.ts';
import { formatCalendarDay } from '../src/format/index.ts';
import { buildApp } from '../src/server/app.ts';
import { CLIENT_HEADER } from '../src/server/request-guard.ts';
import {
  callApi,
  closeSession,
  type Session,
  SHOTS,
  useHarness,
  visibleText,
  WEB_ROOT,
  waitForScreen,
  walkToResult,
} from './browser-testkit.ts';

/** A new browser context at 360 px on `url`, collecting console errors (CSP violations show there) and exceptions. */
function openSession(url: string): Promise<Session> {
  return harness.open({ url, context: { acceptDownloads: true } });
}

/**
 * Checks the screen with axe (zero violations, no sideways scrolling) and photographs it at 360 px and 1280 px as
 * `<name>-<width>.png`. `ready` is awaited after each resize (the charts redraw to the new width).
 */
function capture(page: Page, name: string, ready?: () => Promise<void>): Promise<void> {
  return harness.capture(page, name, ready);
}

function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

const harness = useHarness({ storePrefix: 'numbcheck-diary-browser-' });
/** The episode logged through the form, which the export must contain. */
let loggedId = '';

function api(method: string, path: string, body?: unknown): Promise<unknown> {
  return callApi(harness.baseUrl, method, path, body);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every episode in the diary: the listing is paged, so this follows `next` to the end. */
async function episodes(): Promise<Record<string, unknown>[]> {
  const all: Record<string, unknown>[] = [];
  let cursor: unknown = null;
  do {
    const query = cursor === null ? '' : `&cursor=${String(cursor)}`;
    const data = await api('GET', `/episodes?newestFirst=true&limit=500${query}`);
    assert.ok(isRecord(data) && Array.isArray(data.episodes));
    all.push(...data.episodes.filter(isRecord));
    cursor = data.next;
  } while (typeof cursor === 'string');
  return all;
}

async function openDiary(path = ''): Promise<Session> {
  return openSession(`${harness.baseUrl}#/diary${path}`);
}

/** Charts redraw to the new width after a resize. */
const settle = (page: Page) => () => page.waitForTimeout(200);

describe('the diary in the browser', () => {
  test('log an episode through the form', async () => {
    const session = await openDiary();
    const { page } = session;
    await waitForScreen(page, 'diary-home');
    await page.getByText('No episodes yet.').waitFor();
    assert.equal(await page.evaluate('document.activeElement?.tagName'), 'H1', 'the heading has the focus');
    await capture(page, 'diary-home-empty');

    await page.getByRole('link', { name: 'Log an episode' }).click();
    await waitForScreen(page, 'diary-log');
    await capture(page, 'diary-log');
    await page.getByRole('radio', { name: 'Right', exact: true }).check();
    await page.getByRole('button', { name: 'Mark where' }).click();
    await page.getByRole('checkbox', { name: 'Right hand, palm side, index finger', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Typing', exact: true }).check();
    await page.getByLabel('How bad was it?').fill('6');
    assert.equal(await visibleText(page.locator('.slider-value')), '6 of 10');
    await page.getByText('When, how long, what you tried, note').click();
    await page.getByLabel('How long did it last?').fill('10');
    await page.getByRole('checkbox', { name: 'Wrist splint' }).check();
    await page.getByLabel('Note (optional)').fill('typing all morning');
    await capture(page, 'diary-log-filled');
    await page.getByRole('button', { name: 'Save episode' }).click();

    await waitForScreen(page, 'diary-home');
    const status = await visibleText(page.getByRole('status').first());
    assert.match(status, /Saved: Right hand · Typing or using a mouse · severity 6 of 10 · 10 minutes/);
    await capture(page, 'diary-home-saved');
    const [saved] = await episodes();
    assert.ok(saved);
    assert.equal(saved.severity, 6);
    assert.deepEqual(saved.activities, ['keyboard']);
    assert.deepEqual(saved.interventions, ['splint']);
    assert.deepEqual(saved.handMap, { right: { palm: ['index'] } });
    assert.equal(saved.note, 'typing all morning');
    loggedId = String(saved.id);
    await closeSession(session);
  });

  test('changing an episode opens what it holds: the map, the time, length, what was tried and the note', async () => {
    const session = await openDiary(`/episode/${encodeURIComponent(loggedId)}`);
    const { page } = session;
    await waitForScreen(page, 'diary-edit');
    await page.getByRole('button', { name: 'Save changes' }).waitFor();
    assert.equal(
      await page.getByRole('button', { name: 'Hide the map' }).getAttribute('aria-expanded'),
      'true',
      'the hand map is open: places are marked',
    );
    assert.equal(await page.locator('details.episode-more').getAttribute('open'), '');
    assert.equal(await page.getByLabel('Note (optional)').inputValue(), 'typing all morning');
    assert.equal(await page.getByLabel('How long did it last?').inputValue(), '10');
    assert.equal(await page.getByRole('checkbox', { name: 'Wrist splint' }).isChecked(), true);
    assert.equal(
      await page.locator('details.episode-else').getAttribute('open'),
      null,
      'no symptoms: folded',
    );
    assert.equal(await page.getByRole('checkbox', { name: 'Typing', exact: true }).isChecked(), true);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await waitForScreen(page, 'diary-home');
    const [saved] = await episodes();
    assert.equal(saved?.id, loggedId);
    assert.deepEqual(saved?.interventions, ['splint']);
    assert.equal(saved?.note, 'typing all morning');
    assert.equal(saved?.durationMinutes, 10);
    assert.deepEqual(saved?.handMap, { right: { palm: ['index'] } });
    await closeSession(session);
  });

  test('repeat a recent episode in at most 3 taps', async () => {
    const before = (await episodes()).length;
    const session = await openDiary();
    const { page } = session;
    await waitForScreen(page, 'diary-home');
    let taps = 0;
    await page
      .getByRole('button', { name: /^Same again/ })
      .first()
      .click();
    taps++;
    await page.getByText(/^Logged again, now:/).waitFor();
    assert.ok(taps <= 3, `${taps} taps`);
    const after = await episodes();
    assert.equal(after.length, before + 1);
    assert.deepEqual(after[0]?.activities, ['keyboard']);
    assert.equal(after[0]?.severity, 6);
    await capture(page, 'diary-home-repeated');
    await closeSession(session);
  });

  test('logging "Face drooping" shows the emergency page first, saying the episode was saved', async () => {
    const session = await openDiary('/log');
    const { page } = session;
    await waitForScreen(page, 'diary-log');
    await page.getByText('Anything else?').click();
    await page.getByRole('checkbox', { name: /^Face drooping/ }).check();
    await page.getByRole('button', { name: 'Save episode' }).click();
    await waitForScreen(page, 'emergency');
    await page.getByRole('heading', { level: 1, name: 'Call an ambulance now' }).waitFor();
    const text = await visibleText(page.locator('main'));
    assert.match(text, /Your episode was saved in your diary/);
    assert.doesNotMatch(text, /^Saved:/m);
    assert.equal(await page.locator('.site-header').count(), 0, 'the emergency page replaces everything');
    // The number for where the browser is, first; every number once (web/emergency.browser.test.ts tests which).
    assert.equal(await page.locator('.call-button-first[href^="tel:"]').count(), 1);
    assert.deepEqual(
      (
        await page.locator('a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
      ).sort(),
      ['tel:000', 'tel:103', 'tel:111', 'tel:112', 'tel:911', 'tel:999'],
    );
    await capture(page, 'diary-emergency');
    const kept = (await episodes()).find(
      (e) => Array.isArray(e.symptoms) && e.symptoms.includes('face_droop'),
    );
    assert.ok(kept, 'the episode is kept');
    await page.getByRole('button', { name: 'Back to the diary' }).click();
    await waitForScreen(page, 'diary-home');
    await api('DELETE', `/episodes/${String(kept?.id)}`);
    await closeSession(session);
  });

  test('a logged symptom worth a doctor gives a calm line with the level, after the saved message', async () => {
    const session = await openDiary('/log');
    const { page } = session;
    await waitForScreen(page, 'diary-log');
    await page.getByText('Anything else?').click();
    await page.getByRole('checkbox', { name: /^Weak grip/ }).check();
    await page.getByRole('button', { name: 'Save episode' }).click();
    await waitForScreen(page, 'diary-home');
    const status = await visibleText(page.getByRole('status').first());
    assert.match(status, /^Saved: /);
    assert.match(status, /From what you logged: Book a doctor’s appointment\./);
    await capture(page, 'diary-home-doctor');
    await closeSession(session);
  });

  test('a run comparison with too little data says "not enough data yet"', async () => {
    const session = await openDiary('/period');
    const { page } = session;
    await waitForScreen(page, 'diary-period');
    await capture(page, 'diary-period');
    assert.equal(await page.getByRole('radio', { name: 'Run', exact: true }).isChecked(), true);
    await page.getByRole('checkbox', { name: 'Hand expander' }).check();
    await page.getByLabel('How many episodes of numbness during it?').fill('0');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await waitForScreen(page, 'diary-home');
    await page.getByText(/^Saved: run, with hand expander: 0 episodes/).waitFor();

    await page.getByRole('link', { name: 'Patterns and what helps' }).click();
    await waitForScreen(page, 'diary-insights');
    await page.getByRole('heading', { name: 'With and without' }).waitFor();
    const text = await visibleText(page.locator('main'));
    assert.match(text, /Not enough data yet to compare runs with and without the hand expander/);
    assert.match(text, /do not show what caused/);
    await capture(page, 'diary-insights-little', settle(page));
    await closeSession(session);
  });

  test('insights: charts with text summaries after importing a diary', async () => {
    const end = new Date(Date.now() - 86_400_000).toISOString();
    const imported = await api(
      'POST',
      '/import',
      toDocument(sampleDiary({ days: 120, end, utcOffsetMinutes: 60 })),
    );
    assert.ok(isRecord(imported) && isRecord(imported.added));
    assert.equal(imported.added.episodes, 120);

    const session = await openDiary('/insights');
    const { page } = session;
    await waitForScreen(page, 'diary-insights');
    await page.locator('.chart canvas').nth(3).waitFor();
    const figures = page.locator('figure.chart');
    assert.ok((await figures.count()) >= 4, 'weeks, time of day, day of week and activities');
    for (const figure of await figures.all()) {
      const label = await figure.locator('[role="img"]').getAttribute('aria-label');
      assert.ok(label && label.length > 20, `the chart has an accessible name: ${label}`);
      assert.ok((await visibleText(figure.locator('figcaption'))).trim().length > 10, 'a text summary');
      assert.ok((await visibleText(figure.locator('.chart-legend'))).length > 0, 'a legend');
    }
    const text = await visibleText(page.locator('main'));
    assert.match(text, /Episodes per week \(bars\)/);
    assert.match(text, /Average severity \(dashed line/);
    assert.match(text, /runs with and without the hand expander|runs with the hand expander/);
    assert.match(text, /Hands and fingers/);
    assert.match(text, /Some changes in your diary are worth showing a doctor: .*weakness reported lately/);
    await capture(page, 'diary-insights', settle(page));
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await page.locator('.chart canvas').nth(3).waitFor();
    await capture(page, 'diary-insights-dark', settle(page));
    await page.emulateMedia({ colorScheme: 'light' });
    await closeSession(session);
  });

  test('change and delete an episode, with confirmation', async () => {
    const session = await openDiary();
    const { page } = session;
    await waitForScreen(page, 'diary-home');
    await page.locator('.episode-item').first().waitFor();
    await capture(page, 'diary-home');
    const count = (await episodes()).length;
    // The episode logged through the form stays for the export test.
    const others = page.locator('.episode-item').filter({ hasNotText: 'typing all morning' });
    await others
      .first()
      .getByRole('link', { name: /^Change or delete/ })
      .click();
    await waitForScreen(page, 'diary-edit');
    await page.getByRole('button', { name: 'Save changes' }).waitFor();
    await capture(page, 'diary-edit');
    await page.getByLabel('How bad was it?').fill('2');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await waitForScreen(page, 'diary-home');
    await page.getByText(/^Changed: .*severity 2 of 10/).waitFor();

    await others
      .first()
      .getByRole('link', { name: /^Change or delete/ })
      .click();
    await waitForScreen(page, 'diary-edit');
    await page.getByRole('button', { name: 'Delete this episode' }).click();
    await page.getByRole('heading', { name: 'Delete this episode?' }).waitFor();
    await capture(page, 'diary-edit-delete');
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await waitForScreen(page, 'diary-home');
    await page.getByText('The episode was deleted.').waitFor();
    assert.equal((await episodes()).length, count - 1);
    await closeSession(session);
  });

  test('BCTQ form: 19 items, each 1–5, then the two scores', async () => {
    const session = await openDiary('/bctq');
    const { page } = session;
    await waitForScreen(page, 'diary-bctq');
    await page.getByText(/typical day in the last two weeks/).waitFor();
    const groups = page.locator('fieldset.bctq-item');
    assert.equal(await groups.count(), 19);
    for (const group of await groups.all()) assert.equal(await group.getByRole('radio').count(), 5);
    await capture(page, 'diary-bctq');
    for (const radio of await page.locator('fieldset.bctq-item input[type="radio"][id$="-2"]').all())
      await radio.check();
    await page.getByRole('button', { name: 'Save and see my scores' }).click();
    await waitForScreen(page, 'diary-bctq-result');
    const text = await visibleText(page.locator('main'));
    assert.match(text, /Symptom severity\s+2\.00 of 5/);
    assert.match(text, /Function\s+2\.00 of 5/);
    await capture(page, 'diary-bctq-result');
    await closeSession(session);
  });

  test('save an assessment from the result screen and see it in the diary', async () => {
    const session = await openSession(harness.baseUrl);
    const { page } = session;
    await walkToResult(page);
    await page.getByRole('button', { name: 'Save to my diary' }).click();
    await page.getByText('Saved to your diary.').waitFor();
    await page
      .locator('.result-actions')
      .first()
      .screenshot({ path: join(SHOTS, 'diary-result-saved-360.png') });
    await page.getByRole('link', { name: 'Open your diary' }).click();
    await waitForScreen(page, 'diary-assessments');
    await page.locator('.assessment-item').first().waitFor();
    const text = await visibleText(page.locator('main'));
    assert.match(text, /Book a doctor’s appointment/);
    assert.match(text, /Top cause: Carpal tunnel syndrome/);
    assert.match(text, /Boston Carpal Tunnel Questionnaire on .*symptom severity 2\.00/);
    await page.locator('.chart canvas').first().waitFor();
    await capture(page, 'diary-assessments', settle(page));
    await closeSession(session);
  });

  test('the doctor report: a period, the summary, charts, the latest assessment, and its print view', async () => {
    const session = await openDiary('/report');
    const { page } = session;
    await waitForScreen(page, 'diary-report');
    await page.getByRole('heading', { name: 'Summary' }).waitFor();
    await page.getByRole('radio', { name: 'Last 3 months' }).check();
    await page.getByText(/^Diary from .* episodes/).waitFor();
    await page.locator('.chart canvas').nth(3).waitFor();
    const text = await visibleText(page.locator('main'));
    assert.match(text, /Latest assessment/);
    assert.match(text, /Carpal tunnel syndrome: \d+%/);
    await capture(page, 'diary-report', settle(page));

    // A custom period: whole local days, the last one included.
    await page.getByRole('radio', { name: 'Choose dates' }).check();
    const first = new Date(Date.now() - 13 * 86_400_000);
    const pad = (n: number): string => String(n).padStart(2, '0');
    const day = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    await page.getByLabel('First day').fill(day(first));
    await page.getByLabel('Last day').fill(day(new Date()));
    await page.getByRole('button', { name: 'Show this period' }).click();
    await page.getByText(new RegExp(`^Diary from ${formatCalendarDay(day(first))} to `)).waitFor();
    await page.getByRole('radio', { name: 'Last 3 months' }).check();
    await page.getByText(/^Diary from .* logged \d+ runs/).waitFor();

    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.waitForTimeout(200);
    const printed = await visibleText(page.locator('body'));
    assert.match(printed, /numbcheck diary report/);
    assert.match(printed, /Information, not a diagnosis/);
    assert.equal(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible(), false);
    assert.equal(await page.locator('.site-header').isVisible(), false);
    for (const canvas of await page.locator('.chart canvas').all()) {
      const box = await canvas.boundingBox();
      assert.ok(box && box.width > 100 && box.height > 40, 'the charts print');
    }
    await page.screenshot({ path: join(SHOTS, 'diary-report-print-a4.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    // The summary, charts and assessment fill a page or two; every episode of the period follows, in a table.
    const rows = await page.locator('.report-episodes tbody tr').count();
    assert.ok(rows > 0, 'the episodes of the period print');
    const pages = pdfPageCount(pdf);
    assert.ok(pages >= 2 && pages <= 2 + Math.ceil(rows / 15), `the printed report has ${pages} pages`);
    await page.emulateMedia({ media: 'screen' });
    await closeSession(session);
  });

  test('export JSON has the episode; import reports added and skipped, and errors with the path', async () => {
    const session = await openDiary('/data');
    const { page } = session;
    await waitForScreen(page, 'diary-data');
    await capture(page, 'diary-data');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download JSON' }).click(),
    ]);
    const file = await download.path();
    const exported: unknown = JSON.parse(readFileSync(file, 'utf8'));
    assert.ok(isRecord(exported) && Array.isArray(exported.episodes));
    assert.ok(
      exported.episodes.some((e) => isRecord(e) && e.id === loggedId),
      'the export has the logged episode',
    );

    const [fhir] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download for my doctor’s system (FHIR)' }).click(),
    ]);
    assert.match(fhir.suggestedFilename(), /^numbcheck-fhir-\d{4}-\d{2}-\d{2}\.json$/);
    const bundle: unknown = JSON.parse(readFileSync(await fhir.path(), 'utf8'));
    assert.ok(isRecord(bundle) && bundle.resourceType === 'Bundle' && Array.isArray(bundle.entry));
    const [report] = bundle.entry;
    assert.ok(isRecord(report) && isRecord(report.resource));
    assert.equal(report.resource.resourceType, 'Composition');
    assert.equal(report.resource.title, 'Diary report for my doctor');
    assert.ok(
      JSON.stringify(bundle).includes(`"value":"${loggedId}"`),
      'the FHIR export has the logged episode',
    );

    const input = page.getByLabel('JSON file');
    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'numbcheck-diary',
          version: 1,
          episodes: [{ id: 'x', startedAt: 'yesterday' }],
        }),
      ),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await visibleText(alert), /Nothing was imported\. .*episodes\.0\.startedAt/);
    await capture(page, 'diary-data-import-error');

    await input.setInputFiles({
      name: 'diary.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/^Imported: 0 episodes.*skipped: \d+ episodes/).waitFor();
    await closeSession(session, [/status of 400/]);
  });

  test('delete all my data, after typing the confirmation', async () => {
    const session = await openDiary('/data');
    const { page } = session;
    await waitForScreen(page, 'diary-data');
    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await page.getByRole('alert').waitFor();
    assert.match(await visibleText(page.getByRole('alert')), /type “delete everything”/);
    assert.ok((await episodes()).length > 0, 'nothing deleted without the confirmation');
    await page.getByLabel('Type “delete everything” to confirm').fill('delete everything');
    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await page.getByText(/^Deleted: \d+ episodes/).waitFor();
    await capture(page, 'diary-data-deleted');
    assert.deepEqual(await episodes(), []);
    await closeSession(session);
  });
});

describe('what helps, and a log form that fits one phone screen (360 × 740)', () => {
  const tried = useHarness({ storePrefix: 'numbcheck-diary-tried-', shotPrefix: 'diary-tried-' });
  const PHONE = { width: 360, height: 740 };

  /** Logs an episode through the real HTTP API, `daysAgo` days back. */
  async function logEpisode(daysAgo: number, severity: number, interventions: string[]): Promise<void> {
    const response = await fetch(`${tried.baseUrl}api/v1/episodes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        startedAt: new Date(Date.now() - daysAgo * 86_400_000 - 3_600_000).toISOString(),
        severity,
        interventions,
      }),
    });
    assert.equal(response.status, 201);
  }

  function openPhone(path: string): Promise<Session> {
    return tried.open({ path: `#/diary${path}`, context: { viewport: PHONE } });
  }

  test('the log form: Save in the first screen of a phone, every target at least 44 × 44 px', async (t) => {
    const session = await openPhone('/log');
    const { page } = session;
    await waitForScreen(page, 'diary-log');
    const save = await page.getByRole('button', { name: 'Save episode' }).boundingBox();
    assert.ok(
      save && save.y + save.height <= PHONE.height,
      `Save ends at ${save && save.y + save.height} px`,
    );
    const height: unknown = await page.evaluate('document.documentElement.scrollHeight');
    t.diagnostic(
      `the log form at 360 × 740: page height ${String(height)} px, Save ends at ${save.y + save.height} px`,
    );
    const targets = page.locator(
      'form.episode-form :is(label.chip, button, summary, input[type="range"]), .back-link',
    );
    for (const target of await targets.all()) {
      if (!(await target.isVisible())) continue;
      const box = await target.boundingBox();
      const name = (await visibleText(target)).trim() || 'the slider';
      assert.ok(box && box.width >= 44 && box.height >= 44, `${name}: ${box?.width} × ${box?.height}`);
    }
    for (const label of ['Left', 'Right', 'Both', 'Not sure']) {
      assert.ok(await page.getByRole('radio', { name: label, exact: true }).count(), label);
    }
    assert.ok(await page.getByText('Anything else? (e.g. face drooping, chest pain, weakness)').isVisible());
    assert.equal(await page.getByLabel('How long did it last?').isVisible(), false, 'folded away');
    assert.equal(await page.getByRole('checkbox', { name: /^Face drooping/ }).isVisible(), false);
    await page.screenshot({ path: join(SHOTS, 'diary-tried-log-phone-360x740.png') });

    await page.getByRole('button', { name: 'More…' }).click();
    await page.getByRole('checkbox', { name: 'In the cold' }).waitFor();
    await page.getByRole('button', { name: 'Mark where' }).click();
    await page.getByText('When, how long, what you tried, note').click();
    await page.getByText('Anything else?').click();
    await tried.capture(page, 'log-open');
    await closeSession(session);
  });

  test('a danger sign behind "Anything else?" still shows the emergency page first', async () => {
    const session = await openPhone('/log');
    const { page } = session;
    await waitForScreen(page, 'diary-log');
    await page.getByRole('radio', { name: 'Left', exact: true }).check();
    await page.getByText('Anything else?').click();
    const signs = page.locator('details.episode-else fieldset').first().getByRole('checkbox');
    assert.ok((await signs.count()) >= 18, 'every danger sign of the old form is there');
    await page.getByRole('checkbox', { name: /^Chest pain, pressure/ }).check();
    await page.getByText(/Anything else\?.*1 ticked/).waitFor();
    await page.getByRole('button', { name: 'Save episode' }).click();
    await waitForScreen(page, 'emergency');
    await page.getByRole('heading', { level: 1, name: 'Call an ambulance now' }).waitFor();
    assert.match(await visibleText(page.locator('main')), /Your episode was saved in your diary/);
    await page.getByRole('button', { name: 'Back to the diary' }).click();
    await waitForScreen(page, 'diary-home');
    await closeSession(session);
    // The episode is kept; it is removed so that the comparisons below count only their own.
    const data: unknown = await (
      await fetch(`${tried.baseUrl}api/v1/episodes`, { headers: { [CLIENT_HEADER]: 'test' } })
    ).json();
    assert.ok(isRecord(data) && Array.isArray(data.episodes) && data.episodes.length === 1);
    const [kept] = data.episodes.filter(isRecord);
    assert.deepEqual(kept?.symptoms, ['chest_pain']);
    const removed = await fetch(`${tried.baseUrl}api/v1/episodes/${String(kept?.id)}`, {
      method: 'DELETE',
      headers: { [CLIENT_HEADER]: 'test' },
    });
    assert.equal(removed.status, 204);
  });

  test('below the minimum: "not enough data yet", with how many more rated episodes', async () => {
    for (let i = 0; i < 8; i++) await logEpisode(i + 1, [6, 5, 7, 6, 6, 5, 7, 6][i] ?? 6, []);
    for (let i = 0; i < 2; i++) await logEpisode(i + 9, [3, 2][i] ?? 3, ['splint']);
    const session = await openPhone('/insights');
    const { page } = session;
    await waitForScreen(page, 'diary-insights');
    await page.getByRole('heading', { name: 'With and without' }).waitFor();
    const text = await visibleText(page.locator('main'));
    assert.match(
      text,
      /Not enough data yet: 1 more rated episode with the wrist splint, to compare severity \(at least 3 rated episodes of each are needed; so far 2 with, 8 without\)\./,
    );
    assert.match(text, /at least 3 rated episodes with and 3 without/);
    assert.doesNotMatch(text, /Nothing to compare yet/);
    await tried.capture(page, 'insights-little', () => page.waitForTimeout(200));
    await closeSession(session);
  });

  test('8 with the splint at about 3, 8 without at about 6: insights compare them, and the report says so', async () => {
    for (let i = 0; i < 6; i++) await logEpisode(i + 11, [3, 4, 3, 2, 4, 3][i] ?? 3, ['splint']);
    const session = await openPhone('/insights');
    const { page } = session;
    await waitForScreen(page, 'diary-insights');
    await page.getByRole('heading', { name: 'Severity, from your episodes' }).waitFor();
    const text = await visibleText(page.locator('main'));
    assert.match(text, /Wrist splint \(on 8 of 16 episodes\)/);
    assert.match(
      text,
      /Episodes logged with the wrist splint were on average 3\.0 points less severe \(95% interval 2\.2 to 3\.8 points; average 3\.0 of 10 with, 6\.0 without\), 8 rated episodes with and 8 without\. This shows what happened together, not that the wrist splint caused it\./,
    );
    assert.match(text, /Episode counts alone can’t show whether episodes came less often/);
    assert.doesNotMatch(text, /Nothing to compare yet/);
    await tried.capture(page, 'insights', () => page.waitForTimeout(200));

    await page.goto(`${tried.baseUrl}#/diary/report`);
    await waitForScreen(page, 'diary-report');
    await page.getByRole('heading', { name: 'Summary' }).waitFor();
    await page.getByText(/^Interventions tried: /).waitFor();
    await page.locator('.chart canvas').first().waitFor();
    const report = await visibleText(page.locator('main'));
    assert.match(
      report,
      /Interventions tried: wrist splint \(on 8 of 16 episodes\) — Episodes logged with the wrist splint were on average 3\.0 points less severe/,
    );
    await tried.capture(page, 'report', () => page.waitForTimeout(200));
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    assert.match(
      await visibleText(page.locator('body')),
      /Interventions tried: wrist splint \(on 8 of 16 episodes\)/,
    );
    await page.screenshot({ path: join(SHOTS, 'diary-tried-report-print-a4.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await closeSession(session);
  });
});

describe('the diary without a store', () => {
  test('"Save to my diary" keeps the result in the diary of this browser', async () => {
    const bare = await buildApp({ webRoot: WEB_ROOT });
    await bare.listen({ host: '127.0.0.1', port: 0 });
    const address = bare.server.address();
    assert.ok(address !== null && typeof address !== 'string');
    try {
      const session = await openSession(`http://127.0.0.1:${address.port}/`);
      const { page } = session;
      await walkToResult(page);
      await page.getByRole('button', { name: 'Save to my diary' }).click();
      await page.getByText(/Saved to your diary\./).waitFor();
      await page.getByRole('link', { name: 'Open your diary' }).click();
      await waitForScreen(page, 'diary-assessments');
      // The one assessment saved, as the server's diary lists one: its day and its level.
      await page.locator('.assessment-item').waitFor();
      assert.equal(await page.locator('.assessment-item').count(), 1);
      assert.match(await visibleText(page.locator('.assessment-item .level-tag')), /doctor/i);
      await page.goto(`http://127.0.0.1:${address.port}/#/diary`);
      await waitForScreen(page, 'diary-home');
      await page.getByText(/on this device, in this browser/).waitFor();
      await closeSession(session, [/status of 503/]);
    } finally {
      await bare.close();
    }
  });
});
