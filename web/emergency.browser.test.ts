/**
 * The emergency page in a real browser on a phone's screen (360 × 740): each kind of emergency shows its own steps
 * and no other kind's, no sentence twice, and the number for where the browser is first and biggest, chosen from
 * its time zone (and its language when the time zone names no place). Checked with axe and photographed at 360 px
 * and 1280 px. Needs the built app: `npm run build`.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { knowledge } from '../src/knowledge/index.ts';
import type { EmergencyKind } from '../src/knowledge/schema.ts';
import {
  clickContinue,
  closeSession,
  type Session,
  tickNoneAndContinue,
  useHarness,
  visibleText,
  waitForScreen,
} from './browser-testkit.ts';

const harness = useHarness({ shotPrefix: 'emergency-page-' });
const PHONE = { width: 360, height: 740 };

function open(options: { timezoneId?: string; locale?: string; path?: string } = {}): Promise<Session> {
  const { path, ...context } = options;
  return harness.open({ path, context: { viewport: PHONE, ...context } });
}

const general = new Set(knowledge.levels.emergency?.now.map((s) => s.id) ?? []);
/** The sentences a kind says that no other part of the page says: its steps beyond the call and not driving. */
function ownSteps(kind: EmergencyKind): string[] {
  return [...kind.now, ...kind.tell, ...kind.wait].filter((s) => !general.has(s.id)).map((s) => s.text);
}
const KINDS = new Map<string, EmergencyKind>(knowledge.emergencyKinds.map((k) => [k.id, k]));

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const labelOf = (finding: string): RegExp => {
  const label = knowledge.findings.find((f) => f.id === finding)?.label;
  assert.ok(label, finding);
  return new RegExp(`^${escapeRegExp(label)}`);
};

/** The safety checks: "none of these" until `question`, where `finding` is ticked; the emergency page follows. */
async function answerUpTo(page: Page, question: string, finding: string): Promise<void> {
  await waitForScreen(page, 'start');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await waitForScreen(page, 'question:stroke_signs');
  for (const id of ['stroke_signs', 'heart_signs', 'other_danger_signs']) {
    if (id === question) break;
    await tickNoneAndContinue(page);
  }
  await page.getByLabel(labelOf(finding)).check();
  assert.equal(await clickContinue(page), 'emergency');
  await page.getByRole('heading', { level: 1, name: 'Call an ambulance now' }).waitFor();
}

/** The page shows these kinds' own steps, and no other kind's; and no list item twice. */
async function assertKinds(page: Page, shown: readonly string[]): Promise<void> {
  const text = (await visibleText(page.locator('main'))).replace(/\s+/g, ' ');
  for (const [id, kind] of KINDS) {
    for (const step of ownSteps(kind)) {
      if (shown.includes(id)) assert.ok(text.includes(step), `${id}'s step is shown: ${step}`);
      else assert.ok(!text.includes(step), `${id}'s step is not shown: ${step}`);
    }
  }
  await assertNoRepeats(page);
}

