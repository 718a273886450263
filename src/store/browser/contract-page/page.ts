/**
 * The page of the browser store's tests (browser-store.browser.test.ts): it opens stores with the real driver and lets
 * the test call their methods from Node.js through `window.numbcheckStores`, in JSON.
 */
import { newEpisode } from '../../../diary/index.ts';
import { NumbError } from '../../../errors.ts';
import type { DiaryStore } from '../../store.ts';

/** A method's outcome as JSON: its value, or the error with what it takes to rebuild it. */
export type Outcome =
  | { ok: true; value: unknown }
  | { ok: false; error: { code?: string; key?: string; values?: unknown; path?: unknown; message: string } };

const stores = new Map<number, DiaryStore>();
let next = 1;

async function outcome(work: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, value: (await work()) ?? null };
  } catch (error) {
    if (error instanceof NumbError) {
      const { code, words, path, message } = error;
      return { ok: false, error: { code, key: words.key, values: words.values ?? {}, path, message } };
    }
    return { ok: false, error: { message: error instanceof Error ? error.message : String(error) } };
  }
}

function store(handle: number): DiaryStore {
  const found = stores.get(handle);
  if (found === undefined) throw new Error(`no store ${handle}`);
  return found;
}

const api = {
  /** Opens a store; its handle, with its kind and location. */
  open: (database?: string) =>
    outcome(async () => {
      const { openBrowserStore } = await import('../index.ts');
      const opened = await openBrowserStore(database === undefined ? {} : { database });
      const handle = next++;
      stores.set(handle, opened);
      return { handle, kind: opened.kind, location: opened.location };
    }),
  call: (handle: number, method: string, args: unknown[]) =>
    outcome(async () => {
      const target = store(handle) as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
      const fn = target[method];
      if (typeof fn !== 'function') throw new Error(`the store has no method ${method}`);
      const value = await fn.apply(target, args);
      if (method === 'close') stores.delete(handle);
      return value;
    }),
  /**
   * Adds episodes `${prefix}-0`, `${prefix}-1`, … one after another until the page dies, logging each id to the
   * console only once its write has resolved: what the test counts as acknowledged.
   */
  writeUntilKilled: (handle: number, prefix: string) => {
    const start = Date.parse('2026-01-01T00:00:00.000Z');
    void (async () => {
      for (let i = 0; ; i++) {
        const id = `${prefix}-${i}`;
        const episode = newEpisode(
          { severity: i % 11, activities: ['keyboard'], note: `write ${i}` },
          { id, now: new Date(start + i * 60_000).toISOString(), utcOffsetMinutes: 0 },
        );
        await store(handle).addEpisode('durability', episode);
        console.log(`acknowledged ${id}`);
      }
    })();
  },
};

export type ContractPage = typeof api;
(globalThis as unknown as { numbcheckStores: ContractPage }).numbcheckStores = api;
document.body.dataset.ready = 'true';
