/**
 * For the browser tests: the real server with the built web app, Debian's chromium through playwright-core, and the
 * helpers every story uses (screens, axe-core, screenshots at 360 px and 1280 px into test-artifacts/screenshots/).
 * Needs the built app: `npm run build` (npm test runs it first).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
import { knowledge } from '../src/knowledge/index.ts';
import { buildApp } from '../src/server/app.ts';
import { NO_RATE_LIMITS } from '../src/server/rate-limits.ts';
import { CLIENT_HEADER } from '../src/server/request-guard.ts';
import { openStore } from '../src/store/open-store.ts';
import type { DiaryStore } from '../src/store/store.ts';
import { duringSuite } from '../src/suite-testkit.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const WEB_ROOT = join(ROOT, 'dist', 'web');
export const SHOTS = join(ROOT, 'test-artifacts', 'screenshots');
const AXE_SOURCE_PATH = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const CHROMIUM = '/usr/bin/chromium';
export const WIDTHS = [360, 1280] as const;
export const STORAGE_KEY = 'numbcheck.interview.v1';
/** The danger screen's questions, in the order the interview asks them. */
export const DANGER_SCREEN = knowledge.questions.filter((q) => q.dangerScreen).map((q) => q.id);

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors (a CSP violation shows up here) and uncaught exceptions. */
  problems: string[];
}

export interface OpenOptions {
  /** Appended to the server's base URL (a hash route such as `#/diary`). */
  path?: string;
  /** A whole URL to open instead (another server). */
  url?: string;
  reducedMotion?: 'reduce';
  /** More options for the browser context (a time zone, downloads). */
  context?: BrowserContextOptions;
  /** Runs on the new page before it loads (init scripts, a fake clock). */
  beforeLoad?: (page: Page) => Promise<void>;
  /** Waits for the first screen to show; true unless set to false. */
  waitForScreen?: boolean;
}

export interface HarnessOptions {
  /** Serves with a real diary store in a new temporary folder whose name starts with this prefix. */
  storePrefix?: string;
  /** Put before every screenshot's name. */
  shotPrefix?: string;
  /**
   * Serves with accounts (`numbcheck serve --accounts`; needs `storePrefix`). The base URL is then
   * http://localhost:…, as passkeys need a host name.
   */
  accounts?: boolean;
}

export interface Harness {
  baseUrl: string;
  /** The store, when the harness has one. */
  store: DiaryStore | undefined;
  browser: Browser;
  open(options?: OpenOptions): Promise<Session>;
  /**
   * Checks the screen with axe (zero violations, no sideways scrolling) and photographs it at 360 px and 1280 px
   * (full page), once per name. `ready` is awaited after each resize (charts redraw to the new width).
   */
  capture(page: Page, name: string, ready?: () => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

export interface AxeViolation {
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

/** The switches every launch of chromium gets. */
function chromiumArgs(extraArgs: readonly string[]): string[] {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install it with \`apt-get install -y chromium\`.`);
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    ...extraArgs,
  ];
}

/** Debian's chromium through playwright-core, headless; `extraArgs` add to the usual switches. */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs(extraArgs) });
}

/**
 * Chromium with a profile in `userDataDir`, as a person's browser is: what a fresh context (which Chromium treats as
 * incognito) cannot show, such as whether the app can be installed.
 */
export async function launchChromiumProfile(
  userDataDir: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: chromiumArgs([]),
    ...options,
  });
}

let axeSource = '';

/**
 * Runs axe-core on the page. Its source is evaluated through the DevTools protocol (page.evaluate), which the
 * page's CSP does not govern; a <script> tag with the source would be blocked by `script-src 'self'`, as it should.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded: unknown = await page.evaluate('typeof window.axe');
  if (loaded !== 'object') {
    if (axeSource === '') axeSource = readFileSync(AXE_SOURCE_PATH, 'utf8');
    await page.evaluate(axeSource);
  }
  const result: unknown = await page.evaluate(`
    window.axe.run(document, { resultTypes: ['violations'] }).then((r) =>
      r.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => String(n.target)) })))`);
  assert.ok(isViolationList(result), 'axe returned its violations');
  return result;
}

/** Starts the server (with a store in a temporary folder if asked) on a free port of 127.0.0.1 and the browser. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  if (!existsSync(join(WEB_ROOT, 'index.html'))) {
    throw new Error(
      `The web app is not built (${WEB_ROOT} is missing): run \`npm run build\` first (npm test does).`,
    );
  }
  mkdirSync(SHOTS, { recursive: true });
  let store: DiaryStore | undefined;
  let dataDir = '';
  if (options.storePrefix !== undefined) {
    dataDir = await mkdtemp(join(tmpdir(), options.storePrefix));
    store = await openStore({ dataDir });
  }
  // Every page of every test comes from one address, and each new page's service worker fetches the whole build
  // (about 40 requests) for offline use: a file of tests soon passes the 600 requests a minute meant for one person.
  // The limits have tests of their own (src/server/rate-limits.test.ts).
  const rateLimits = NO_RATE_LIMITS;
  const app = await buildApp(
    store === undefined
      ? { webRoot: WEB_ROOT, rateLimits }
      : { webRoot: WEB_ROOT, rateLimits, store, accounts: options.accounts === true },
  );
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no TCP address');
  const baseUrl = `http://${options.accounts ? 'localhost' : '127.0.0.1'}:${address.port}/`;
  const browser = await launchChromium();
  const shotPrefix = options.shotPrefix ?? '';
  const captured = new Set<string>();

  return {
    baseUrl,
    store,
    browser,
    async open(openOptions = {}) {
      const context = await browser.newContext({
        viewport: { width: WIDTHS[0], height: 800 },
        reducedMotion: openOptions.reducedMotion ?? 'no-preference',
        // The offline copy is its own tests' business (web/offline*.browser.test.ts, which allow it): elsewhere a
        // service worker fetching every file of the build beside each test only slows the machine down.
        serviceWorkers: 'block',
        ...openOptions.context,
      });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await openOptions.beforeLoad?.(page);
      await page.goto(openOptions.url ?? `${baseUrl}${openOptions.path ?? ''}`);
      if (openOptions.waitForScreen !== false) await page.locator('[data-screen]').first().waitFor();
      return { context, page, problems };
    },
    async capture(page, name, ready) {
      if (captured.has(name)) return;
      captured.add(name);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        await ready?.();
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `axe on "${name}" at ${width} px`);
        const overflow: unknown = await page.evaluate(
          'document.documentElement.scrollWidth > document.documentElement.clientWidth',
        );
        assert.equal(overflow, false, `"${name}" at ${width} px scrolls sideways`);
        await page.screenshot({ path: join(SHOTS, `${shotPrefix}${name}-${width}.png`), fullPage: true });
      }
      await page.setViewportSize({ width: WIDTHS[0], height: 800 });
      await ready?.();
    },
    async stop() {
      await browser.close();
      await app.close();
      await store?.close();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts the harness before the file's tests and stops it after them; what it returns stands for that harness (its
 * members may be used from the tests on).
 */
