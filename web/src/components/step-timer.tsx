import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Exercise } from '../../../src/knowledge/index.ts';
import { clock, doseText } from '../answer-text.ts';
import { t } from '../language.ts';
import { TimeBar } from './countdown.tsx';

const TICK_MS = 250;

interface Position {
  round: number;
  step: number;
}

/** Each round of the exercise's time is shared out evenly over its steps. */
function stepSeconds(exercise: Exercise): number {
  return Math.max(1, Math.round(exercise.durationSeconds / Math.max(1, exercise.steps.length)));
}

function following(exercise: Exercise, at: Position): Position | null {
  if (at.step + 1 < exercise.steps.length) return { round: at.round, step: at.step + 1 };
  if (at.round + 1 < exercise.repetitions) return { round: at.round + 1, step: 0 };
  return null;
}

/**
 * Walks through an exercise's steps, one at a time, for its rounds: the step on screen in large text, the time
 * left, and Pause and Stop. The new step is announced politely; the seconds are not.
 */
export function StepTimer(props: { exercise: Exercise }): JSX.Element {
  const { exercise } = props;
  const perStep = stepSeconds(exercise);
  const [at, setAt] = useState<Position | null>(null);
  const [deadline, setDeadline] = useState<number | null>(null);
  const [left, setLeft] = useState(perStep);
  const [done, setDone] = useState(false);

  useEffect(() => {
    if (deadline === null || at === null) return;
    const timer = setInterval(() => {
      const remaining = (deadline - Date.now()) / 1000;
      if (remaining > 0) {
        setLeft(remaining);
        return;
      }
      const next = following(exercise, at);
      if (next === null) {
        setAt(null);
        setDeadline(null);
        setDone(true);
      } else {
        setAt(next);
        setLeft(perStep);
        setDeadline(Date.now() + perStep * 1000);
      }
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [deadline, at, exercise, perStep]);

  const begin = (): void => {
    setDone(false);
    setAt({ round: 0, step: 0 });
    setLeft(perStep);
    setDeadline(Date.now() + perStep * 1000);
  };
  const stop = (): void => {
    setAt(null);
    setDeadline(null);
  };
  const pauseOrResume = (): void => {
    if (deadline !== null) setDeadline(null);
    else setDeadline(Date.now() + left * 1000);
  };

  if (at === null) {
    return (
      <div class="step-timer">
        <button type="button" class="button button-secondary" onClick={begin}>
          {t(done ? 'web.startAgain' : 'web.timerStart')}
          <span class="visually-hidden"> {exercise.name}</span> ({doseText(exercise)})
        </button>
        <p class="visually-hidden" aria-live="polite">
          {done ? t('web.timerFinished', { name: exercise.name }) : ''}
        </p>
        {done && <p class="step-timer-done">{t('web.timerWellDone')}</p>}
      </div>
    );
  }
  const paused = deadline === null;
  return (
    <div class="step-timer step-timer-running">
      <div aria-live="polite">
        <p class="step-timer-where">
          {exercise.repetitions > 1
            ? t('web.timerRound', { round: at.round + 1, rounds: exercise.repetitions })
            : ''}
          {t('web.timerStep', { step: at.step + 1, steps: exercise.steps.length })}
          {paused ? t('web.timerPaused') : ''}
        </p>
        <p class="step-timer-step">{exercise.steps[at.step]}</p>
      </div>
      <p class="step-timer-clock">
        <span class="visually-hidden">{t('web.timerStepLeft')} </span>
        {clock(left)}
      </p>
      <TimeBar fraction={left / perStep} />
      <div class="button-row">
        <button type="button" class="button button-secondary" onClick={pauseOrResume}>
          {t(paused ? 'web.timerResume' : 'web.timerPause')}
        </button>
        <button type="button" class="button button-secondary" onClick={stop}>
          {t('web.timerStop')}
        </button>
      </div>
    </div>
  );
}
