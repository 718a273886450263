/**
 * The prevention tools in a real browser (Debian's chromium through playwright-core) against the real server with a
 * temporary diary store: one break end to end, postponing once, notifications denied, settings kept across a reload,
 * one run end to end into the diary, the danger line, and the sleep check kept across a reload. Time is Playwright's
 * fake clock (`page.clock`), so 25 minutes of work take no real waiting. Every screen is checked with axe-core and
 * photographed at 360 px and 1280 px into test-artifacts/screenshots/prevent-*.png.
 *
 * Needs the built app: `npm run build`.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { closeSession, type Session, useHarness } from './browser-testkit.ts';

const MIN = 60_000;
/** Monday 30 November 2026, 09:00 in the browser's time zone (UTC): inside the default working hours. */
const MONDAY_9 = new Date('2026-11-30T09:00:00Z');

const harness = useHarness({ storePrefix: 'numbcheck-prevent-', shotPrefix: 'prevent-' });

function open(hash: string, options: { notifications?: 'denied' } = {}): Promise<Session> {
  return harness.open({
    path: hash,
    context: { timezoneId: 'UTC' },
    waitForScreen: false,
    async beforeLoad(page) {
      if (options.notifications === 'denied') {
        // What a person who blocked notifications for the site has: the permission reads 'denied'.
        await page.addInitScript(() => {
          Object.defineProperty(Notification, 'permission', { get: () => 'denied' });
        });
      }
      await page.clock.install({ time: MONDAY_9 });
    },
  });
}

const close = closeSession;

/** The text of an element, '' when it has none. */
async function textOf(locator: Locator): Promise<string> {
  return (await locator.textContent()) ?? '';
}

async function screen(page: Page, name: string): Promise<void> {
  await page.locator(`[data-screen="${name}"]`).waitFor();
}

/** axe (evaluated through DevTools, which the CSP does not govern), no sideways scroll, and screenshots. */
function capture(page: Page, name: string): Promise<void> {
  return harness.capture(page, name);
}

/** Waits until the screen's heading has the focus, as every screen gives it on arrival. */
async function headingFocused(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (expected) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === expected,
    text,
  );
}