async function assertNoRepeats(page: Page): Promise<void> {
  const items = (await page.locator('main li').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
  const repeated = items.filter((item, i) => items.indexOf(item) !== i);
  assert.deepEqual(repeated, [], 'no list item twice');
}

/** The big call button's number, and the numbers of the buttons beside it. */
async function callButtons(page: Page): Promise<{ first: string; all: string[] }> {
  const hrefs = await page
    .locator('.call-buttons a.call-button')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const first = (await page.locator('.call-button-first').getAttribute('href')) ?? '';
  return { first: first.replace('tel:', ''), all: hrefs.map((h) => h.replace('tel:', '')) };
}

describe('the emergency page speaks to the sign that fired', () => {
  const stories: {
    name: string;
    kind: string;
    question: string;
    finding: string;
    timezoneId: string;
    number: string;
  }[] = [
    {
      name: 'stroke',
      kind: 'stroke',
      question: 'stroke_signs',
      finding: 'face_droop',
      timezoneId: 'Europe/London',
      number: '999',
    },
    {
      name: 'heart',
      kind: 'heart',
      question: 'heart_signs',
      finding: 'chest_pain',
      timezoneId: 'America/New_York',
      number: '911',
    },
    {
      name: 'limb',
      kind: 'limb',
      question: 'other_danger_signs',
      finding: 'pale_cold_painful_limb',
      timezoneId: 'Australia/Sydney',
      number: '000',
    },
    {
      name: 'limb-compartment',
      kind: 'limb',
      question: 'other_danger_signs',
      finding: 'compartment_signs',
      timezoneId: 'Europe/Berlin',
      number: '112',
    },
    {
      name: 'spinal',
      kind: 'spinal',
      question: 'other_danger_signs',
      finding: 'major_trauma',
      timezoneId: 'Pacific/Auckland',
      number: '111',
    },
  ];
  for (const story of stories) {
    test(`${story.name}: ${story.finding} shows the ${story.kind} steps and no other kind’s`, async () => {
      const session = await open({ timezoneId: story.timezoneId, locale: 'en-GB' });
      const { page } = session;
      await answerUpTo(page, story.question, story.finding);
      await assertKinds(page, [story.kind]);
      const kind = KINDS.get(story.kind);
      assert.ok(kind);
      assert.equal(await visibleText(page.locator('.emergency-summary')), kind.summary);
      for (const heading of ['What to do now', 'Tell the call handler', 'While you wait'])
        await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
      assert.equal((await callButtons(page)).first, story.number);
      await harness.capture(page, story.name);
      await closeSession(session);
    });
  }

  test('two kinds at once (a stroke and chest pain, in the words): both, each under its own heading, nothing twice', async () => {
    const session = await open({ timezoneId: 'Europe/Paris', locale: 'en-GB' });
    const { page } = session;
    await waitForScreen(page, 'start');
    await page
      .getByLabel('Describe it in your own words (optional)')
      .fill('my face is drooping on one side and I have crushing chest pain');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await waitForScreen(page, 'emergency');
    await assertKinds(page, ['stroke', 'heart']);
    for (const id of ['stroke', 'heart'])
      await page.getByRole('heading', { level: 2, name: KINDS.get(id)?.title ?? id }).waitFor();
    // The steps both share come once, first.
    const first = page.locator('section', { has: page.getByRole('heading', { name: 'What to do now' }) });
    assert.match(await visibleText(first), /Do not drive yourself/);
    assert.equal((await callButtons(page)).first, '112', 'a British English speaker in Paris gets 112');
    await harness.capture(page, 'stroke-and-heart');
    await closeSession(session);
  });

  test('without an assessment: stroke and heart attack in full, the rarer kinds folded, nothing twice', async () => {
    const session = await open({ path: '#emergency', timezoneId: 'Europe/London', locale: 'en-GB' });
    const { page } = session;
    await waitForScreen(page, 'emergency-help');
    // It replaces everything, the start page's header and footer in the HTML too.
    assert.equal(await page.locator('.site-header, .site-footer').count(), 0);
    for (const id of ['stroke', 'heart'])
      await page.getByRole('heading', { level: 2, name: KINDS.get(id)?.title ?? id }).waitFor();
    const text = await visibleText(page.locator('main'));
    for (const step of [
      ...ownSteps(KINDS.get('stroke') as EmergencyKind),
      ...ownSteps(KINDS.get('heart') as EmergencyKind),
    ])
      assert.ok(text.replace(/\s+/g, ' ').includes(step), step);
    // Limb and spinal are there, folded: their steps show when opened.
    const folded = page.locator('details.emergency-part-folded');
    assert.equal(await folded.count(), 2);
    for (const step of ownSteps(KINDS.get('limb') as EmergencyKind)) assert.ok(!text.includes(step), step);
    await assertNoRepeats(page);
    await harness.capture(page, 'help');
    for (const summary of await folded.locator('summary').all()) await summary.click();
    const opened = (await visibleText(page.locator('main'))).replace(/\s+/g, ' ');
    for (const id of ['limb', 'spinal'])
      for (const step of ownSteps(KINDS.get(id) as EmergencyKind)) assert.ok(opened.includes(step), step);
    await harness.capture(page, 'help-opened');
    await closeSession(session);
  });
});

describe('the number for where the browser is, first and biggest', () => {
  const places: { timezoneId: string; locale: string; buttons: string[] }[] = [
    { timezoneId: 'Europe/London', locale: 'en-GB', buttons: ['999'] },
    { timezoneId: 'America/New_York', locale: 'en-US', buttons: ['911'] },
    { timezoneId: 'Europe/Moscow', locale: 'ru-RU', buttons: ['112', '103'] },
    { timezoneId: 'Australia/Sydney', locale: 'en-AU', buttons: ['000'] },
    { timezoneId: 'Pacific/Auckland', locale: 'en-NZ', buttons: ['111'] },
    { timezoneId: 'Asia/Kolkata', locale: 'en-IN', buttons: ['112'] },
    { timezoneId: 'Europe/Berlin', locale: 'de-DE', buttons: ['112'] },
    // The time zone wins over the language; with no place in it, the language decides; with neither, 112 first.
    { timezoneId: 'Europe/Paris', locale: 'en-GB', buttons: ['112'] },
    { timezoneId: 'UTC', locale: 'en-GB', buttons: ['999'] },
    { timezoneId: 'Asia/Tokyo', locale: 'en-US', buttons: ['112', '911', '999'] },
  ];
  for (const { timezoneId, locale, buttons } of places) {
    test(`${timezoneId}, ${locale}: ${buttons.join(', ')}`, async () => {
      const session = await open({ path: '#emergency', timezoneId, locale });
      const { page } = session;
      await waitForScreen(page, 'emergency-help');
      const shown = await callButtons(page);
      assert.equal(shown.first, buttons[0]);
      assert.deepEqual(shown.all, buttons);
      // A Russian browser gets the page in Russian.
      const call = locale.startsWith('ru') ? 'Позвонить' : 'Call';
      assert.match(
        await visibleText(page.locator('.call-button-first')),
        new RegExp(`^${call} ${buttons[0]}`),
      );
      // Every other number is under "Another country?", once.
      const elsewhere = page.locator('details.call-elsewhere');
      await elsewhere.locator('summary').click();
      const others = await elsewhere
        .locator('a')
        .evaluateAll((links) => links.map((a) => (a.getAttribute('href') ?? '').replace('tel:', '')));
      assert.deepEqual([...buttons, ...others].sort(), ['000', '103', '111', '112', '911', '999']);
      if (timezoneId === 'Europe/Moscow') await harness.capture(page, 'moscow');
      if (timezoneId === 'Asia/Tokyo') await harness.capture(page, 'unknown-place');
      await closeSession(session);
    });
  }

  test('the header’s link from the prerendered start page opens on the right number', async () => {
    const session = await open({ timezoneId: 'Australia/Sydney', locale: 'en-GB' });
    const { page } = session;
    await page.getByRole('link', { name: /Emergency\? Call/ }).click();
    await waitForScreen(page, 'emergency-help');
    assert.equal((await callButtons(page)).first, '000');
    await closeSession(session);
  });
});
