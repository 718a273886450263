/**
 * The free-text intake in a real browser, against the real server: words typed on the start screen are read in the
 * browser (never sent), shown as chips the person can change, and the interview goes on from them, the danger
 * screen first. Needs the built app: `npm run build`.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  clickContinue,
  closeSession,
  DANGER_SCREEN,
  type Session,
  STORAGE_KEY,
  tickNoneAndContinue,
  useHarness,
  visibleText,
  waitForNextScreen,
  waitForScreen,
} from './browser-testkit.ts';

const harness = useHarness();

/** Every request the page makes to the API: the words must never be sent. */
function apiRequests(session: Session): string[] {
  const urls: string[] = [];
  session.page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) urls.push(request.url());
  });
  return urls;
}

/**
 * A finding chip's accessible name, "Chest pain…: no, from ‘chest pain’. Change", as a pattern: the browser may put
 * a space before a part that is styled apart (the state badge, the hidden "Change").
 */
function chipButton(page: Page, label: string, state: string, words: string) {
  const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const name = new RegExp(
    `^${escapeRegExp(label)}.*: ${state} ?, from ‘${escapeRegExp(words)}’ ?\\. Change$`,
  );
  return page.getByRole('button', { name });
}

async function typeWords(page: Page, text: string): Promise<void> {
  await waitForScreen(page, 'start');
  await page.getByLabel('Describe it in your own words (optional)').fill(text);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
}

/** Answers whatever comes with "none of these" or "I don't know", declining the self-tests, up to the result. */
async function answerToTheEnd(page: Page, screen: string): Promise<void> {
  let current = screen;
  for (let step = 0; step < 30 && current !== 'result'; step++) {
    if (current === 'offer') {
      await page.getByRole('button', { name: 'No, show my results' }).click();
      current = await waitForNextScreen(page, current);
      continue;
    }
    assert.match(current, /^question:/);
    const none = page.getByLabel('None of these', { exact: true });
    if ((await none.count()) > 0) {
      await none.check();
    } else if ((await page.getByRole('radio').count()) > 0) {
      await page.getByRole('radio', { name: 'I don’t know', exact: true }).check();
    } else {
      await page.getByRole('button', { name: 'I don’t know', exact: true }).click();
      current = await waitForNextScreen(page, current);
      continue;
    }
    current = await clickContinue(page);
  }
  assert.equal(current, 'result');
}

describe('the free-text intake in the browser', () => {
  test('words → chips → change one → the danger screen first, only its open items → a result that reflects them', async () => {
    const session = await harness.open();
    const { page } = session;
    const requests = apiRequests(session);
    await waitForScreen(page, 'start');
    await harness.capture(page, 'intake-start');

    await typeWords(page, 'My left hand goes numb when I run. No chest pain or dizziness.');
    await waitForScreen(page, 'understood');
    const heading = page.getByRole('heading', { level: 1, name: 'Understood from your words' });
    await heading.waitFor();
    assert.equal(await page.evaluate('document.activeElement?.tagName'), 'H1', 'the heading has the focus');
    assert.equal(await visibleText(page.locator('mark').first()), 'left hand');

    const running = chipButton(page, 'While running or exercising', 'yes', 'run');
    assert.equal(await running.count(), 1, 'numbness while running');
    const chest = chipButton(page, 'Chest pain, pressure', 'no', 'chest pain');
    assert.equal(await chest.count(), 1, 'chest pain absent');
    assert.match(await visibleText(page.locator('main')), /Left hand — palm side: thumb/);
    assert.match(await visibleText(page.locator('main')), /Pattern: It comes and goes/);
    await harness.capture(page, 'intake-understood');

    // Flip a chip and back: its name says its new state.
    await chest.click();
    const chestYes = chipButton(page, 'Chest pain, pressure', 'yes', 'chest pain');
    assert.equal(await chestYes.count(), 1, 'flipped to yes');
    await chestYes.click();
    assert.equal(await chest.count(), 1, 'flipped back to no');
    // Remove one: the heart check will ask it.
    await page.getByRole('button', { name: /^Remove: Light-headed or feeling faint/ }).click();
    const putBack = page.getByRole('button', { name: /^Put back: Light-headed or feeling faint/ });
    assert.equal(await putBack.count(), 1);
    assert.equal(
      await putBack.evaluate((el) => el === document.activeElement),
      true,
      'the focus stays on it',
    );
    await harness.capture(page, 'intake-understood-changed');

    // Continue: the words did not settle the stroke check, so it comes first.
    assert.equal(await clickContinue(page), 'question:stroke_signs');
    assert.equal(
      await visibleText(page.locator('.progress-step')),
      `Safety check 1 of ${DANGER_SCREEN.length}`,
    );
    const saved: unknown = JSON.parse(
      String(await page.evaluate(`sessionStorage.getItem('${STORAGE_KEY}')`)),
    );
    assert.doesNotMatch(JSON.stringify(saved), /goes numb|when I run/, 'the typed words are not saved');
    assert.match(JSON.stringify(saved), /during_running/, 'the answers read from them are');
    assert.equal(await tickNoneAndContinue(page), 'question:heart_signs');
    // Only the heart signs the words left open are asked.
    assert.equal(await page.getByLabel(/^Chest pain, pressure/).count(), 0, 'chest pain was settled');
    assert.equal(
      await page.getByLabel(/^Light-headed or feeling faint/).count(),
      1,
      'the removed one is asked',
    );
    assert.match(await visibleText(page.locator('main')), /Your own words already answered one more\./);
    await harness.capture(page, 'intake-heart-open-items');
    for (const id of DANGER_SCREEN.slice(2)) assert.equal(await tickNoneAndContinue(page), `question:${id}`);
    const next = await tickNoneAndContinue(page);
    assert.notEqual(next, 'question:hand_map', 'the hand map came from the words');
    await answerToTheEnd(page, next);
    const causes = await visibleText(page.locator('.causes'));
    assert.match(causes, /Numb or swollen hands while running or exercising/);
    await harness.capture(page, 'intake-result');

    assert.deepEqual(requests, [], 'nothing was sent to the API: the words were read in the browser');
    await closeSession(session);
  });

  test('a stroke sentence goes to the emergency page at once', async () => {
    const session = await harness.open();
    const { page } = session;
    const requests = apiRequests(session);
    await typeWords(page, 'my face is drooping and my left arm is weak');
    await waitForScreen(page, 'emergency');
    await page.getByRole('heading', { level: 1, name: 'Call an ambulance now' }).waitFor();
    await harness.capture(page, 'intake-emergency');
    // Back returns to the start screen with the words, to change them.
    await page.getByRole('button', { name: /go back/ }).click();
    await waitForScreen(page, 'start');
    assert.equal(
      await page.getByLabel('Describe it in your own words (optional)').inputValue(),
      'my face is drooping and my left arm is weak',
    );
    assert.deepEqual(requests, []);
    await closeSession(session);
  });

  test('words that say nothing numbcheck knows: the screen says so, and Continue starts the questions', async () => {
    const session = await harness.open();
    const { page } = session;
    await typeWords(page, 'hello there');
    await waitForScreen(page, 'understood');
    assert.match(await visibleText(page.locator('main')), /did not recognise anything/);
    await harness.capture(page, 'intake-understood-nothing');
    assert.equal(await clickContinue(page), 'question:stroke_signs');
    await closeSession(session);
  });
});
