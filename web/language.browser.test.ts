/**
 * The web app in Russian, in a real browser: a person whose browser prefers Russian gets the start page, the
 * questions, the result and the emergency page in Russian; the switch goes to English and back without losing the
 * interview, and the choice outlives a reload. Screenshots of every Russian screen at 360 px and 1280 px.
 *
 * Needs the built app: `npm run build` (npm test runs it first).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { closeSession, screenOf, useHarness, visibleText, waitForScreen } from './browser-testkit.ts';

const harness = useHarness({ shotPrefix: 'ru-' });

/**
 * The app's own English words, as whole texts of a control, heading, label or line: a Russian screen must have
 * none of them. (The knowledge's texts are Russian only where its translation has them; until then they fall back
 * to English, so they are not what this looks for.)
 */
const ENGLISH_UI = [
  /^Continue$/,
  /^(‹\s*)?Back$/,
  /^Your result$/,
  /^Start$/,
  /^I don’t know$/,
  /^None of these$/,
  /^Tick all that apply\.$/,
  /^What to do now$/,
  /^Tell the call handler$/,
  /^While you wait$/,
  /^Sources$/,
  /^Emergency\?/,
  /^Call \d+([^\d,]|$)/,
  /^Start again$/,
  /^Print or save as PDF$/,
  /^Possible causes$/,
  /^Why$/,
  /^Question \d+/,
  /^Safety check \d+/,
  /Your answers stay/,
  /^numbcheck knowledge/,
  /^(Check|Diary|Breaks|Run|Sleep)$/,
  /^(Left|Right)$/,
  /^or$/,
];

/** The texts of the page's controls, headings, labels and lines that are the app's own English. */
async function englishLeft(page: Page): Promise<string[]> {
  const texts = await page
    .locator('button, a, label, summary, legend, caption, th, dt, h1, h2, h3, h4, p, li')
    .evaluateAll((elements) => elements.map((element) => element.textContent?.trim() ?? ''));
  return texts.filter((text) => ENGLISH_UI.some((pattern) => pattern.test(text)));
}

async function assertRussian(page: Page, what: string): Promise<void> {
  assert.equal(await page.locator('html').getAttribute('lang'), 'ru', `${what}: <html lang>`);
  assert.match(await visibleText(page.locator('body')), /[а-яё]{4,}/i, `${what}: Russian words on the page`);
  assert.deepEqual(await englishLeft(page), [], `${what}: no English words of the app's own`);
}

const RU = {
  start: 'Начать',
  continue: 'Дальше',
  none: 'Ничего из этого',
  dontKnow: 'Не знаю',
  selfTestDontKnow: 'Не знаю или не пробовал(а)',
};

/** Answers every question with "none", "don't know" or the hand map's left thumb, to the result. */
async function answerToResult(page: Page): Promise<void> {
  for (let step = 0; step < 40; step++) {
    const screen = await screenOf(page);
    if (screen === 'result') return;
    if (screen === 'offer') {
      await assertRussian(page, 'the offer of self-tests');
      await harness.capture(page, 'offer');
      await page.getByRole('button', { name: /^Пройти самотест/ }).click();
    } else if ((await page.getByRole('radio', { name: RU.selfTestDontKnow, exact: true }).count()) > 0) {
      await assertRussian(page, 'a self-test');
      await harness.capture(page, 'self-test');
      await page.getByRole('radio', { name: RU.selfTestDontKnow, exact: true }).check();
      await page.getByRole('button', { name: RU.continue, exact: true }).click();
    } else if (screen === 'question:hand_map') {
      await assertRussian(page, 'the hand map');
      await harness.capture(page, 'hand-map');
      await page.getByRole('checkbox', { name: 'Левая рука, ладонь, большой палец', exact: true }).click();
      await page.getByRole('button', { name: RU.continue, exact: true }).click();
    } else if ((await page.getByLabel(RU.none, { exact: true }).count()) > 0) {
      await page.getByLabel(RU.none, { exact: true }).check();
      await page.getByRole('button', { name: RU.continue, exact: true }).click();
    } else if ((await page.getByRole('radio').count()) > 0) {
      await page.getByRole('radio', { name: RU.dontKnow, exact: true }).check();
      await page.getByRole('button', { name: RU.continue, exact: true }).click();
    } else {
      await page.getByRole('button', { name: RU.dontKnow, exact: true }).click();
    }
    await page.waitForFunction(
      (previous) => document.querySelector('[data-screen]')?.getAttribute('data-screen') !== previous,
      screen,
    );
  }
  throw new Error('the interview did not reach the result in 40 steps');
}