describe('break coach', () => {
  test('one break end to end: coach on, 25 min of work, the guided break, done, 1 taken', async () => {
    const session = await open('#/breaks');
    const { page } = session;
    await screen(page, 'breaks');
    await headingFocused(page, 'Break coach');
    await capture(page, 'breaks');
    await page.getByRole('button', { name: 'Start the break coach' }).click();
    await page.getByText('Next micro-break in 25 minutes.').waitFor();
    await page.clock.runFor(25 * MIN);
    await screen(page, 'break');
    await headingFocused(page, 'Micro-break');
    await page.getByRole('heading', { name: 'Hand and wrist moves' }).waitFor();
    assert.match(await textOf(page.locator('[data-break-step]')), /^Sit or stand/);
    await capture(page, 'break');
    await page.getByRole('button', { name: 'Next step' }).click();
    assert.match(await textOf(page.locator('[data-break-step]')), /^Make a loose fist/);
    // The remaining steps run by themselves, 6 s each.
    await page.clock.runFor(30_000);
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await screen(page, 'breaks');
    assert.equal(await textOf(page.locator('[data-stat="taken"]')), '1');
    await page.getByText('Next micro-break in 25 minutes.').waitFor();
    await capture(page, 'breaks-after');
    // Recording the day puts a working day with breaks into the diary.
    await page.getByRole('button', { name: 'Record today in my diary' }).click();
    await page
      .getByText(/^Recorded 30 Nov 2026 in your diary as a working day with regular breaks\.$/)
      .waitFor();
    const list: unknown = await (await fetch(`${harness.baseUrl}api/v1/exposures`)).json();
    assert.match(JSON.stringify(list), /"kind":"working_day"[^}]*"interventions":\["breaks"\]/);
    await close(session);
  });

  test('postpone works once, early in the break; the break comes back without Postpone', async () => {
    const session = await open('#/breaks');
    const { page } = session;
    await page.getByRole('button', { name: 'Start the break coach' }).click();
    await page.clock.runFor(25 * MIN);
    await screen(page, 'break');
    await page.getByRole('button', { name: 'Postpone 5 minutes' }).click();
    await screen(page, 'breaks');
    await page.getByText('Next micro-break in 5 minutes.').waitFor();
    assert.equal(await textOf(page.locator('[data-stat="postponed"]')), '1');
    await page.clock.runFor(5 * MIN);
    await screen(page, 'break');
    assert.equal(await page.getByRole('button', { name: /Postpone/ }).count(), 0, 'no second postpone');
    await page.getByRole('button', { name: 'Skip this break' }).click();
    await screen(page, 'breaks');
    assert.equal(await textOf(page.locator('[data-stat="skipped"]')), '1');
    await close(session);
  });

  test('with notifications denied, the page says so and the break shows an in-page banner', async () => {
    const session = await open('#/breaks', { notifications: 'denied' });
    const { page } = session;
    await screen(page, 'breaks');
    assert.match(
      await textOf(page.locator('[data-notifications="off"]')),
      /Notifications are blocked .* Breaks show on this page instead, with a beep and a flashing tab title/,
    );
    assert.equal(await page.getByRole('button', { name: 'Allow notifications' }).count(), 0);
    await capture(page, 'breaks-denied');
    await page.getByRole('button', { name: 'Start the break coach' }).click();
    await page.clock.runFor(25 * MIN);
    await screen(page, 'break');
    assert.match(
      await textOf(page.getByRole('alert').first()),
      /Time for a micro-break\. Notifications are off/,
    );
    await page.clock.runFor(1000);
    await page.waitForFunction(() => document.title.startsWith('Break time'));
    await close(session);
  });

  test('the coach keeps counting in another section; the break waits on Breaks', async () => {
    const session = await open('#/breaks');
    const { page } = session;
    await page.getByRole('button', { name: 'Start the break coach' }).click();
    await page.getByText('Next micro-break in 25 minutes.').waitFor();
    await page.goto(`${harness.baseUrl}#/sleep`);
    await screen(page, 'sleep');
    await page.clock.runFor(25 * MIN + 1000);
    await page.waitForFunction(() => document.title.startsWith('Break time'));
    await page.getByRole('link', { name: 'Breaks' }).click();
    await screen(page, 'break');
    await page.getByRole('button', { name: 'Finish the break now' }).click();
    await screen(page, 'breaks');
    assert.equal(await textOf(page.locator('[data-stat="taken"]')), '1');
    await close(session);
  });

  test('settings are checked, saved, and kept across a reload; strict mode hides Skip and Postpone', async () => {
    const session = await open('#/breaks');
    const { page } = session;
    await screen(page, 'breaks');
    await page.getByLabel('Micro-break every').fill('abc');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page
      .getByText(/breaks\.microEveryMinutes" expects a whole number of minutes from 1 to 240, got "abc"/)
      .waitFor();
    await page.getByLabel('Micro-break every').fill('20');
    await page.getByLabel(/Strict mode/).check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved on this device.').waitFor();
    await page.reload();
    await screen(page, 'breaks');
    assert.equal(await page.getByLabel('Micro-break every').inputValue(), '20');
    assert.ok(await page.getByLabel(/Strict mode/).isChecked());
    await page.getByText(/every 20 minutes of work/).waitFor();
    await page.getByRole('button', { name: 'Start the break coach' }).click();
    await page.clock.runFor(20 * MIN);
    await screen(page, 'break');
    assert.equal(await page.getByRole('button', { name: /Skip|Postpone|Finish the break now/ }).count(), 0);
    await page.getByText('Strict mode: this break cannot be skipped or postponed.').waitFor();
    await capture(page, 'break-strict');
    await close(session);
  });
});

