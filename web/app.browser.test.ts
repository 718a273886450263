/**
 * The web app in a real browser (Debian's chromium through playwright-core), served by the real server with its
 * strict CSP. Walks the stories a person takes — with clicks and the keyboard — checks every screen with axe-core,
 * and keeps screenshots of every screen at 360 px and 1280 px in test-artifacts/screenshots/.
 *
 * Needs the built app: `npm run build` (npm test runs it first).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  clickContinue,
  closeSession,
  DANGER_SCREEN,
  type Session,
  SHOTS,
  STORAGE_KEY,
  screenOf,
  tickNoneAndContinue,
  useHarness,
  visibleText,
  waitForNextScreen,
  waitForScreen,
} from './browser-testkit.ts';

const harness = useHarness();

function open(options: { reducedMotion?: 'reduce' } = {}): Promise<Session> {
  return harness.open(options);
}

const close = closeSession;

/** Checks the screen with axe and photographs it at 360 px and 1280 px (full page), once per name. */
function capture(page: Page, name: string): Promise<void> {
  return harness.capture(page, name);
}

async function startInterview(page: Page): Promise<void> {
  await waitForScreen(page, 'start');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await waitForScreen(page, 'question:stroke_signs');
}

async function passSafetyChecks(page: Page): Promise<void> {
  await startInterview(page);
  for (const next of [...DANGER_SCREEN.slice(1), 'hand_map'])
    assert.equal(await tickNoneAndContinue(page), `question:${next}`);
}

async function markHand(page: Page, names: readonly string[]): Promise<void> {
  for (const name of names) {
    const region = page.getByRole('checkbox', { name, exact: true });
    await region.click();
    assert.equal(await region.isChecked(), true, `${name} is marked`);
  }
}

async function savedState(page: Page): Promise<Record<string, unknown>> {
  const text: unknown = await page.evaluate(`sessionStorage.getItem(${JSON.stringify(STORAGE_KEY)})`);
  assert.equal(typeof text, 'string', 'the interview is saved in the tab');
  const data: unknown = JSON.parse(String(text));
  assert.ok(typeof data === 'object' && data !== null && !Array.isArray(data));
  return Object.fromEntries(Object.entries(data));
}

async function savedAnswers(page: Page): Promise<Record<string, unknown>> {
  const answers = (await savedState(page)).answers;
  assert.ok(typeof answers === 'object' && answers !== null && !Array.isArray(answers));
  return Object.fromEntries(Object.entries(answers));
}

const CTS_PLACES = [
  'Left hand, palm side, thumb',
  'Left hand, palm side, index finger',
  'Left hand, palm side, middle finger',
];

/** How a person with carpal tunnel syndrome answers each question the engine may ask after the hand map. */
async function answerAsCarpalTunnel(page: Page, screen: string): Promise<string> {
  const id = screen.replace(/^question:/, '');
  switch (id) {
    case 'duration':
      await page.getByLabel('More than two weeks ago', { exact: true }).check();
      break;
    case 'onset':
      await page.getByLabel('Gradually, over weeks or months', { exact: true }).check();
      break;
    case 'pattern':
      await page.getByLabel('It comes and goes', { exact: true }).check();
      break;
    case 'positions':
      await page.getByLabel('Wakes you at night or is there when you wake up', { exact: true }).check();
      break;
    default: {
      const none = page.getByLabel('None of these', { exact: true });
      if ((await none.count()) > 0) await none.check();
      else if ((await page.getByRole('radio').count()) > 0) {
        await page.getByRole('radio', { name: 'I don’t know', exact: true }).check();
      } else {
        await page.getByRole('button', { name: 'I don’t know', exact: true }).click();
        return waitForNextScreen(page, screen);
      }
    }
  }
  return clickContinue(page);
}

function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