export function useHarness(options: HarnessOptions = {}): Harness {
  const current = duringSuite(
    'the browser harness',
    () => startHarness(options),
    (harness) => harness.stop(),
  );
  return {
    get baseUrl() {
      return current().baseUrl;
    },
    get store() {
      return current().store;
    },
    get browser() {
      return current().browser;
    },
    open: (openOptions) => current().open(openOptions),
    capture: (page, name, ready) => current().capture(page, name, ready),
    stop: () => current().stop(),
  };
}

/** Closes the session and checks nothing went wrong; `expected` lists the problems a test caused on purpose. */
export async function closeSession(session: Session, expected: readonly RegExp[] = []): Promise<void> {
  await session.context.close();
  const unexpected = session.problems.filter((p) => !expected.some((pattern) => pattern.test(p)));
  assert.deepEqual(unexpected, [], 'no console errors, CSP violations or page errors');
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

/** Answers of a person with carpal tunnel syndrome, as far as the result (the story of app.browser.test.ts). */
export async function walkToResult(page: Page): Promise<void> {
  await waitForScreen(page, 'start');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await waitForScreen(page, 'question:stroke_signs');
  for (let i = 0; i < DANGER_SCREEN.length; i++) {
    const before = await screenOf(page);
    await page.getByLabel('None of these', { exact: true }).check();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await waitForNextScreen(page, before);
  }
  for (const name of ['thumb', 'index finger', 'middle finger']) {
    await page.getByRole('checkbox', { name: `Left hand, palm side, ${name}`, exact: true }).click();
  }
  let screen = await screenOf(page);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  screen = await waitForNextScreen(page, screen);
  const choices: Record<string, string> = {
    duration: 'More than two weeks ago',
    onset: 'Gradually, over weeks or months',
    pattern: 'It comes and goes',
    positions: 'Wakes you at night or is there when you wake up',
  };
  for (let step = 0; step < 25 && screen.startsWith('question:'); step++) {
    const choice = choices[screen.replace(/^question:/, '')];
    const none = page.getByLabel('None of these', { exact: true });
    if (choice) await page.getByLabel(choice, { exact: true }).check();
    else if ((await none.count()) > 0) await none.check();
    else if ((await page.getByRole('radio').count()) > 0)
      await page.getByRole('radio').filter({ hasText: /know/ }).first().check();
    else {
      await page.getByRole('button', { name: 'I don’t know', exact: true }).click();
      screen = await waitForNextScreen(page, screen);
      continue;
    }
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    screen = await waitForNextScreen(page, screen);
  }
  if (screen === 'offer') {
    await page.getByRole('button', { name: 'No, show my results' }).click();
    screen = await waitForNextScreen(page, screen);
  }
  assert.equal(screen, 'result');
}

/**
 * Calls the served API as a test's set-up would (the app under test is not involved): a JSON body, or the client
 * header for a bodiless write. Fails the test on any answer but 2xx; returns the parsed reply, or null for none.
 */
export async function callApi(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`${baseUrl}api/v1${path}`, {
    method,
    headers: body === undefined ? { [CLIENT_HEADER]: 'test' } : { 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  assert.ok(response.ok, `${method} ${path} answered ${response.status}`);
  const text = await response.text();
  return text === '' ? null : JSON.parse(text);
}

/** Gives the page's browser a platform passkey authenticator that says yes without asking, as a test must. */
export async function addAuthenticator(session: Session): Promise<void> {
  const cdp = await session.context.newCDPSession(session.page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
}

/** Logs an episode from the diary's home through its form, with a severity and a note, and waits to see it listed. */
export async function logEpisode(page: Page, severity: number, note: string): Promise<void> {
  await page.getByRole('link', { name: 'Log an episode' }).click();
  await waitForScreen(page, 'diary-log');
  await page.getByLabel('How bad was it?').fill(String(severity));
  await page.getByText('When, how long, what you tried, note').click();
  await page.getByLabel('Note (optional)').fill(note);
  await page.getByRole('button', { name: 'Save episode' }).click();
  await waitForScreen(page, 'diary-home');
  await page.getByText(note).waitFor();
}
