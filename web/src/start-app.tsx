import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { InterviewState, Understood } from './assessment.ts';
import { EMERGENCY_HASH, opensBesideAssessment } from './hash-routes.ts';
import { s, useLanguage } from './language.ts';
import { type AssessmentModule, loadAssessment } from './load-assessment.ts';
import { Page, setPageTitle } from './page.tsx';
import { readSavedInterview } from './saved-interview.ts';
import { EmergencyScreen } from './screens/emergency.tsx';
import { StartScreen } from './screens/start.tsx';
import { startFacts } from './start-facts.ts';

/** What the app opens on when the start page hands over: the interview, and what was read from the words. */
interface Opening {
  initial: InterviewState;
  words?: string;
  understood?: Understood;
}

/**
 * The app while it shows the start screen, before the person has begun: the start screen needs neither the
 * engine nor the knowledge base, so the page responds as soon as this small part has run. The assessment's code
 * is loaded when the person starts, gives their words, or opens another part; the app then takes over from the
 * interview saved in this tab, as it would have opened it. The emergency advice opens without it.
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

  // The emergency advice needs no assessment: it opens at once, from what the start page carries of the knowledge.
  const [emergencyOpen, setEmergencyOpen] = useState(() => location.hash === EMERGENCY_HASH);
  useEffect(() => {
    if (handover) return;
    const onHash = (): void => {
      setEmergencyOpen(location.hash === EMERGENCY_HASH);
      if (location.hash !== EMERGENCY_HASH && opensBesideAssessment(location.hash))
        void handOver((_, saved) => ({ initial: saved }));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [handover]);
  const language = useLanguage();
  useEffect(() => {
    // Once the app has taken over, it names the tab itself.
    if (!handover) setPageTitle(s(emergencyOpen ? 'start.emergencyTab' : 'start.title'));
  }, [emergencyOpen, language, handover]);

  if (handover) {
    const { App } = handover.assessment;
    const { opening } = handover;
    return <App initial={opening.initial} words={opening.words} understood={opening.understood} />;
  }
  if (emergencyOpen) {
    return (
      <EmergencyScreen
        key="emergency-help"
        knowledge={startFacts().emergencyKnowledge}
        assessment={null}
        onBack={() => {
          history.replaceState(null, '', location.pathname + location.search);
          setEmergencyOpen(false);
        }}
      />
    );
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
