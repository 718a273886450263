import type { JSX } from 'preact';
import { knowledge } from '../../../src/knowledge/index.ts';
import { InfoIcon } from '../components/icons.tsx';
import { ScreenHeading } from '../components/site-chrome.tsx';

/** What numbcheck does, that it is information and not a diagnosis, and the way in. */
export function StartScreen(props: { onStart: () => void }): JSX.Element {
  return (
    <div class="screen" data-screen="start">
      <ScreenHeading>Why are my hands or arms numb?</ScreenHeading>
      <p class="lead">
        Answer a few questions about the numbness or tingling. numbcheck tells you how urgent it looks, what
        could be causing it and why, what a doctor may check, and what you can do yourself.
      </p>
      <ul class="checks">
        <li>It starts with three safety checks for signs of a stroke or heart attack.</li>
        <li>It takes a few minutes. Every question has an “I don’t know” answer.</li>
        <li>Your answers stay in this browser tab. Nothing is sent anywhere.</li>
      </ul>
      <div class="notice" role="note">
        <InfoIcon class="notice-icon" />
        <p>{knowledge.notice}</p>
      </div>
      <button type="button" class="button button-primary button-start" onClick={props.onStart}>
        Start
      </button>
    </div>
  );
}