describe('numbcheck in the browser', () => {
  test('an emergency story: a drooping face on the first safety check shows the emergency page at once', async () => {
    const session = await open();
    const { page } = session;
    await capture(page, 'start');
    await startInterview(page);
    assert.equal(
      await visibleText(page.locator('.progress-step')),
      `Safety check 1 of ${DANGER_SCREEN.length}`,
    );
    await capture(page, 'safety-check-1');
    await page.emulateMedia({ colorScheme: 'dark' });
    await capture(page, 'safety-check-1-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Continue with nothing chosen explains what to do.
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByRole('alert').waitFor();
    await capture(page, 'safety-check-1-error');

    await page.getByLabel(/^Face drooping/).check();
    assert.equal(await clickContinue(page), 'emergency');
    await page.getByRole('heading', { level: 1, name: 'Call an ambulance now' }).waitFor();
    // The number for where the browser is comes first and biggest (web/emergency.browser.test.ts tests which);
    // every other number is there once, under "Another country?".
    assert.equal(await page.locator('.call-button-first[href^="tel:"]').count(), 1);
    const tel = await page
      .locator('a[href^="tel:"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.deepEqual([...tel].sort(), ['tel:000', 'tel:103', 'tel:111', 'tel:112', 'tel:911', 'tel:999']);
    const text = await visibleText(page.locator('main'));
    assert.match(text, /Do not drive yourself/);
    assert.match(text, /Note the time the symptoms started/);
    assert.match(text, /warning signs of a stroke/);
    // The stroke page speaks to the stroke: no chest-pain guidance, and no step twice.
    assert.doesNotMatch(text, /chest pain|aspirin/i);
    const steps = await page.locator('main ol.numbered li').allTextContents();
    assert.equal(new Set(steps).size, steps.length);
    assert.equal(await page.locator('.site-header').count(), 0, 'the emergency page replaces everything');
    await capture(page, 'emergency');

    // "I answered by mistake" returns to the question, with the answer still ticked.
    await page.getByRole('button', { name: 'I answered by mistake — go back' }).click();
    await waitForScreen(page, 'question:stroke_signs');
    assert.equal(await page.getByLabel(/^Face drooping/).isChecked(), true);

    // The header's emergency link is there on every other screen.
    await page.getByRole('link', { name: /Emergency\? Call 112 \/ 911 \/ 999/ }).click();
    await waitForScreen(page, 'emergency-help');
    assert.equal(await page.locator('a[href="tel:999"]').count(), 1);
    assert.match(await visibleText(page.locator('main')), /never wait more than five minutes/);
    await capture(page, 'emergency-help');
    await page.getByRole('button', { name: 'Back to numbcheck' }).click();
    await waitForScreen(page, 'question:stroke_signs');
    await close(session);
  });

  test('keyboard only: the first safety check with Tab, Space and Enter', async () => {
    const session = await open();
    const { page } = session;
    const focusedLabel = async (): Promise<string> =>
      String(
        await page.evaluate(
          `(() => { const el = document.activeElement; return (el && el.labels && el.labels[0] ? el.labels[0].textContent : el ? el.textContent : '') || ''; })()`,
        ),
      ).trim();
    // The heading has the focus; Tab reaches Start.
    for (let i = 0; i < 5 && (await focusedLabel()) !== 'Start'; i++) await page.keyboard.press('Tab');
    assert.equal(await focusedLabel(), 'Start');
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'question:stroke_signs');
    const focusedTag: unknown = await page.evaluate('document.activeElement.tagName');
    assert.equal(focusedTag, 'H1', 'the new screen’s heading has the focus');
    for (let i = 0; i < 15 && (await focusedLabel()) !== 'None of these'; i++)
      await page.keyboard.press('Tab');
    assert.equal(await focusedLabel(), 'None of these');
    await page.keyboard.press('Space');
    assert.equal(await page.getByLabel('None of these', { exact: true }).isChecked(), true);
    for (let i = 0; i < 5 && (await focusedLabel()) !== 'Continue'; i++) await page.keyboard.press('Tab');
    assert.equal(await focusedLabel(), 'Continue');
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'question:heart_signs');
    assert.equal(
      await visibleText(page.locator('.progress-step')),
      `Safety check 2 of ${DANGER_SCREEN.length}`,
    );
    await close(session);
  });

  test('a carpal tunnel story through the hand map and self-tests to its result, and the print view', async (t) => {
    const session = await open();
    const { page } = session;
    // Once loaded, the assessment needs no network: the engine runs in the page. The page fetches the
    // assessment's files once it has loaded, without running them until Start.
    await page.waitForLoadState('networkidle');
    await session.context.setOffline(true);
    await passSafetyChecks(page);
    await capture(page, 'hand-map-empty');
    await markHand(page, CTS_PLACES);
    await capture(page, 'hand-map');
    let screen = await clickContinue(page);

    const kinds = new Set<string>();
    for (let step = 0; step < 20 && screen.startsWith('question:'); step++) {
      const kind =
        (await page.locator('[data-screen]').getAttribute('class'))?.match(/screen-(\w+)$/)?.[1] ?? '';
      if (!kinds.has(kind)) {
        kinds.add(kind);
        await capture(page, `question-${kind}`);
      }
      screen = await answerAsCarpalTunnel(page, screen);
    }
    assert.equal(screen, 'offer', 'the self-tests are offered');
    await page.getByRole('heading', { level: 1, name: /quick self-test/ }).waitFor();
    await capture(page, 'offer');
    await page.getByRole('button', { name: /^Try the self-test/ }).click();
    screen = await waitForScreen(page, 'question:phalen_test');
    await page.getByRole('heading', { level: 1, name: 'Self-test (wrist bend)' }).waitFor();
    await capture(page, 'self-test');
    // The countdown starts and stops; its length is the question's (Phalen: 60 s).
    await page.getByRole('button', { name: 'Start the 60-second timer' }).click();
    await page.getByRole('button', { name: 'Stop the timer' }).waitFor();
    await page.getByRole('button', { name: 'Stop the timer' }).click();
    await page.getByLabel('Yes, the symptoms came', { exact: true }).check();
    screen = await clickContinue(page);
    for (let step = 0; step < 5 && screen !== 'result'; step++) {
      await page.getByLabel('I don’t know, or I did not try it', { exact: true }).check();
      screen = await clickContinue(page);
    }
    assert.equal(screen, 'result');

    // The first phone screen answers: how urgent, what it most likely is, what to do next; Print and Save at hand.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.evaluate('window.scrollTo(0, 0)');
    const triage = page.locator('.triage');
    assert.match(await visibleText(triage), /Book a doctor’s appointment/);
    assert.ok(await triage.locator('svg[aria-hidden="true"]').count(), 'the level has an icon');
    assert.match(await visibleText(triage.locator('.triage-badge')), /see a doctor/i);
    const summary = page.locator('.result-summary');
    assert.match(await visibleText(summary), /Most likely cause\s+Carpal tunnel syndrome \(likely\)/);
    assert.match(await visibleText(summary), /What to do next\s+\S/);
    for (const [name, part] of [
      ['the level', triage.locator('.triage-title')],
      ['the likeliest cause and the next step', summary],
      ['Print', page.getByRole('button', { name: 'Print or save as PDF' })],
      ['Save', page.getByRole('button', { name: 'Save to my diary' })],
    ] as const) {
      await page.screenshot({ path: join(SHOTS, 'result-first-screen-360.png') });
      const box = await part.boundingBox();
      assert.ok(box !== null && box.y + box.height <= 740, `${name} ends at ${box && box.y + box.height} px`);
    }
    const height = await page.evaluate('document.documentElement.scrollHeight');
    t.diagnostic(`result page height at 360 × 740: ${String(height)} px`);

    // Causes in words; the numbers only when asked for.
    assert.equal(await visibleText(page.locator('.cause-name').first()), 'Carpal tunnel syndrome');
    assert.equal(await visibleText(page.locator('.cause-likelihood').first()), 'likely');
    await page.getByLabel('Show the numbers').check();
    assert.match(await visibleText(page.locator('.cause-likelihood').first()), /^likely \d+%$/);
    await page.getByLabel('Show the numbers').uncheck();
    await page.locator('.why summary').first().click();
    await page.getByRole('heading', { name: 'What fits' }).first().waitFor();
    const why = await visibleText(page.locator('.why').first());
    assert.match(why, /Hand map rated classic or probable carpal tunnel \(Katz hand diagram\) \(strong\)/);
    assert.doesNotMatch(why, /possible carpal tunnel|[+−]\d/, 'one line per answer, in words');

    // Jargon sits in the part for the doctor, explained.
    await page.getByText('For your doctor', { exact: true }).click();
    assert.match(await visibleText(page.locator('.for-doctor')), /Katz hand diagram \(left hand\): classic/);
    assert.match(await visibleText(page.locator('.for-doctor')), /The Katz diagram rates how well/);

    // Self-care is folded into cards, which open one at a time.
    const cards = page.locator('.advice-card');
    assert.ok((await cards.count()) >= 2, 'more than one card');
    assert.equal(await page.locator('.advice-card[open]').count(), 0, 'all folded at first');
    await cards.nth(0).locator('summary').click();
    await cards.nth(1).locator('summary').click();
    assert.equal(await page.locator('.advice-card[open]').count(), 1, 'one open at most');
    await cards.nth(0).locator('summary').click();

    await page.getByText(/^Show the \d+ sources$/).click();
    assert.ok(await page.locator('.sources a[href^="http"]').first().isVisible(), 'sources are linked');
    await capture(page, 'result');
    await page.emulateMedia({ colorScheme: 'dark' });
    await capture(page, 'result-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // An exercise's step timer walks through its steps.
    const exercise = page.locator('.advice-card[open] .exercise').first();
    await exercise.getByRole('button', { name: /^Start/ }).click();
    await exercise.getByText(/Step 1 of \d+/).waitFor();
    await exercise.screenshot({ path: join(SHOTS, 'exercise-step-timer-360.png') });
    await exercise.getByRole('button', { name: 'Pause' }).click();
    await exercise.getByRole('button', { name: 'Resume' }).waitFor();
    await exercise.getByRole('button', { name: 'Stop' }).click();

    assert.equal(await page.title(), 'Your result – numbcheck');

    // A reload keeps the answers and the screen.
    await session.context.setOffline(false);
    await page.reload();
    await waitForScreen(page, 'result');
    assert.equal(await visibleText(page.locator('.cause-name').first()), 'Carpal tunnel syndrome');

    // The print view: a clean report for a doctor on one or two A4 pages.
    await page.emulateMedia({ media: 'print' });
    const printed = await visibleText(page.locator('body'));
    assert.match(printed, /numbcheck report/);
    assert.match(printed, /knowledge \d{4}\.\d+\.\d+/);
    assert.match(printed, /Your answers/);
    assert.match(printed, /Left hand — palm side: thumb, index finger, middle finger/);
    assert.match(printed, /information, not a diagnosis/);
    assert.match(
      printed,
      /Katz hand diagram \(left hand\): classic/,
      'the part for the doctor prints in full',
    );
    assert.equal(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible(), false);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: join(SHOTS, 'print-a4.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdfPageCount(pdf);
    assert.ok(pages >= 1 && pages <= 2, `the printed report has ${pages} pages`);
    await page.emulateMedia({ media: 'screen' });

    // "Start again" asks first, then clears everything.
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.getByRole('heading', { name: 'Start again?' }).waitFor();
    await capture(page, 'result-start-again');
    await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
    await waitForScreen(page, 'start');
    assert.deepEqual(await savedAnswers(page), {});
    await close(session);
  });

  test('Back changes an answer and keeps the others; a reload keeps the answers and the screen', async () => {
    const session = await open({ reducedMotion: 'reduce' });
    const { page } = session;
    await passSafetyChecks(page);
    await markHand(page, CTS_PLACES);
    const afterMap = await clickContinue(page);
    assert.match(afterMap, /^question:/);
    const afterNext = await answerAsCarpalTunnel(page, afterMap);
    assert.match(afterNext, /^question:/);

    // Back: the last question again, starting from its answer.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await waitForScreen(page, afterMap);
    // Back again: the hand map, still marked.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await waitForScreen(page, 'question:hand_map');
    for (const name of CTS_PLACES) {
      assert.equal(await page.getByRole('checkbox', { name, exact: true }).isChecked(), true, name);
    }
    // Change it: add the ring finger.
    await markHand(page, ['Left hand, palm side, ring finger']);
    await clickContinue(page);
    const answers = await savedAnswers(page);
    assert.deepEqual(answers.hand_map, { left: { palm: ['thumb', 'index', 'middle', 'ring'] } });
    for (const id of DANGER_SCREEN) assert.deepEqual(answers[id], [], id);

    // A reload keeps the answers and the screen.
    const screen = await screenOf(page);
    const step = await visibleText(page.locator('.progress-step'));
    await page.reload();
    await waitForScreen(page, screen);
    assert.equal(await visibleText(page.locator('.progress-step')), step);
    assert.deepEqual(await savedAnswers(page), answers);
    await close(session);
  });

  test('the browser’s Back and Forward step through the questions, a reload keeps the place, and Back never leaves', async () => {
    const session = await harness.open({ context: { viewport: { width: 360, height: 740 } } });
    const { page } = session;
    const home = page.url();
    await waitForScreen(page, 'start');
    const entries = Number(await page.evaluate('history.length'));
    await startInterview(page);
    const asked = ['question:stroke_signs'];
    for (const next of [...DANGER_SCREEN.slice(1), 'hand_map']) {
      asked.push(await tickNoneAndContinue(page));
      assert.equal(asked.at(-1), `question:${next}`);
    }
    await markHand(page, CTS_PLACES);
    asked.push(await clickContinue(page));
    assert.equal(await page.evaluate('history.length'), entries + asked.length, 'one entry per question');

    // Back twice: the hand map, still marked, then the last safety check.
    await page.goBack();
    await waitForScreen(page, 'question:hand_map');
    assert.ok(await page.getByRole('checkbox', { name: CTS_PLACES[0], exact: true }).isChecked());
    await page.goBack();
    await waitForScreen(page, asked.at(-3) ?? '');
    // Forward: the hand map again, then the question after it, with the answers they had.
    await page.goForward();
    await waitForScreen(page, 'question:hand_map');
    await page.goForward();
    await waitForScreen(page, asked.at(-1) ?? '');
    assert.deepEqual((await savedAnswers(page)).hand_map, { left: { palm: ['thumb', 'index', 'middle'] } });

    // A reload keeps the place, and Back still steps through the questions after it.
    await page.reload();
    await waitForScreen(page, asked.at(-1) ?? '');
    await page.goBack();
    await waitForScreen(page, 'question:hand_map');

    // The app's own Back and the browser's agree: back to the first question, then the start screen, still here.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await waitForScreen(page, asked.at(-3) ?? '');
    for (let i = asked.length - 3; i > 0; i--) await page.goBack();
    await waitForScreen(page, 'question:stroke_signs');
    await page.goBack();
    await waitForScreen(page, 'start');
    assert.equal(page.url(), home, 'Back from the first question stays in numbcheck');
    await close(session);
  });

  test('"I don’t know" to every safety check: the result leads with those signs, and is never self-care', async () => {
    const session = await open();
    const { page } = session;
    await startInterview(page);
    for (const id of DANGER_SCREEN) {
      await waitForScreen(page, `question:${id}`);
      await page.getByLabel('I don’t know', { exact: true }).check();
      await clickContinue(page);
    }
    let screen = await screenOf(page);
    for (let step = 0; step < 25 && screen.startsWith('question:'); step++) {
      if (screen === 'question:hand_map') {
        await markHand(page, CTS_PLACES);
        screen = await clickContinue(page);
      } else screen = await answerAsCarpalTunnel(page, screen);
    }
    if (screen === 'offer') await page.getByRole('button', { name: /^No/ }).click();
    await waitForScreen(page, 'result');
    const main = page.locator('main');
    const text = await visibleText(main);
    const checkAt = text.indexOf('Check these danger signs now');
    assert.ok(checkAt >= 0, 'the signs are listed');
    assert.ok(checkAt < text.indexOf('Book a doctor’s appointment'), 'before the level');
    assert.doesNotMatch(text, /Self-care is reasonable/);
    assert.match(text, /Face drooping, numb or uneven on one side/);
    await capture(page, 'result-unsure');
    await close(session);
  });

  test('the number question: checked input and "I don’t know"', async () => {
    const session = await open();
    const { page } = session;
    // The engine asks for the age only in some stories; a saved interview puts it on screen directly.
    const state = {
      started: true,
      answers: Object.fromEntries(DANGER_SCREEN.map((id) => [id, []])),
      history: DANGER_SCREEN.map((question) => ({
        kind: 'answer',
        question,
      })),
      drafts: {},
      again: 'age',
    };
    await page.evaluate(
      `sessionStorage.setItem(${JSON.stringify(STORAGE_KEY)}, ${JSON.stringify(JSON.stringify(state))})`,
    );
    await page.reload();
    await waitForScreen(page, 'question:age');
    await capture(page, 'question-number');
    const input = page.getByRole('textbox', { name: 'How old are you?' });
    await input.fill('200');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByRole('alert').waitFor();
    assert.equal(await input.getAttribute('aria-invalid'), 'true');
    await capture(page, 'question-number-error');
    await input.fill('45');
    await clickContinue(page);
    assert.equal((await savedAnswers(page)).age, 45);
    await close(session);
  });
});
