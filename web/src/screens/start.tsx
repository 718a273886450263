import { notice } from 'virtual:numbcheck/knowledge-facts';
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { InfoIcon } from '../components/icons.tsx';
import { ScreenHeading } from '../components/site-chrome.tsx';

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
      <ScreenHeading>Why are my hands or arms numb?</ScreenHeading>
      <p class="lead">
        Answer a few questions. numbcheck tells you how urgent it looks, what could be causing it, and what to
        do.
      </p>
      <form onSubmit={submit} noValidate>
        <div class="words-field">
          <label class="words-label" for="words">
            Describe it in your own words (optional)
          </label>
          <p class="hint" id="words-hint">
            For example: “My left hand goes numb when I run. No chest pain.” Read in this browser only, never
            sent or saved; you check what was understood.
          </p>
          {failed && (
            <p class="error-message" id="words-error" role="alert">
              <span class="visually-hidden">Error: </span>
              {failed === 'words'
                ? 'Your words could not be read just now. Press Start again, or clear the box to answer the questions instead.'
                : 'The questions could not be loaded just now. Check the connection and press Start again.'}
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
          {busy === 'words' ? 'Reading your words…' : busy === 'questions' ? 'Starting…' : 'Start'}
        </button>
      </form>
      <ul class="checks start-facts">
        <li>It starts with three safety checks for signs of a stroke or heart attack.</li>
        <li>It takes a few minutes. Every question has an “I don’t know” answer.</li>
        <li>Your answers stay in this browser tab. Nothing is sent anywhere.</li>
      </ul>
      <div class="notice" role="note">
        <InfoIcon class="notice-icon" />
        <p>{notice}</p>
      </div>
    </div>
  );
}
