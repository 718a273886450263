import { render } from 'preact';
import { EMERGENCY_HASH, opensBesideAssessment } from './hash-routes.ts';
import { bootIn, loadWith, preferredLanguage } from './language.ts';
import { loadAssessment } from './load-assessment.ts';
import { registerServiceWorker } from './offline/service-worker.ts';
import { prefetchLaterWhenIdle } from './prefetch-later.ts';
import { isUnderway, readSavedInterview } from './saved-interview.ts';
import { InLanguage } from './speaking.tsx';
import { StartApp } from './start-app.tsx';
import { loadStartFacts } from './start-facts.ts';

const root = document.getElementById('app');
if (root) void boot(root);
// The offline copy of the app, kept by a service worker registered once the page has loaded.
registerServiceWorker();

async function boot(root: HTMLElement): Promise<void> {
  // The HTML holds the start page in English. In another language the app draws nothing until that language's
  // start words have arrived, so the page is English or the person's language, never a mix of both.
  await loadWith(loadStartFacts);
  await bootIn(preferredLanguage());
  const saved = readSavedInterview();
  const opensSection = opensBesideAssessment(location.hash) && location.hash !== EMERGENCY_HASH;
  if (isUnderway(saved) || opensSection) {
    // A reload mid-interview, or a link to a section: the app opens there once its code has loaded, over the start
    // page the HTML shows meanwhile. If it cannot be loaded, the start page takes over, with its emergency advice.
    loadAssessment().then(
      ({ App, restoreInterview }) => {
        const initial = restoreInterview(saved);
        render(<InLanguage render={() => <App initial={initial} />} />, root);
      },
      () => render(<InLanguage render={() => <StartApp />} />, root),
    );
  } else {
    // A link straight to the emergency page: the HTML holds the start page, whose header and footer the emergency
    // page (which replaces everything) would otherwise leave in place below it. Emptied just before the render, in
    // the same task, so that nothing is painted in between.
    if (location.hash === EMERGENCY_HASH) root.replaceChildren();
    render(<InLanguage render={() => <StartApp />} />, root);
    prefetchLaterWhenIdle();
  }
}
