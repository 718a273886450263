import { render } from 'preact';
import { EMERGENCY_HASH, opensBesideAssessment } from './hash-routes.ts';
import { loadAssessment } from './load-assessment.ts';
import { prefetchLaterWhenIdle } from './prefetch-later.ts';
import { isUnderway, readSavedInterview } from './saved-interview.ts';
import { StartApp } from './start-app.tsx';

const root = document.getElementById('app');
if (root) {
  const saved = readSavedInterview();
  const opensSection = opensBesideAssessment(location.hash) && location.hash !== EMERGENCY_HASH;
  if (isUnderway(saved) || opensSection) {
    // A reload mid-interview, or a link to a section: the app opens there once its code has loaded, over the start
    // page the HTML shows meanwhile. If it cannot be loaded, the start page takes over, with its emergency advice.
    loadAssessment().then(
      ({ App, restoreInterview }) => render(<App initial={restoreInterview(saved)} />, root),
      () => render(<StartApp />, root),
    );
  } else {
    // A link straight to the emergency page: the HTML holds the start page, whose header and footer the emergency
    // page (which replaces everything) would otherwise leave in place below it. Emptied just before the render, in
    // the same task, so that nothing is painted in between.
    if (location.hash === EMERGENCY_HASH) root.replaceChildren();
    render(<StartApp />, root);
    prefetchLaterWhenIdle();
  }
}
