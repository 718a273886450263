/**
 * Layout on a phone (360 × 740): every control a finger has to hit is at least 44 × 44 px (WCAG 2.5.5, and 2.5.8's
 * exceptions written out), and every chart label is drawn whole, clear of the others and inside its canvas, at 360 px
 * and at 1280 px.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { toDocument } from '../src/diary/document.ts';
import { sampleDiary } from '../src/diary/sample-diary.ts';
import {
  callApi,
  closeSession,
  DANGER_SCREEN,
  tickNoneAndContinue,
  useHarness,
  WIDTHS,
  waitForScreen,
  walkToResult,
} from './browser-testkit.ts';

const PHONE = { width: 360, height: 740 };
const MIN_TARGET = 44;

const harness = useHarness({ storePrefix: 'numbcheck-targets-', shotPrefix: 'targets-' });

interface Target {
  what: string;
  width: number;
  height: number;
  /** Why a smaller target is allowed here; empty when it is not. */
  exception: string;
}

/**
 * Every visible control on the page with the box a finger hits: a checkbox or radio button is hit through its label,
 * so the label's box counts. Two exceptions are recognised, each with its reason (WCAG 2.5.8): a link inside a
 * sentence, and a hand-map shape whose equivalent chip beside the map (same `data-region`) is itself large enough.
 */
function targetsOnPage(page: Page, minimum: number): Promise<Target[]> {
  return page.evaluate((min) => {
    const selector =
      'a[href], button, input, select, textarea, summary, [role="button"], [role="checkbox"], [role="radio"], [role="link"], [tabindex="0"], .handmap-region';
    const describeElement = (el: Element): string => {
      const name =
        el.getAttribute('aria-label') ??
        el.getAttribute('data-region') ??
        (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
      const type = el instanceof HTMLInputElement ? `[type=${el.type}]` : '';
      const id = el.id ? `#${el.id}` : '';
      return `${el.tagName.toLowerCase()}${type}${id} «${name}»`;
    };
    const hitBox = (el: Element): Element => {
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
        return el.closest('label') ?? el.labels?.[0] ?? el;
      }
      return el;
    };
    const isInline = (el: Element): boolean => {
      if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
      const block = el.parentElement?.closest('p, li, dd, td, figcaption');
      const own = (el.textContent ?? '').trim().length;
      return block !== null && block !== undefined && (block.textContent ?? '').trim().length > own + 20;
    };
    const seen = new Set<Element>();
    const found: { what: string; width: number; height: number; exception: string }[] = [];
    for (const el of document.querySelectorAll(selector)) {
      if (el instanceof HTMLInputElement && el.type === 'hidden') continue;
      const box = hitBox(el);
      if (seen.has(box)) continue;
      seen.add(box);
      // Visually hidden elements (the skip link until it is focused) are not targets.
      if (!box.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const rect = box.getBoundingClientRect();
      if (rect.width <= 2 || rect.height <= 2) continue;
      let exception = '';
      if (isInline(el)) exception = 'a link inside a sentence (WCAG 2.5.8: inline)';
      const region = el.getAttribute('data-region');
      if (el.classList.contains('handmap-region') && region !== null) {
        const chip = document.querySelector(`input[data-region="${region}"]`)?.closest('label');
        const chipRect = chip?.getBoundingClientRect();
        if (chipRect && chipRect.width >= min && chipRect.height >= min)
          exception = 'a shape of the hand map with an equal chip beside it (WCAG 2.5.8: equivalent)';
      }
      found.push({
        what: describeElement(el),
        width: Math.round(rect.width * 10) / 10,
        height: Math.round(rect.height * 10) / 10,
        exception,
      });
    }
    return found;
  }, minimum);
}

/** Every text a chart draws on its canvas, with the box of its ink, recorded as uPlot draws it. */
const RECORD_CHART_TEXT = `
  window.__chartText = [];
  const fillText = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (text, x, y, maxWidth) {
    const m = this.measureText(text);
    const left = x - m.actualBoundingBoxLeft, right = x + m.actualBoundingBoxRight;
    const top = y - m.actualBoundingBoxAscent, bottom = y + m.actualBoundingBoxDescent;
    const t = this.getTransform();
    const corners = [[left, top], [right, top], [left, bottom], [right, bottom]].map(([px, py]) => [
      t.a * px + t.c * py + t.e, t.b * px + t.d * py + t.f,
    ]);
    const xs = corners.map((c) => c[0]), ys = corners.map((c) => c[1]);
    window.__chartText.push({
      text: String(text), canvas: this.canvas,
      box: { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) },
    });
    return fillText.call(this, text, x, y, maxWidth);
  };`;

/**
 * What is wrong with the chart labels drawn since the last call (and forgets them): a label outside its canvas, a
 * label shortened with "…", or two labels on one canvas over each other.
 */
async function labelProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Box = { left: number; right: number; top: number; bottom: number };
    const drawn: { text: string; canvas: HTMLCanvasElement; box: Box }[] =
      Reflect.get(window, '__chartText') ?? [];
    Reflect.set(window, '__chartText', []);
    const live = drawn.filter((d) => d.canvas.isConnected && d.text.trim() !== '');
    if (live.length === 0) return ['no chart text was drawn'];
    const where = (b: Box): string =>
      `${Math.round(b.left)}–${Math.round(b.right)} × ${Math.round(b.top)}–${Math.round(b.bottom)}`;
    const problems: string[] = [];
    // Half a pixel of antialiasing either way is not a cut.
    const slack = 0.5;
    const byCanvas = new Map<HTMLCanvasElement, { text: string; box: Box }[]>();
    for (const { text, canvas, box } of live) {
      if (
        box.left < -slack ||
        box.top < -slack ||
        box.right > canvas.width + slack ||
        box.bottom > canvas.height + slack
      )
        problems.push(`«${text}» at ${where(box)} is outside its ${canvas.width} × ${canvas.height} canvas`);
      if (text.endsWith('…')) problems.push(`«${text}» is cut short`);
      const list = byCanvas.get(canvas) ?? [];
      // A redraw paints the same label in the same place again: that is not an overlap.
      if (!list.some((d) => d.text === text && where(d.box) === where(box))) list.push({ text, box });
      byCanvas.set(canvas, list);
    }
    for (const list of byCanvas.values()) {
      list.forEach((a, i) => {
        for (const b of list.slice(i + 1)) {
          const overlap =
            a.box.left < b.box.right - slack &&
            b.box.left < a.box.right - slack &&
            a.box.top < b.box.bottom - slack &&
            b.box.top < a.box.bottom - slack;
          if (overlap) problems.push(`«${a.text}» and «${b.text}» overlap`);
        }
      });
    }
    return problems;
  });
}

