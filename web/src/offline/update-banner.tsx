import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { s } from '../language.ts';
import { onUpdateReady, reloadIntoUpdate, updateReady } from './service-worker.ts';

/**
 * "A new version is ready — Reload", at the top of the screen once a new version of the app has installed. It waits
 * for the person: the page reloads only when they press Reload, and keeps what they entered. The polite live region
 * is always there, so that a screen reader announces the notice when it appears, without taking the focus. (Not a
 * `status` role: a screen's own status, such as the diary's "Saved", is the one that role names.)
 */
export function UpdateBanner(): JSX.Element {
  const [ready, setReady] = useState(updateReady);
  const [reloading, setReloading] = useState(false);
  useEffect(() => {
    setReady(updateReady());
    return onUpdateReady(() => setReady(true));
  }, []);
  return (
    <div class="update-status no-print" aria-live="polite">
      {ready && (
        <div class="update-ready">
          <p>{s('start.updateReady')}</p>
          <button
            type="button"
            class="button button-secondary"
            aria-disabled={reloading ? 'true' : undefined}
            onClick={() => {
              if (reloading) return;
              setReloading(true);
              reloadIntoUpdate();
            }}
          >
            {s(reloading ? 'start.updateReloading' : 'start.updateReload')}
          </button>
        </div>
      )}
    </div>
  );
}
