import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { formatPercent } from '../../../src/format/index.ts';
import { currentScreen, restore } from '../../../src/interview/index.ts';
import type { MessageKey } from '../../../src/messages/index.ts';
import { type SleepAnswer, type SleepAnswers, sleepCheck, sleepItems } from '../../../src/prevent/index.ts';
import { ScreenHeading } from '../components/site-chrome.tsx';
import { SourceList } from '../components/sources.tsx';
import { readable } from '../knowledge-words.ts';
import { t, webLanguage, webLocale } from '../language.ts';
import { STORAGE_KEY } from '../saved-interview.ts';
import { KEYS, loadSleep, write } from './storage.ts';
import './prevent.css';

/** A cause this likely in the latest assessment brings up the night splint: the engine's "likely" wording. */
const LIKELY = 0.5;

/** Carpal tunnel syndrome's probability in this tab's finished assessment, or null when there is none. */
function carpalTunnelFromAssessment(): number | null {
  try {
    const screen = currentScreen(
      restore(sessionStorage.getItem(STORAGE_KEY), readable().knowledge),
      readable().knowledge,
    );
    if (screen.kind !== 'result') return null;
    return screen.assessment.causes.find((cause) => cause.id === 'carpal_tunnel')?.probability ?? null;
  } catch {
    return null;
  }
}

const CHOICES: { value: SleepAnswer; label: MessageKey }[] = [
  { value: 'yes', label: 'webPrevent.sleep.yes' },
  { value: 'no', label: 'webPrevent.sleep.no' },
  { value: 'unsure', label: 'webPrevent.sleep.unsure' },
];

/** The sleep set-up check: six questions, the advice each "yes" brings, saved on this device. */
export function SleepSection(): JSX.Element {
  const [saved] = useState(loadSleep);
  const [answers, setAnswers] = useState<SleepAnswers>(saved.answers);
  const [carpalTunnel, setCarpalTunnel] = useState(saved.carpalTunnel);
  const [stored, setStored] = useState(true);
  const [fromAssessment] = useState(carpalTunnelFromAssessment);
  const assessedLikely = fromAssessment !== null && fromAssessment >= LIKELY;

  const save = (nextAnswers: SleepAnswers, nextCarpal: boolean): void => {
    setAnswers(nextAnswers);
    setCarpalTunnel(nextCarpal);
    setStored(write(KEYS.sleep, { answers: nextAnswers, carpalTunnel: nextCarpal }));
  };
  const result = sleepCheck(
    answers,
    { carpalTunnelLikely: carpalTunnel || assessedLikely },
    readable().knowledge,
  );

  return (
    <div class="prevent" data-screen="sleep">
      <ScreenHeading>{t('webPrevent.sleep.title')}</ScreenHeading>
      <p class="lead">{t('webPrevent.sleep.lead')}</p>
      <p class="hint" aria-live="polite">
        {stored ? t('webPrevent.sleep.saved') : t('webPrevent.sleep.notSaved')}
      </p>
      <form class="sleep-form" onSubmit={(e) => e.preventDefault()}>
        {sleepItems(webLanguage()).map((item) => (
          <fieldset key={item.id} class="question-group sleep-item">
            <legend class="question-legend">{item.question}</legend>
            <div class="sleep-choices">
              {CHOICES.map((choice) => (
                <label key={choice.value} class="check-label sleep-choice">
                  <input
                    type="radio"
                    name={item.id}
                    value={choice.value}
                    checked={answers[item.id] === choice.value}
                    onChange={() => save({ ...answers, [item.id]: choice.value }, carpalTunnel)}
                  />{' '}
                  {t(choice.label)}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <fieldset class="question-group sleep-item">
          <legend class="question-legend">{t('webPrevent.sleep.carpalTunnel')}</legend>
          <label class="check-label check-row">
            <input
              type="checkbox"
              name="carpal_tunnel"
              checked={carpalTunnel}
              onChange={(e) => save(answers, e.currentTarget.checked)}
            />{' '}
            {t('webPrevent.sleep.carpalTunnelYes')}
          </label>
          {assessedLikely && (
            <p class="hint">
              {t('webPrevent.sleep.fromAssessment', {
                percent: formatPercent(fromAssessment ?? 0, { locale: webLocale() }),
              })}
            </p>
          )}
        </fieldset>
      </form>
      <section aria-labelledby="sleep-advice-title" class="prevent-card">
        <h2 id="sleep-advice-title">{t('webPrevent.sleep.adviceTitle')}</h2>
        {result.advice.length === 0 ? (
          <p>
            {result.unanswered.length > 0 ? t('webPrevent.sleep.answerFirst') : t('webPrevent.sleep.nothing')}
          </p>
        ) : (
          <ul class="sleep-advice" data-sleep-advice="">
            {result.advice.map(({ advice, items }) => (
              <li key={advice.id}>
                <p class="sleep-advice-text">
                  {items.includes('carpal_tunnel') && (
                    <strong>{t('webPrevent.sleep.asCarpalTunnel')} </strong>
                  )}
                  {advice.text}
                </p>
                <details>
                  <summary>{t('webPrevent.sleep.sources')}</summary>
                  <SourceList ids={advice.sources} knowledge={readable().knowledge} />
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
