/**
 * Fetches the files the build listed as loaded later (web/build/later-files.ts) into the browser's cache once the
 * page has loaded and the browser is idle. They are fetched, not run: running the knowledge base is the one
 * long piece of work, and it waits until the person starts. Fetching them early means Start does not wait for
 * the network, and the assessment works offline once the page has loaded, as it did when it was all one load.
 * Besides the files every reader needs, it fetches those of the language the app speaks (its catalog, its knowledge).
 */
import { webLanguage } from './language.ts';

const LATER_META = 'numbcheck:later';

export function prefetchLaterWhenIdle(): void {
  const prefetch = (): void => {
    const list = [LATER_META, `${LATER_META}-${webLanguage()}`]
      .map((name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '')
      .join(' ');
    for (const href of list.split(/\s+/).filter(Boolean)) {
      const link = document.createElement('link');
      link.rel = 'prefetch';
      link.href = href;
      // As the module scripts and style sheets are fetched (CORS, same origin), so that the cached copy is used.
      link.crossOrigin = 'anonymous';
      document.head.append(link);
    }
  };
  // Browsers without requestIdleCallback (Safari) wait a moment after load instead.
  const whenIdle = (): void => {
    if ('requestIdleCallback' in window) requestIdleCallback(prefetch, { timeout: 2000 });
    else setTimeout(prefetch, 200);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
