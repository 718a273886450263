import { render } from 'preact';
import { opensBesideAssessment } from './hash-routes.ts';
import { loadAssessment } from './load-assessment.ts';
import { prefetchLaterWhenIdle } from './prefetch-later.ts';
import { isUnderway, readSavedInterview } from './saved-interview.ts';
import { StartApp } from './start-app.tsx';

const root = document.getElementById('app');
if (root) {
  const saved = readSavedInterview();
  if (isUnderway(saved) || opensBesideAssessment(location.hash)) {
    // A reload mid-interview, or a link to the emergency advice or a section: the app opens there once its code
    // has loaded, over the start page the HTML shows meanwhile.
    void loadAssessment().then(({ App, restoreInterview }) =>
      render(<App initial={restoreInterview(saved)} />, root),
    );
  } else {
    render(<StartApp />, root);
    prefetchLaterWhenIdle();
  }
}
