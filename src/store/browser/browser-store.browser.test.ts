import type { BrowserContext, Page } from 'playwright-core';
import { storeContract } from '../store-contract.ts';
import {
  crashWhileWriting,
  openContractPage,
  openInPage,
  type PageServer,
  startPageServer,
} from './browser-store-testkit.ts';

storeContract('Browser (SQLite on OPFS in Chromium)', async () => {
  const server: PageServer = await startPageServer();
  const context: BrowserContext = await server.browser.newContext();
  let page: Page = await openContractPage(context, server.baseUrl);
  let empties = 0;
  // After the durability test has killed the page, the stores open in a new one (on the same storage).
  const current = async () => {
    if (page.isClosed() || crashed) {
      crashed = false;
      page = await openContractPage(context, server.baseUrl);
    }
    return page;
  };
  let crashed = false;
  return {
    open: async () => openInPage(await current()),
    openEmpty: async () => openInPage(await current(), `empty-${++empties}.sqlite`),
    killWriter: async (prefix, count) => {
      const acknowledged = await crashWhileWriting(await current(), prefix, count);
      crashed = true;
      return acknowledged;
    },
    cleanup: async () => {
      await context.close();
      await server.stop();
    },
  };
});
