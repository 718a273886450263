/**
 * For the browser tests: the real server with the built web app, Debian's chromium through playwright-core, and the
 * helpers every story uses (screens, axe-core, screenshots at 360 px and 1280 px into test-artifacts/screenshots/).
 * Needs the built app: `npm run build` (npm test runs it first).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { buildApp } from '../src/server/app.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB_ROOT = join(ROOT, 'dist', 'web');
export const SHOTS = join(ROOT, 'test-artifacts', 'screenshots');
const AXE_SOURCE_PATH = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const CHROMIUM = '/usr/bin/chromium';
export const WIDTHS = [360, 1280] as const;
export const STORAGE_KEY = 'numbcheck.interview.v1';

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors (a CSP violation shows up here) and uncaught exceptions. */
  problems: string[];
}

export interface Harness {
  baseUrl: string;
  open(options?: { reducedMotion?: 'reduce' }): Promise<Session>;
  /** Checks the screen with axe and photographs it at 360 px and 1280 px (full page), once per name. */
  capture(page: Page, name: string): Promise<void>;
  stop(): Promise<void>;
}

interface AxeViolation {
  id: string;
  help: string;
  targets: string[];
}

function isViolationList(value: unknown): value is AxeViolation[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item) =>
        typeof item === 'object' &&
        item !== null &&
        'id' in item &&
        typeof item.id === 'string' &&
        'help' in item &&
        typeof item.help === 'string' &&
        'targets' in item &&
        Array.isArray(item.targets),
    )
  );
}

/** Starts the server on a free port of 127.0.0.1 and the browser. */
export async function startHarness(): Promise<Harness> {
  if (!existsSync(join(WEB_ROOT, 'index.html'))) {
    throw new Error(
      `The web app is not built (${WEB_ROOT} is missing): run \`npm run build\` first (npm test does).`,
    );
  }
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install it with \`apt-get install -y chromium\`.`);
  const axeSource = readFileSync(AXE_SOURCE_PATH, 'utf8');
  mkdirSync(SHOTS, { recursive: true });
  const app = await buildApp({ webRoot: WEB_ROOT });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no TCP address');
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const captured = new Set<string>();

  /**
   * Runs axe-core on the page. Its source is evaluated through the DevTools protocol (page.evaluate), which the
   * page's CSP does not govern; a <script> tag with the source would be blocked by `script-src 'self'`, as it should.
   */
  async function axeViolations(page: Page): Promise<AxeViolation[]> {
    const loaded: unknown = await page.evaluate('typeof window.axe');
    if (loaded !== 'object') await page.evaluate(axeSource);
    const result: unknown = await page.evaluate(`
      window.axe.run(document, { resultTypes: ['violations'] }).then((r) =>
        r.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => String(n.target)) })))`);
    assert.ok(isViolationList(result), 'axe returned its violations');
    return result;
  }

  return {
    baseUrl,
    async open(options = {}) {
      const context = await browser.newContext({
        viewport: { width: WIDTHS[0], height: 800 },
        reducedMotion: options.reducedMotion ?? 'no-preference',
      });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await page.goto(baseUrl);
      await page.locator('[data-screen]').first().waitFor();
      return { context, page, problems };
    },
    async capture(page, name) {
      if (captured.has(name)) return;
      captured.add(name);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `axe on "${name}" at ${width} px`);
        const overflow: unknown = await page.evaluate(
          'document.documentElement.scrollWidth > document.documentElement.clientWidth',
        );
        assert.equal(overflow, false, `"${name}" at ${width} px scrolls sideways`);
        await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
      }
      await page.setViewportSize({ width: WIDTHS[0], height: 800 });
    },
    async stop() {
      await browser.close();
      await app.close();
    },
  };
}

export async function closeSession(session: Session): Promise<void> {
  await session.context.close();
  assert.deepEqual(session.problems, [], 'no console errors, CSP violations or page errors');
}

/** The text a person sees: innerText leaves out what CSS hides, textContent does not. */
export function visibleText(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: this is Playwright's Locator.innerText, and hidden text must not count.
  return locator.innerText();
}

export async function screenOf(page: Page): Promise<string> {
  return (await page.locator('[data-screen]').first().getAttribute('data-screen')) ?? '';
}

/** Waits for the screen to become `expected` (a name, or a pattern of names). */
export async function waitForScreen(page: Page, expected: string | RegExp): Promise<string> {
  const pattern =
    typeof expected === 'string' ? `^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : expected.source;
  await page.waitForFunction(
    (source) =>
      new RegExp(source).test(document.querySelector('[data-screen]')?.getAttribute('data-screen') ?? ''),
    pattern,
  );
  return screenOf(page);
}

/** Waits until the screen is no longer `previous`. */
export async function waitForNextScreen(page: Page, previous: string): Promise<string> {
  await page.waitForFunction(
    (prev) => (document.querySelector('[data-screen]')?.getAttribute('data-screen') ?? prev) !== prev,
    previous,
  );
  return screenOf(page);
}

export async function clickContinue(page: Page): Promise<string> {
  const before = await screenOf(page);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  return waitForNextScreen(page, before);
}

export async function tickNoneAndContinue(page: Page): Promise<string> {
  await page.getByLabel('None of these', { exact: true }).check();
  return clickContinue(page);
}
