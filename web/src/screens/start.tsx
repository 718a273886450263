import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { InfoIcon } from '../components/icons.tsx';
import { ScreenHeading } from '../components/site-chrome.tsx';
import { s } from '../language.ts';
import { startFacts } from '../start-facts.ts';

/** The most characters the text box takes, as the HTTP API (src/api/assessment.ts TEXT_LIMIT). */
const WORDS_LIMIT = 2000;

/** The two ways in: straight to the questions, or through the person's words. */
type Way = 'questions' | 'words';

/**
 * What numbcheck does, that it is information and not a diagnosis, and the way in: with the person's own words
 * (optional), which are read in this browser, or straight to the questions.
 */
export function StartScreen(props: {
  /** Begins the questions; rejects when their code could not be loaded. */
  onStart: () => Promise<void>;
  /** Reads the words; rejects when the reader could not be loaded. */
  onWords: (text: string) => Promise<void>;
  /** The words given before, when the person came back to change them (kept in memory only). */
  words?: string;
}): JSX.Element {
  const [words, setWords] = useState(props.words ?? '');
  // What is under way (the questions, or reading the words), and what could not be loaded.
  const [busy, setBusy] = useState<Way | null>(null);
  const [failed, setFailed] = useState<Way | null>(null);
  const submit = (event: Event): void => {
    event.preventDefault();
    if (busy) return;
    const way: Way = words.trim() === '' ? 'questions' : 'words';
    setBusy(way);
    setFailed(null);
    (way === 'questions' ? props.onStart() : props.onWords(words)).catch(() => {
      setBusy(null);
      setFailed(way);
    });
  };
  return (
    <div class="screen" data-screen="start">
      <ScreenHeading>{s('start.heading')}</ScreenHeading>
      <p class="lead">{s('start.lead')}</p>
      <form onSubmit={submit} noValidate>
        <div class="words-field">
          <label class="words-label" for="words">
            {s('start.wordsLabel')}
          </label>
          <p class="hint" id="words-hint">
            {s('start.wordsHint')}
          </p>
          {failed && (
            <p class="error-message" id="words-error" role="alert">
              <span class="visually-hidden">{s('start.error')} </span>
              {s(failed === 'words' ? 'start.wordsFailed' : 'start.questionsFailed')}
            </p>
          )}
          <textarea
            id="words"
            class="words-input"
            rows={3}
            maxLength={WORDS_LIMIT}
            aria-describedby={failed ? 'words-hint words-error' : 'words-hint'}
            value={words}
            onInput={(event) => setWords(event.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button button-primary button-start" disabled={busy !== null}>
          {s(busy === 'words' ? 'start.reading' : busy === 'questions' ? 'start.starting' : 'start.start')}
        </button>
      </form>
      <ul class="checks start-facts">
        <li>{s('start.factSafety')}</li>
        <li>{s('start.factTime')}</li>
        <li>{s('start.factPrivacy')}</li>
      </ul>
      <div class="notice" role="note">
        <InfoIcon class="notice-icon" />
        <p>{startFacts().notice}</p>
      </div>
    </div>
  );
}
