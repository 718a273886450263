import type { JSX } from 'preact';
import { formatMinutes } from '../../../src/format/index.ts';
import type { SelfTestQuestion } from '../../../src/knowledge/index.ts';
import { splitSelfTestText } from '../answer-text.ts';
import { BackButton, ScreenHeading } from '../components/site-chrome.tsx';
import { t, webLocale } from '../language.ts';

/** Offers the self-tests that weigh on the leading causes, once the needed questions are answered. */
export function OfferScreen(props: {
  tests: readonly SelfTestQuestion[];
  onRespond: (accepted: boolean) => void;
  onBack: () => void;
}): JSX.Element {
  const { tests } = props;
  const count = tests.length;
  // As in the terminal: each test's time plus half a minute to read it.
  const minutes = Math.max(1, Math.round(tests.reduce((sum, test) => sum + test.seconds + 30, 0) / 60));
  return (
    <div class="screen" data-screen="offer">
      <BackButton onBack={props.onBack} />
      <p class="progress-step">{t('offer.optional')}</p>
      <ScreenHeading>{t('offer.title', { count })}</ScreenHeading>
      <p class="lead">{t('offer.text', { count, time: formatMinutes(minutes, { locale: webLocale() }) })}</p>
      <ul class="checks">
        {tests.map((test) => (
          <li key={test.id}>{splitSelfTestText(test.text).title}</li>
        ))}
      </ul>
      <div class="button-row">
        <button type="button" class="button button-primary" onClick={() => props.onRespond(true)}>
          {t('offer.accept', { count })}
        </button>
        <button type="button" class="button button-secondary" onClick={() => props.onRespond(false)}>
          {t('offer.decline')}
        </button>
      </div>
    </div>
  );
}
