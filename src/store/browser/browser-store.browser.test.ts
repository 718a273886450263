import assert from 'node:assert/strict';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { setTimeout } from 'node:timers/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { type Episode, newEpisode, toDocument } from '../../diary/index.ts';
import { messageOf, NumbError } from '../../errors.ts';
import { translator } from '../../messages/index.ts';
import { duringSuite } from '../../suite-testkit.ts';
import type { DiaryStore } from '../store.ts';
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
  let crashed = false;
  let empties = 0;
  // After the durability test has killed the page, the stores open in a new one (on the same storage).
  const current = async () => {
    if (crashed || page.isClosed()) {
      crashed = false;
      page = await openContractPage(context, server.baseUrl);
    }
    return page;
  };
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

/** An episode with the longest note a diary keeps, so that a small quota fills in a few hundred writes. */
function bulky(id: string, minute: number): Episode {
  const now = new Date(Date.UTC(2026, 10, 1, 0, minute)).toISOString();
  return newEpisode({ severity: 3, note: `${id} `.padEnd(2000, 'z') }, { id, now, utcOffsetMinutes: 0 });
}

describe('Browser store in Chromium', () => {
  const server = duringSuite('the page server', startPageServer, (made) => made.stop());

  it('opens under the server’s Content-Security-Policy, with SQLite in a worker and its WebAssembly as assets', async () => {
    const context = await server().browser.newContext();
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      const wasm: { type: string; encoding: string }[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
      });
      page.on('response', (response) => {
        if (response.url().endsWith('.wasm')) {
          const headers = response.headers();
          wasm.push({ type: headers['content-type'] ?? '', encoding: headers['content-encoding'] ?? '' });
        }
      });
      await page.goto(server().baseUrl);
      await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
      const store = await openInPage(page);
      assert.equal(store.kind, 'browser');
      assert.equal(store.location, 'this browser (OPFS)');
      await store.addEpisode('csp', bulky('c1', 0));
      assert.equal((await store.getEpisode('csp', 'c1'))?.id, 'c1');
      await store.close();
      // Compiled as it streams in (a CSP refusal or a wrong type would fall back, with a console message).
      assert.deepEqual(problems, []);
      assert.deepEqual(wasm, [{ type: 'application/wasm', encoding: 'br' }]);
      const assets = await readdir(join(server().dir, 'assets'));
      assert.ok(assets.some((name) => /^sqlite\.worker-.+\.js$/.test(name)));
      assert.ok(assets.some((name) => /^sqlite3-.+\.wasm$/.test(name)));
      const html = await stat(join(server().dir, 'index.html'));
      assert.ok(html.size < 1000);
    } finally {
      await context.close();
    }
  });

  it('tells a second tab the diary is open in another, touches nothing, and opens it once that tab is closed', async () => {
    const context = await server().browser.newContext();
    try {
      const first = await openContractPage(context, server().baseUrl);
      const held = await openInPage(first);
      await held.addEpisode('tabs', bulky('t1', 0));
      const second = await openContractPage(context, server().baseUrl);
      await assert.rejects(openInPage(second), (error: unknown) => {
        assert.ok(error instanceof NumbError);
        assert.equal(error.code, 'NUMB_STORE_UNAVAILABLE');
        assert.match(error.message, /open in another tab/);
        return true;
      });
      assert.equal((await held.getEpisode('tabs', 't1'))?.id, 't1', 'the first tab still has its diary');
      await first.close();
      // The browser frees a closed tab's files shortly after, not at once: the second tab tries again meanwhile.
      let reopened: DiaryStore | undefined;
      for (let attempt = 0; reopened === undefined; attempt++) {
        reopened = await openInPage(second).catch(async (error: unknown) => {
          if (attempt === 50) throw error;
          await setTimeout(100);
          return undefined;
        });
      }
      assert.deepEqual(
        (await reopened.listEpisodes('tabs')).map((e) => e.id),
        ['t1'],
      );
      await reopened.close();
    } finally {
      await context.close();
    }
  });

  it('refuses a write the storage quota cannot hold with NUMB_STORAGE_FULL, keeping every earlier entry whole', {
    timeout: 120_000,
  }, async () => {
    const context = await server().browser.newContext();
    try {
      const page = await openContractPage(context, server().baseUrl);
      const cdp = await context.newCDPSession(page);
      const origin = new URL(server().baseUrl).origin;
      // Room for the pool's files, the schema and a few hundred entries.
      await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1024 * 1024 });
      const store = await openInPage(page);
      const owner = 'full';
      const written: Episode[] = [];
      let refused: unknown;
      for (let i = 0; i < 5000 && refused === undefined; i++) {
        const episode = bulky(`f${i}`, i);
        await store.addEpisode(owner, episode).then(
          () => written.push(episode),
          (error: unknown) => {
            refused = error;
          },
        );
      }
      assert.ok(refused instanceof NumbError, `the quota never ran out: ${String(refused)}`);
      assert.equal(refused.code, 'NUMB_STORAGE_FULL');
      assert.equal(refused.status, 507);
      assert.equal(refused.message, translator('en')('error.NUMB_STORAGE_FULL.browser'));
      assert.match(messageOf(refused, 'ru'), /Экспортируйте дневник/);
      assert.ok(written.length > 10, `only ${written.length} entries fitted`);

      // Everything acknowledged is there, exactly; the refused entry is not, not even in part.
      assert.deepEqual(await store.listEpisodes(owner), written);
      assert.equal(await store.getEpisode(owner, `f${written.length}`), null);
      // A transaction of many entries is refused whole.
      const more = Array.from({ length: 50 }, (_, i) => bulky(`more${i}`, 10_000 + i));
      const document = toDocument({ episodes: more, exposures: [], assessments: [], bctq: [] });
      await assert.rejects(store.import(owner, document), (error: unknown) => {
        assert.ok(error instanceof NumbError);
        assert.equal(error.code, 'NUMB_STORAGE_FULL');
        return true;
      });
      assert.equal((await store.counts(owner)).episodes, written.length);

      // Once there is room again, the same store writes again, and the import goes in whole.
      await cdp.send('Storage.overrideQuotaForOrigin', { origin });
      await store.import(owner, document);
      assert.equal((await store.counts(owner)).episodes, written.length + more.length);
      await store.close();
    } finally {
      await context.close();
    }
  });
});
