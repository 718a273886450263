/**
 * For the browser store's tests: the test page (contract-page/) built with vite into a temporary folder, served by the
 * real server (so with its Content-Security-Policy), Chromium on it, and a `DiaryStore` in Node.js whose every method
 * runs on the real store in the page.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../../../web/browser-testkit.ts';
import { precompress } from '../../../web/build/precompress.ts';
import {
  type ErrorCode,
  type ErrorKey,
  type ErrorValues,
  isErrorCode,
  NumbError,
  type Path,
} from '../../errors.ts';
import { buildApp } from '../../server/app.ts';
import type { AccountStore } from '../account-store.ts';
import type { DiaryStore } from '../store.ts';
import type { ContractPage, Outcome } from './contract-page/page.ts';

const PAGE_SOURCE = fileURLToPath(new URL('./contract-page/', import.meta.url));

/**
 * Builds the test page, and with it the worker and SQLite's WebAssembly, as the app's build makes them: separate
 * assets, precompressed.
 */
export async function buildContractPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: PAGE_SOURCE,
    base: './',
    logLevel: 'error',
    plugins: [precompress()],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
}

export interface PageServer {
  /** The built page's folder. */
  dir: string;
  baseUrl: string;
  browser: Browser;
  stop(): Promise<void>;
}

let built: Promise<string> | undefined;

/** The page, built once per test file into a temporary folder that goes when the process ends. */
function builtPage(): Promise<string> {
  built ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'numbcheck-browser-store-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    await buildContractPage(dir);
    return dir;
  })();
  return built;
}

/** Builds the page (once), serves it with the real server on 127.0.0.1 and starts Chromium. */
export async function startPageServer(): Promise<PageServer> {
  const dir = await builtPage();
  const app = await buildApp({ webRoot: dir });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no TCP address');
  const browser = await launchChromium();
  return {
    dir,
    baseUrl: `http://127.0.0.1:${address.port}/`,
    browser,
    async stop() {
      await browser.close();
      await app.close();
    },
  };
}

/** Opens the test page in `context` and waits for its script. */
export async function openContractPage(context: BrowserContext, baseUrl: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
  return page;
}

/** The method's value, or its error rebuilt in Node.js: a NumbError keeps its code, template, values and path. */
function settle(outcome: Outcome): unknown {
  if (outcome.ok) return outcome.value;
  const { code, key, values, path, message } = outcome.error;
  if (isErrorCode(code) && typeof key === 'string')
    throw new NumbError(code as ErrorCode, key as ErrorKey, values as ErrorValues, path as Path);
  throw new Error(message);
}

type PageApi = { numbcheckStores: ContractPage };

/** Opens a browser store in the page; every method of what it returns runs there. */
export async function openInPage(page: Page, database?: string): Promise<DiaryStore> {
  const opened = settle(
    await page.evaluate((name) => (window as unknown as PageApi).numbcheckStores.open(name), database),
  ) as { handle: number; kind: DiaryStore['kind']; location: string };
  const call = async (method: string, ...args: unknown[]): Promise<unknown> =>
    settle(
      await page.evaluate(
        ([handle, name, list]) => (window as unknown as PageApi).numbcheckStores.call(handle, name, list),
        [opened.handle, method, args] as const,
      ),
    );
  const forward =
    <T>(method: string) =>
    (...args: unknown[]) =>
      call(method, ...args) as Promise<T>;
  const accounts = new Proxy({} as AccountStore, {
    get() {
      throw new Error('the accounts of the browser store are not forwarded to Node.js');
    },
  });
  return {
    kind: opened.kind,
    location: opened.location,
    accounts,
    handle: opened.handle,
    addEpisode: forward('addEpisode'),
    getEpisode: forward('getEpisode'),
    updateEpisode: forward('updateEpisode'),
    deleteEpisode: forward('deleteEpisode'),
    listEpisodes: forward('listEpisodes'),
    addExposure: forward('addExposure'),
    getExposure: forward('getExposure'),
    updateExposure: forward('updateExposure'),
    deleteExposure: forward('deleteExposure'),
    listExposures: forward('listExposures'),
    saveAssessment: forward('saveAssessment'),
    listAssessments: forward('listAssessments'),
    deleteAssessment: forward('deleteAssessment'),
    saveBctq: forward('saveBctq'),
    listBctq: forward('listBctq'),
    deleteBctq: forward('deleteBctq'),
    readDiary: forward('readDiary'),
    counts: forward('counts'),
    export: forward('export'),
    import: forward('import'),
    deleteAll: forward('deleteAll'),
    // A store of a page that was killed (the durability test) is gone with it: nothing is left to close.
    close: async () => {
      if (!page.isClosed()) await call('close').catch(() => undefined);
    },
  } as DiaryStore & { handle: number };
}

/**
 * In the page: adds episodes until `count` are acknowledged, then crashes the page's renderer (the worker and SQLite
 * die with it, mid-write) through the DevTools protocol. Returns the acknowledged ids.
 */
export async function crashWhileWriting(page: Page, prefix: string, count: number): Promise<string[]> {
  const writer = (await openInPage(page)) as DiaryStore & { handle: number };
  const acknowledged: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  const crashed = new Promise<void>((resolve) => page.once('crash', () => resolve()));
  page.on('console', (message) => {
    const match = /^acknowledged (.+)$/.exec(message.text());
    if (match?.[1] === undefined) return;
    acknowledged.push(match[1]);
    if (acknowledged.length === count) cdp.send('Page.crash').catch(() => undefined);
  });
  await page.evaluate(
    ([handle, ids]) => (window as unknown as PageApi).numbcheckStores.writeUntilKilled(handle, ids),
    [writer.handle, prefix] as const,
  );
  await crashed;
  assert.ok(acknowledged.length >= count, `only ${acknowledged.length} writes were acknowledged`);
  return acknowledged;
}
