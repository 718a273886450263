/**
 * "Download PDF" in the browser: the doctor report and an assessment's result, caught as downloads, read back with
 * poppler (pdftoppm draws the pages, pdftotext reads them), and compared with the print view line by line.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  notInPdf,
  notInPrint,
  pdfSuiteOptions,
  type ReadPdf,
  readPdf,
  sampleReportDocument,
} from '../src/print/pdf-testkit.ts';
import { useTempDir } from '../src/suite-testkit.ts';
import {
  callApi,
  closeSession,
  SHOTS,
  useHarness,
  visibleText,
  waitForScreen,
  walkToResult,
} from './browser-testkit.ts';

const harness = useHarness({ storePrefix: 'numbcheck-pdf-browser-', shotPrefix: 'pdf-' });
const PAGE_NUMBER = /^(Page \d+ of \d+|Страница \d+ из \d+)$/;

/** Shows the report of October and November 2026, the sample's two months, with the words of the page's language. */
async function choosePeriod(page: Page, [choose, first, last, show]: readonly string[]): Promise<void> {
  await page.getByRole('radio', { name: choose }).check();
  await page.getByLabel(first ?? '').fill('2026-10-01');
  await page.getByLabel(last ?? '').fill('2026-11-30');
  await page.getByRole('button', { name: show }).click();
}

/** Presses "Download PDF", catches the download, and reads it back; its pages are kept as PNG beside the screenshots. */
async function downloadPdf(page: Page, dir: string, name: string): Promise<{ file: string; pdf: ReadPdf }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^(Download PDF|Скачать PDF)$/ }).click(),
  ]);
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  assert.equal((await readFile(file)).subarray(0, 5).toString('latin1'), '%PDF-', 'the download is a PDF');
  const pngs = join(SHOTS, '..', 'pdf');
  await mkdir(pngs, { recursive: true });
  return { file, pdf: await readPdf(file, pngs, name) };
}

/**
 * What the page prints, line by line, as a person reads it, less the charts' legends and the tables' captions for
 * screen readers: they describe drawings, which the PDF gives as tables of their figures.
 */
async function printedLines(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const text = await visibleText(page.locator('main'));
  const drawings = new Set(
    [
      ...(await page.locator('main .chart-legend').allInnerTexts()),
      ...(await page.locator('main caption').allTextContents()),
    ].flatMap((words) => words.split('\n').map((line) => line.trim())),
  );
  await page.emulateMedia({ media: 'screen' });
  return text.split('\n').filter((line) => !drawings.has(line.trim()));
}

/** The PDF and the print view say the same: no line of one is missing from the other. */
function assertSameAsPrint(pdf: ReadPdf, printed: readonly string[]): void {
  assert.deepEqual(
    notInPrint(pdf, printed.join('\n'), PAGE_NUMBER),
    [],
    'the PDF says nothing the print view does not',
  );
  assert.deepEqual(notInPdf(pdf, printed, PAGE_NUMBER), [], 'the print view says nothing the PDF does not');
}

function assertSays(pdf: ReadPdf, texts: readonly string[]): void {
  for (const text of texts) assert.ok(pdf.text.includes(text), `the PDF says "${text}"`);
}

describe('Download PDF in the browser', await pdfSuiteOptions(), () => {
  const dir = useTempDir('numbcheck-pdf-downloads-');

  test('the doctor report downloads as a PDF that says what the print view says', async () => {
    await callApi(harness.baseUrl, 'POST', '/import', sampleReportDocument());
    const session = await harness.open({
      path: '#/diary/report',
      context: { acceptDownloads: true, timezoneId: 'UTC' },
    });
    const { page } = session;
    await waitForScreen(page, 'diary-report');
    await choosePeriod(page, ['Choose dates', 'First day', 'Last day', 'Show this period']);
    await page.getByText('Diary from 1 Oct 2026 to 30 Nov 2026: 60 episodes; logged 30 runs.').waitFor();
    await harness.capture(page, 'diary-report', () => page.waitForTimeout(200));
    await page
      .locator('.diary-report .button-row')
      .screenshot({ path: join(SHOTS, 'pdf-report-buttons-360.png') });

    const { file, pdf } = await downloadPdf(page, dir(), 'web-diary-report-en');
    assert.match(file, /numbcheck-report-2026-10-01-2026-11-30\.pdf$/);
    assert.ok(pdf.pages >= 2, `the sample report fills more than a page: ${pdf.pages}`);
    assert.match(pdf.text, new RegExp(`Page ${pdf.pages} of ${pdf.pages}`));
    assertSays(pdf, [
      'Report for my doctor',
      'Diary from 1 Oct 2026 to 30 Nov 2026: 60 episodes; logged 30 runs.',
      'Episodes in this period (60)',
      '2 Oct 2026, 09:29',
      'symptom severity 3.00, function 3.13',
      'Information, not a diagnosis',
    ]);
    assertSameAsPrint(pdf, await printedLines(page));

    // In Russian: the same report, its words and dates in Russian, in a font with Cyrillic.
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Русский' }).click();
    await choosePeriod(page, ['Выбрать даты', 'Первый день', 'Последний день', 'Показать этот период']);
    await page.getByText(/^Дневник с 1 окт\. 2026 г\. по 30 нояб\. 2026 г\.: 60 эпизодов/).waitFor();
    const russian = await downloadPdf(page, dir(), 'web-diary-report-ru');
    assert.match(russian.pdf.text, new RegExp(`Страница ${russian.pdf.pages} из ${russian.pdf.pages}`));
    assertSays(russian.pdf, ['Отчёт для врача', 'Эпизоды за этот период (60)', '2 окт. 2026 г., 09:29']);
    assertSameAsPrint(russian.pdf, await printedLines(page));
    await closeSession(session);
  });

  test('a result downloads as a PDF beside Print, saying what its print view says', async () => {
    const session = await harness.open({ context: { acceptDownloads: true } });
    const { page } = session;
    await walkToResult(page);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(SHOTS, 'pdf-result-first-screen-360.png') });
    const { file, pdf } = await downloadPdf(page, dir(), 'web-result-en');
    assert.match(file, /numbcheck-result-\d{4}-\d{2}-\d{2}\.pdf$/);
    assert.ok(pdf.pages >= 1);
    assert.match(pdf.text, new RegExp(`Page ${pdf.pages} of ${pdf.pages}`));
    assertSays(pdf, [
      'numbcheck report',
      'Your result',
      'Carpal tunnel syndrome',
      'For your doctor',
      'Your answers',
      'Sources',
      'not a diagnosis',
    ]);
    assertSameAsPrint(pdf, await printedLines(page));

    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Русский' }).click();
    await page.getByRole('heading', { name: 'Ваш результат' }).waitFor();
    const russian = await downloadPdf(page, dir(), 'web-result-ru');
    assert.match(russian.pdf.text, new RegExp(`Страница ${russian.pdf.pages} из ${russian.pdf.pages}`));
    assertSays(russian.pdf, ['Ваш результат', 'Синдром запястного канала', 'Источники']);
    assertSameAsPrint(russian.pdf, await printedLines(page));
    await closeSession(session);
  });
});
