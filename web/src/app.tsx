import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Answers, AnswerValue } from '../../src/engine/index.ts';
import {
  answer,
  currentScreen,
  type InterviewState,
  reset,
  respondToOffer,
  type Screen,
  serialize,
  start,
  startWithAnswers,
  stepLabel,
} from '../../src/interview/index.ts';
import type { SelfTestQuestion } from '../../src/knowledge/index.ts';
import { EMERGENCY_HASH } from './hash-routes.ts';
import { useInterviewHistory } from './interview-history.ts';
import { readable } from './knowledge-words.ts';
import { s, t, useLanguage } from './language.ts';
import { Page, setPageTitle } from './page.tsx';
import { readWords, type Understood } from './read-words.ts';
import { STORAGE_KEY } from './saved-interview.ts';
import { EmergencyScreen } from './screens/emergency.tsx';
import { OfferScreen } from './screens/offer.tsx';
import { QuestionScreen } from './screens/question.tsx';
import { ResultScreen } from './screens/result.tsx';
import { StartScreen } from './screens/start.tsx';
import { RaiseEmergency, type SectionEmergency } from './section-emergency.ts';
import { LazySection, sectionFromHash } from './sections.tsx';

function save(state: InterviewState): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, serialize(state));
  } catch {
    // Storage can be full or switched off; the interview still works, it just does not survive a reload.
  }
}

/** The tab's title names the screen, so that a screen-reader user hears where they are. */
function screenTitle(screen: Screen): string {
  switch (screen.kind) {
    case 'start':
      return s('start.title');
    case 'question':
      return `${stepLabel(screen, t)}: ${screen.question.text}`;
    case 'offer':
      return t('web.offerTab');
    case 'emergency':
      return s('start.emergencyTitle');
    case 'result':
      return t('result.title');
  }
}

/**
 * The app. `initial` is the interview to open on; `words` and `understood` are what the start page had read from
 * the person's words when it handed over (web/src/start-app.tsx).
 */
export function App(props: {
  initial: InterviewState;
  words?: string;
  understood?: Understood | null;
}): JSX.Element {
  const [state, setState] = useState(props.initial);
  const [helpOpen, setHelpOpen] = useState(() => location.hash === EMERGENCY_HASH);
  const [section, setSection] = useState(() => sectionFromHash(location.hash));
  const [sectionEmergency, setSectionEmergency] = useState<SectionEmergency | null>(null);
  // The person's own words and what was read from them: in memory only, never saved or sent.
  const [words, setWords] = useState(props.words ?? '');
  const [understood, setUnderstood] = useState(props.understood ?? null);
  // The knowledge in the language spoken: choosing another draws the same interview in its words.
  const language = useLanguage();
  const { knowledge } = readable();
  const screen = useMemo(() => currentScreen(state, knowledge), [state, knowledge]);
  const goBack = useInterviewHistory(state, setState);

  // Saved as the new screen is committed, so that a reload at any moment shows the screen the person saw.
  useLayoutEffect(() => save(state), [state]);
  // A layout effect, so that it runs before a section's own effects, which may name the tab more precisely.
  useLayoutEffect(() => {
    const title = understood && screen.kind === 'start' ? t('web.understoodTitle') : screenTitle(screen);
    setPageTitle(helpOpen ? s('start.emergencyTab') : section ? s(section.label) : title);
  }, [screen, helpOpen, understood, section, language]);
  useEffect(() => {
    const onHash = (): void => {
      setHelpOpen(location.hash === EMERGENCY_HASH);
      setSection(sectionFromHash(location.hash));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const actions = {
    start: async () => setState(start),
    // The words are read in the browser; words that already mean an emergency go to the emergency page at once.
    words: async (text: string) => {
      const read = await readWords(text);
      setWords(text);
      if (read.kind === 'emergency') setState(read.state);
      else setUnderstood(read.understood);
    },
    fromWords: (answers: Answers) => {
      setUnderstood(null);
      setState(startWithAnswers(answers, knowledge));
    },
    back: goBack,
    reset: () => setState(reset()),
    answer: (questionId: string, value: AnswerValue, remaining: number | null) =>
      setState((s) => answer(s, questionId, value, remaining)),
    offer: (accepted: boolean, tests: readonly SelfTestQuestion[]) =>
      setState((s) => respondToOffer(s, accepted, tests)),
  };

  if (helpOpen) {
    return (
      <EmergencyScreen
        key="help"
        knowledge={knowledge}
        assessment={null}
        onBack={() => {
          history.replaceState(null, '', location.pathname + location.search);
          setHelpOpen(false);
        }}
      />
    );
  }
  if (screen.kind === 'emergency') {
    return (
      <EmergencyScreen
        key="emergency"
        knowledge={knowledge}
        assessment={screen.assessment}
        onBack={actions.back}
      />
    );
  }

  if (section && sectionEmergency) {
    return (
      <EmergencyScreen
        key="section-emergency"
        knowledge={knowledge}
        assessment={sectionEmergency.assessment}
        note={sectionEmergency.note}
        backLabel={sectionEmergency.backLabel}
        onBack={() => setSectionEmergency(null)}
      />
    );
  }

  if (section) {
    return (
      <Page current={section.id} privacy={section.privacy && s(section.privacy)}>
        <RaiseEmergency.Provider value={setSectionEmergency}>
          <LazySection section={section} />
        </RaiseEmergency.Provider>
      </Page>
    );
  }

  // Each screen gets its own key, so that it mounts afresh and its heading takes the focus.
  let body: JSX.Element;
  switch (screen.kind) {
    case 'start':
      body = understood ? (
        <understood.intake.UnderstoodScreen
          key="understood"
          text={words}
          result={understood.result}
          knowledge={knowledge}
          onContinue={actions.fromWords}
          onBack={() => setUnderstood(null)}
        />
      ) : (
        <StartScreen key="start" onStart={actions.start} onWords={actions.words} words={words} />
      );
      break;
    case 'question':
      body = (
        <QuestionScreen
          key={`q-${screen.question.id}-${state.history.length}`}
          screen={screen}
          knowledge={knowledge}
          onAnswer={(value) => actions.answer(screen.question.id, value, screen.remaining)}
          onBack={actions.back}
          onReset={actions.reset}
        />
      );
      break;
    case 'offer':
      body = (
        <OfferScreen
          key={`offer-${state.history.length}`}
          tests={screen.tests}
          onRespond={(accepted) => actions.offer(accepted, screen.tests)}
          onBack={actions.back}
        />
      );
      break;
    case 'result':
      body = (
        <ResultScreen
          key="result"
          assessment={screen.assessment}
          answers={state.answers}
          history={state.history}
          knowledge={knowledge}
          onBack={actions.back}
          onReset={actions.reset}
        />
      );
      break;
  }
  return <Page current="assess">{body}</Page>;
}
