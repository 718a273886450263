/**
 * Registers the service worker that keeps the app for offline use (made by the build: web/build/offline-app.ts),
 * and tells the page when a new version is ready. A new version waits: it takes over only when the person chooses
 * "Reload" (`reloadIntoUpdate`), never by itself, so that nothing they are doing is cut short. What they entered
 * survives the reload: the interview is kept in this tab's sessionStorage, the tools' settings in localStorage, the
 * diary in its store.
 *
 * Small on purpose, as it is part of the first load: the browser's own API, no library.
 */

/** The message the build's service worker answers by taking over (Workbox's generateSW, `skipWaiting: false`). */
const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/** How often an app left open (the break coach runs for hours) asks whether a new version is out. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

let waiting: ServiceWorker | null = null;
const listeners = new Set<() => void>();

/** Whether a new version is installed and waits for the person's "Reload". */
export function updateReady(): boolean {
  return waiting !== null;
}

/** Calls `listener` when a new version becomes ready; returns the function that stops it. */
export function onUpdateReady(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function announce(worker: ServiceWorker): void {
  waiting = worker;
  for (const listener of listeners) listener();
}

/** A worker that finished installing while another runs the page is a new version; the first one is not. */
function watchInstalling(registration: ServiceWorkerRegistration): void {
  const worker = registration.installing;
  worker?.addEventListener('statechange', () => {
    if (worker.state === 'installed' && navigator.serviceWorker.controller !== null) announce(worker);
  });
}

async function register(): Promise<void> {
  const registration = await navigator.serviceWorker.register('./sw.js', { scope: './' });
  if (registration.waiting !== null && navigator.serviceWorker.controller !== null)
    announce(registration.waiting);
  registration.addEventListener('updatefound', () => watchInstalling(registration));
  const checkForUpdate = (): void => {
    registration.update().catch(() => {
      // Offline, or the server is down: the next check will tell.
    });
  };
  setInterval(checkForUpdate, UPDATE_CHECK_MS);
  // An installed app is often brought back rather than opened again, which does not make the browser check.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') checkForUpdate();
  });
}

/**
 * Registers the service worker once the page has loaded, so that it never competes with the first screen. Where
 * service workers are unavailable (an insecure origin, a browser setting) the app runs as before, online only.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const start = (): void => {
    register().catch(() => {
      // No offline copy this time; the app itself is unaffected.
    });
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

/**
 * The person chose "Reload": the waiting version takes over, and the page reloads under it once it has. Only this
 * reloads the page; the first version taking over a page that was already running it does not.
 */
export function reloadIntoUpdate(): void {
  const worker = waiting;
  if (worker === null) return;
  // Another tab of the app chose "Reload" first: the new version runs already, and this page only has to load it.
  if (worker.state === 'activating' || worker.state === 'activated') {
    location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  worker.postMessage(SKIP_WAITING);
}
