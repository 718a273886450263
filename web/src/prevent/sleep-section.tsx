import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { formatPercent } from '../../../src/format/index.ts';
import { currentScreen, restore } from '../../../src/interview/index.ts';
import { SLEEP_ITEMS, type SleepAnswer, type SleepAnswers, sleepCheck } from '../../../src/prevent/index.ts';
import { ScreenHeading } from '../components/site-chrome.tsx';
import { SourceList } from '../components/sources.tsx';
import { readable } from '../knowledge-words.ts';
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

const CHOICES: { value: SleepAnswer; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unsure', label: 'Not sure' },
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
      <ScreenHeading>Sleep check</ScreenHeading>
      <p class="lead">
        Waking with numb hands often comes from how you lie: a few questions about your bed, pillow and what
        you wear at night.
      </p>
      <p class="hint" aria-live="polite">
        {stored
          ? 'Your answers are saved on this device only.'
          : 'This browser does not let numbcheck save, so your answers will be gone after a reload.'}
      </p>
      <form class="sleep-form" onSubmit={(e) => e.preventDefault()}>
        {SLEEP_ITEMS.map((item) => (
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
                  {choice.label}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <fieldset class="question-group sleep-item">
          <legend class="question-legend">
            Has a doctor said you have carpal tunnel syndrome, or did numbcheck's check find it likely?
          </legend>
          <label class="check-label check-row">
            <input
              type="checkbox"
              name="carpal_tunnel"
              checked={carpalTunnel}
              onChange={(e) => save(answers, e.currentTarget.checked)}
            />{' '}
            Yes, carpal tunnel syndrome is likely
          </label>
          {assessedLikely && (
            <p class="hint">
              numbcheck's check in this tab found it likely ({formatPercent(fromAssessment ?? 0)}), so the
              night splint advice is shown below.
            </p>
          )}
        </fieldset>
      </form>
      <section aria-labelledby="sleep-advice-title" class="prevent-card">
        <h2 id="sleep-advice-title">What to change</h2>
        {result.advice.length === 0 ? (
          <p>
            {result.unanswered.length > 0
              ? 'Answer the questions above: the advice for each "yes" or "not sure" shows here.'
              : 'Nothing in your sleep set-up stands out. If your hands still go numb at night, keep a diary and see a GP if it keeps happening.'}
          </p>
        ) : (
          <ul class="sleep-advice" data-sleep-advice="">
            {result.advice.map(({ advice, items }) => (
              <li key={advice.id}>
                <p class="sleep-advice-text">
                  {items.includes('carpal_tunnel') && <strong>As carpal tunnel syndrome is likely: </strong>}
                  {advice.text}
                </p>
                <details>
                  <summary>Sources</summary>
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