describe('run companion', () => {
  test('one run end to end: checklist, cues, finish, one tap into the diary with the expander', async () => {
    const session = await open('#/run');
    const { page } = session;
    const dangerLine = page.locator('[data-danger-line]');
    await screen(page, 'run-before');
    await headingFocused(page, 'Run companion');
    assert.ok(await dangerLine.isVisible());
    await page.getByLabel(/A hand expander in hand/).check();
    await capture(page, 'run-before');
    await page.getByRole('button', { name: 'Start the run' }).click();
    await screen(page, 'run-during');
    assert.ok(await dangerLine.isVisible());
    await page.clock.runFor(4 * MIN + 1000);
    await page.locator('.run-cue-text').getByText('Squeeze your expander 10 times').waitFor();
    await capture(page, 'run-during');
    await page.clock.runFor(4 * MIN);
    await page.locator('.run-cue-text').getByText('Drop your arms and shake them out').waitFor();
    await page.getByRole('button', { name: 'Finish the run' }).click();
    await screen(page, 'run-after');
    await headingFocused(page, 'Hands numb?');
    assert.ok(await dangerLine.isVisible());
    assert.ok(await page.getByLabel('I ran with the hand expander').isChecked());
    await capture(page, 'run-after');
    await page.getByRole('button', { name: 'No numbness' }).click();
    await screen(page, 'run-logged');
    assert.match(
      await textOf(page.locator('[data-run-logged]')),
      /a run of \d+ minutes? with the expander, hands fine/,
    );
    assert.ok(await dangerLine.isVisible());
    await capture(page, 'run-logged');
    const list: unknown = await (await fetch(`${harness.baseUrl}api/v1/exposures`)).json();
    assert.match(
      JSON.stringify(list),
      /"kind":"run"[^}]*"interventions":\["hand_expander"\][^}]*"episodeCount":0/,
    );
    await close(session);
  });

  test('numb hands after a run: the run and an episode linked to it', async () => {
    const session = await open('#/run');
    const { page } = session;
    await page.getByRole('button', { name: 'Start the run' }).click();
    await page.clock.runFor(10 * MIN);
    await page.getByRole('button', { name: 'Finish the run' }).click();
    await screen(page, 'run-after');
    await page.getByLabel('My hands went numb or tingled').check();
    await page.getByLabel('Left hand').check();
    await page.getByRole('button', { name: 'Log the numb hands' }).click();
    await screen(page, 'run-logged');
    assert.match(await textOf(page.locator('[data-run-logged]')), /without the expander, left hand numb/);
    const episodes = JSON.stringify(await (await fetch(`${harness.baseUrl}api/v1/episodes`)).json());
    assert.match(episodes, /"activities":\["running"\]/);
    assert.match(episodes, /"exposureId":"[^"]+"/);
    await close(session);
  });
});

describe('sleep check', () => {
  test('answers bring up advice and are kept across a reload', async () => {
    const session = await open('#/sleep');
    const { page } = session;
    await screen(page, 'sleep');
    await headingFocused(page, 'Sleep check');
    await page
      .getByRole('group', { name: /wake up lying on your arm/ })
      .getByLabel('Yes', { exact: true })
      .check();
    await page
      .getByRole('group', { name: /rings, bracelets or a watch/ })
      .getByLabel('No', { exact: true })
      .check();
    await page.getByLabel('Yes, carpal tunnel syndrome is likely').check();
    const advice = page.locator('[data-sleep-advice]');
    await advice.getByText(/wrist splint at night/).waitFor();
    await advice.getByText(/Sleep with your arms by your sides/).waitFor();
    await page.getByText('Your answers are saved on this device only.').waitFor();
    await capture(page, 'sleep');
    await page.reload();
    await screen(page, 'sleep');
    assert.ok(
      await page
        .getByRole('group', { name: /wake up lying on your arm/ })
        .getByLabel('Yes', { exact: true })
        .isChecked(),
    );
    assert.ok(
      await page
        .getByRole('group', { name: /rings, bracelets or a watch/ })
        .getByLabel('No', { exact: true })
        .isChecked(),
    );
    await advice.getByText(/wrist splint at night/).waitFor();
    await close(session);
  });
});