function api(method: string, path: string, body?: unknown): Promise<unknown> {
  return callApi(harness.baseUrl, method, path, body);
}

/** The screens a person reaches on a phone, each opened afresh and ready to measure. */
const SCREENS: { name: string; path: string; ready: (page: Page) => Promise<void> }[] = [
  { name: 'start', path: '', ready: (page) => waitForScreen(page, 'start').then(() => undefined) },
  {
    name: 'hand map',
    path: '',
    ready: async (page) => {
      await waitForScreen(page, 'start');
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await waitForScreen(page, `question:${DANGER_SCREEN[0]}`);
      for (let i = 0; i < DANGER_SCREEN.length; i++) await tickNoneAndContinue(page);
      await waitForScreen(page, 'question:hand_map');
    },
  },
  { name: 'result', path: '', ready: walkToResult },
  {
    name: 'emergency',
    path: '#emergency',
    ready: (page) => waitForScreen(page, /^emergency/).then(() => undefined),
  },
  {
    name: 'diary',
    path: '#/diary',
    ready: (page) => waitForScreen(page, 'diary-home').then(() => undefined),
  },
  {
    name: 'diary log form',
    path: '#/diary/log',
    ready: (page) => waitForScreen(page, /^diary-(log|episode)/).then(() => undefined),
  },
  {
    name: 'diary insights',
    path: '#/diary/insights',
    ready: (page) => page.locator('.chart canvas').nth(3).waitFor(),
  },
  {
    name: 'diary report',
    path: '#/diary/report',
    ready: (page) => page.locator('.chart canvas').nth(3).waitFor(),
  },
  { name: 'breaks', path: '#/breaks', ready: (page) => waitForScreen(page, 'breaks').then(() => undefined) },
  { name: 'run', path: '#/run', ready: (page) => waitForScreen(page, /^run/).then(() => undefined) },
  { name: 'sleep', path: '#/sleep', ready: (page) => waitForScreen(page, /^sleep/).then(() => undefined) },
];

describe('on a phone', () => {
  test('a diary with data, so that the diary screens show their charts', async () => {
    const end = new Date(Date.now() - 86_400_000).toISOString();
    const imported = await api(
      'POST',
      '/import',
      toDocument(sampleDiary({ days: 120, end, utcOffsetMinutes: 60 })),
    );
    assert.ok(typeof imported === 'object' && imported !== null);
  });

  for (const screen of SCREENS) {
    test(`${screen.name}: every control is at least ${MIN_TARGET} × ${MIN_TARGET} px at 360 × 740`, async () => {
      const session = await harness.open({ path: screen.path, context: { viewport: PHONE } });
      const { page } = session;
      await screen.ready(page);
      const targets = await targetsOnPage(page, MIN_TARGET);
      assert.ok(targets.length > 0, 'the screen has controls');
      const small = targets.filter(
        (t) => t.exception === '' && (t.width < MIN_TARGET || t.height < MIN_TARGET),
      );
      assert.deepEqual(
        small.map((t) => `${t.what}: ${t.width} × ${t.height}`),
        [],
        `controls under ${MIN_TARGET} px on "${screen.name}"`,
      );
      await harness.capture(page, screen.name.replaceAll(' ', '-'));
      await closeSession(session);
    });
  }

  for (const screen of SCREENS.filter((s) => s.name === 'diary insights' || s.name === 'diary report')) {
    test(`${screen.name}: every chart label is whole, apart from the others and inside its chart at ${WIDTHS.join(' and ')} px`, async () => {
      const session = await harness.open({
        path: screen.path,
        context: { viewport: PHONE },
        beforeLoad: async (page) => {
          await page.addInitScript(RECORD_CHART_TEXT);
        },
      });
      const { page } = session;
      await screen.ready(page);
      for (const width of WIDTHS) {
        await labelProblems(page);
        await page.setViewportSize({ width, height: PHONE.height });
        // The charts redraw to the new width (a resize observer); the first width is drawn already.
        if (width !== PHONE.width) await page.waitForTimeout(300);
        else await page.reload().then(() => screen.ready(page));
        assert.deepEqual(
          await labelProblems(page),
          [],
          `chart labels whole, apart and inside their chart at ${width} px`,
        );
      }
      await closeSession(session);
    });
  }
});
