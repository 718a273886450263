/**
 * Where the diary lives, decided once per page: on the numbcheck server that served the app when it has a diary, or
 * else in this browser. The browser's diary is for a page served as plain files (a static host), by a server without
 * a store, or without a network (the server does not answer at all). A server that asks for a sign-in keeps the
 * diary: the person signs in there. The code and the store of the browser's diary load only when it is chosen.
 */
import { ApiError, BROWSER } from './client.ts';
import { type DiaryClient, diaryClient } from './diary.ts';

/** Whether the browser agreed to keep the diary's storage when space runs low (`navigator.storage.persist()`). */
export type Persistence = 'granted' | 'refused' | 'unknown';

/**
 * Where the diary lives. In the browser, `unanswered` says that nothing answered at the page's origin (offline, or
 * the server stopped), rather than an origin that has no numbcheck diary (a static host, a server without a store).
 */
export type DiaryPlace =
  | { where: 'server'; host: string }
  | { where: 'browser'; persistence: Persistence; unanswered: boolean };

export interface PlacedDiary {
  place: DiaryPlace;
  client: DiaryClient;
}

/** Set once the diary has lived in this browser, so that a signed-in person can be offered to move it up. */
const USED_KEY = 'numbcheck.browserDiary';
/** Set when the browser refused persistent storage, so that it is asked once, not on every visit. */
const REFUSED_KEY = 'numbcheck.persistRefused';

/** The diary of the server that served the app, whether or not it is where the diary lives. */
export const serverDiary = diaryClient(BROWSER);

/**
 * Whether no numbcheck diary answers at the page's own origin: a server without a store, nothing at all (offline),
 * or an answer that is not numbcheck's (a static host's 404, or its index page for every address).
 */
function noServerDiary(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.unavailable || error.code === 'NETWORK' || error.code === 'NOT_NUMBCHECK')
  );
}

function remembered(key: string): boolean {
  try {
    return localStorage.getItem(key) !== null;
  } catch {
    return false;
  }
}

function remember(key: string): void {
  try {
    localStorage.setItem(key, '1');
  } catch {
    // Storage refused (a private window's quota, a policy): the question is asked again next time.
  }
}

/**
 * Asks the browser to keep the diary's storage, once: Chromium answers at once from what it knows of the site,
 * Firefox asks the person, and a browser without the API leaves it unknown.
 */
async function askPersistence(): Promise<Persistence> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (storage?.persist === undefined || storage.persisted === undefined) return 'unknown';
  try {
    if (await storage.persisted()) return 'granted';
    if (remembered(REFUSED_KEY)) return 'refused';
    if (await storage.persist()) return 'granted';
    remember(REFUSED_KEY);
    return 'refused';
  } catch {
    return 'unknown';
  }
}

let browserDiary: Promise<DiaryClient> | undefined;

/** The diary of this browser, opened once per page (its store's worker and database). */
export function openBrowserDiary(): Promise<DiaryClient> {
  browserDiary ??= import('./browser-diary.ts').then(async ({ browserDiaryClient }) => {
    const client = await browserDiaryClient();
    remember(USED_KEY);
    return client;
  });
  // A failed open is tried again on the next call, not kept.
  browserDiary.catch(() => {
    browserDiary = undefined;
  });
  return browserDiary;
}

/** Whether this browser has had a diary of its own (it may be empty by now). */
export function browserDiaryUsed(): boolean {
  return remembered(USED_KEY);
}

async function findPlace(): Promise<PlacedDiary> {
  try {
    await serverDiary.episodes({ limit: '1' });
  } catch (error) {
    if (noServerDiary(error)) {
      const [client, persistence] = await Promise.all([openBrowserDiary(), askPersistence()]);
      const unanswered = error instanceof ApiError && error.code === 'NETWORK';
      return { place: { where: 'browser', persistence, unanswered }, client };
    }
    // Anything else (a sign-in needed, a refusal) is the server's diary speaking: it is there.
  }
  return { place: { where: 'server', host: location.host }, client: serverDiary };
}

let placed: Promise<PlacedDiary> | undefined;

/** Where the diary lives and its calls; decided on first use and kept for the page's life. */
export function diaryHere(): Promise<PlacedDiary> {
  placed ??= findPlace();
  placed.catch(() => {
    placed = undefined;
  });
  return placed;
}

/** The diary's calls, each made on the diary where it lives (`diaryHere`). */
function placedClient(): DiaryClient {
  const names = Object.keys(serverDiary) as (keyof DiaryClient)[];
  return Object.fromEntries(
    names.map((name) => [
      name,
      async (...args: unknown[]) => {
        const { client } = await diaryHere();
        return (client[name] as (...parameters: unknown[]) => Promise<unknown>)(...args);
      },
    ]),
  ) as DiaryClient;
}

/** The diary, wherever it lives: what every screen calls. */
export const diaryApi: DiaryClient = placedClient();