describe('numbcheck in Russian', () => {
  test('a Russian browser: start, a question, the switch there and back, the result and the emergency page', async () => {
    const session = await harness.open({ context: { locale: 'ru-RU' } });
    const { page } = session;
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));

    await waitForScreen(page, 'start');
    await page.getByRole('button', { name: RU.start, exact: true }).waitFor();
    await assertRussian(page, 'the start page');
    assert.match(await page.title(), /[а-яё].* – numbcheck$/i, 'the tab is named in Russian');
    await harness.capture(page, 'start');

    await page.getByRole('button', { name: RU.start, exact: true }).click();
    await waitForScreen(page, 'question:stroke_signs');
    await assertRussian(page, 'the first safety check');
    assert.match(await visibleText(page.locator('.progress-step')), /^Проверка безопасности 1 из \d+/);
    assert.ok(
      requested.some((url) => /\/assets\/ru-[\w-]+\.js$/.test(url)),
      'the Russian words were loaded',
    );
    await page.getByLabel(RU.none, { exact: true }).check();
    await page.getByRole('button', { name: RU.continue, exact: true }).click();
    const second = await waitForScreen(page, /^question:/);
    assert.notEqual(second, 'question:stroke_signs');
    await harness.capture(page, 'question');

    // To English and back: the same question, the answers kept, and Back still goes to the first one.
    const language = page.getByRole('group', { name: 'Язык' });
    await language.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Continue', exact: true }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await screenOf(page), second, 'the same question in English');
    assert.equal(
      await page
        .getByRole('group', { name: 'Language' })
        .getByRole('button', { name: 'English' })
        .getAttribute('aria-pressed'),
      'true',
    );
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Русский' }).click();
    await page.getByRole('button', { name: RU.continue, exact: true }).waitFor();
    assert.equal(await screenOf(page), second, 'the same question in Russian again');
    await page.getByRole('button', { name: 'Назад', exact: true }).click();
    await waitForScreen(page, 'question:stroke_signs');
    assert.equal(
      await page.getByLabel(RU.none, { exact: true }).isChecked(),
      true,
      'the first answer was kept',
    );
    await page.getByRole('button', { name: RU.continue, exact: true }).click();
    await waitForScreen(page, second);

    await answerToResult(page);
    await assertRussian(page, 'the result');
    await page.getByRole('heading', { name: 'Ваш результат' }).waitFor();
    await harness.capture(page, 'result');

    await page.getByRole('link', { name: /Экстренно\?/ }).click();
    await waitForScreen(page, 'emergency-help');
    await assertRussian(page, 'the emergency page');
    await page
      .getByRole('link', { name: /^Позвонить \d+/ })
      .first()
      .waitFor();
    await harness.capture(page, 'emergency');
    await closeSession(session);
  });

  test('Russian words: what was understood, in Russian', async () => {
    const session = await harness.open({ context: { locale: 'ru-RU' } });
    const { page } = session;
    await page.getByRole('button', { name: RU.start, exact: true }).waitFor();
    await page
      .getByLabel(/^Опишите своими словами/)
      .fill('Немеет левая рука по ночам, уже месяц. Боли в груди нет.');
    await page.getByRole('button', { name: RU.start, exact: true }).click();
    await waitForScreen(page, 'understood');
    await assertRussian(page, 'what was understood');
    await page.getByRole('heading', { name: 'Что мы поняли из ваших слов' }).waitFor();
    await harness.capture(page, 'understood');
    await page.getByRole('button', { name: RU.continue, exact: true }).click();
    await waitForScreen(page, /^question:/);
    await assertRussian(page, 'the first question after the words');
    await closeSession(session);
  });

  test('the choice outlives a reload, whatever the browser prefers; English loads no Russian', async () => {
    const session = await harness.open({ context: { locale: 'en-GB' } });
    const { page } = session;
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await waitForScreen(page, 'start');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await waitForScreen(page, 'question:stroke_signs');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.deepEqual(
      requested.filter((url) => /\/assets\/ru-[\w-]+\.js$/.test(url)),
      [],
      'an English reader downloads no Russian',
    );

    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Русский' }).click();
    await page.getByRole('button', { name: RU.continue, exact: true }).waitFor();
    await page.reload();
    await waitForScreen(page, 'question:stroke_signs');
    await page.getByRole('button', { name: RU.continue, exact: true }).waitFor();
    await assertRussian(page, 'the question after a reload');

    // The start page after a reload: the prerendered English gives way to Russian, with no mix left.
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await page.getByRole('button', { name: RU.start, exact: true }).waitFor();
    await assertRussian(page, 'the start page after a reload');
    await closeSession(session);
  });
});
