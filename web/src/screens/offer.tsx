import type { JSX } from 'preact';
import { formatMinutes } from '../../../src/format/index.ts';
import type { SelfTestQuestion } from '../../../src/knowledge/index.ts';
import { splitSelfTestText } from '../answer-text.ts';
import { BackButton, ScreenHeading } from '../components/site-chrome.tsx';

/** Offers the self-tests that weigh on the leading causes, once the needed questions are answered. */
export function OfferScreen(props: {
  tests: readonly SelfTestQuestion[];
  onRespond: (accepted: boolean) => void;
  onBack: () => void;
}): JSX.Element {
  const { tests } = props;
  const one = tests.length === 1;
  // As in the terminal: each test's time plus half a minute to read it.
  const minutes = Math.max(1, Math.round(tests.reduce((sum, test) => sum + test.seconds + 30, 0) / 60));
  return (
    <div class="screen" data-screen="offer">
      <BackButton onBack={props.onBack} />
      <p class="progress-step">Optional</p>
      <ScreenHeading>
        {one
          ? 'Would you like to try a quick self-test?'
          : `Would you like to try ${tests.length} quick self-tests?`}
      </ScreenHeading>
      <p class="lead">
        {one ? 'It' : 'They'} can help tell the likely causes apart. It takes about {formatMinutes(minutes)}.{' '}
        {one ? 'It is' : 'They are'} not a medical examination, and you can skip {one ? 'it' : 'them'}.
      </p>
      <ul class="checks">
        {tests.map((test) => (
          <li key={test.id}>{splitSelfTestText(test.text).title}</li>
        ))}
      </ul>
      <div class="button-row">
        <button type="button" class="button button-primary" onClick={() => props.onRespond(true)}>
          {one ? 'Try the self-test' : 'Try the self-tests'}
        </button>
        <button type="button" class="button button-secondary" onClick={() => props.onRespond(false)}>
          No, show my results
        </button>
      </div>
    </div>
  );
}
