import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { InterviewState, Understood } from './assessment.ts';
import { opensBesideAssessment } from './hash-routes.ts';
import { type AssessmentModule, loadAssessment } from './load-assessment.ts';
import { Page } from './page.tsx';
import { readSavedInterview } from './saved-interview.ts';
import { StartScreen } from './screens/start.tsx';

/** What the app opens on when the start page hands over: the interview, and what was read from the words. */
interface Opening {
  initial: InterviewState;
  words?: string;
  understood?: Understood;
}

/**
 * The app while it shows the start screen, before the person has begun: the start screen needs neither the
 * engine nor the knowledge base, so the page responds as soon as this small part has run. The assessment's code
 * is loaded when the person starts, gives their words, or opens the emergency advice or another part; the app
 * then takes over from the interview saved in this tab, as it would have opened it.
 */
export function StartApp(): JSX.Element {
  const [handover, setHandover] = useState<{ assessment: AssessmentModule; opening: Opening } | null>(null);

  /** Loads the assessment, then hands over to the app opening on what `open` makes of the saved interview. */
  const handOver = async (open: (assessment: AssessmentModule, saved: InterviewState) => Opening) => {
    const assessment = await loadAssessment();
    const opening = open(assessment, assessment.restoreInterview(readSavedInterview()));
    // The first way out wins: a second (a link pressed while Start was loading) finds the app already there.
    setHandover((current) => current ?? { assessment, opening });
  };

  useEffect(() => {
    if (handover) return;
    const onHash = (): void => {
      if (opensBesideAssessment(location.hash)) void handOver((_, saved) => ({ initial: saved }));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [handover]);

  if (handover) {
    const { App } = handover.assessment;
    const { opening } = handover;
    return <App initial={opening.initial} words={opening.words} understood={opening.understood} />;
  }
  return (
    <Page current="assess">
      <StartScreen
        key="start"
        onStart={() => handOver((assessment, saved) => ({ initial: assessment.startInterview(saved) }))}
        onWords={async (text) => {
          const read = await (await loadAssessment()).readWords(text);
          await handOver((_, saved) =>
            read.kind === 'emergency'
              ? { initial: read.state, words: text }
              : { initial: saved, words: text, understood: read.understood },
          );
        }}
      />
    </Page>
  );
}
