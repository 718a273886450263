import type { JSX } from 'preact';
import type { Exercise } from '../../../src/knowledge/index.ts';
import { doseText } from '../answer-text.ts';
import { Illustration } from '../illustrations/index.tsx';
import { t } from '../language.ts';
import { StepTimer } from './step-timer.tsx';

/** An illustrated exercise: what it is for, the steps, how long, when to stop, and a step timer. */
export function ExerciseCard(props: { exercise: Exercise }): JSX.Element {
  const { exercise } = props;
  const titleId = `exercise-${exercise.id}`;
  return (
    <article class="exercise" aria-labelledby={titleId}>
      <h3 id={titleId} class="exercise-name">
        {exercise.name}
      </h3>
      <p class="exercise-purpose">{exercise.purpose}</p>
      <div class="exercise-body">
        <figure class="art">
          <Illustration id={exercise.id} title={exercise.name} />
        </figure>
        <div>
          <ol class="steps">
            {exercise.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <p class="exercise-dose">
            <strong>{t('web.doseLabel')}</strong> {doseText(exercise)}
          </p>
        </div>
      </div>
      {exercise.cautions.length > 0 && (
        <div class="cautions">
          <h4 class="cautions-title">{t('web.takeCare')}</h4>
          <ul>
            {exercise.cautions.map((caution) => (
              <li key={caution}>{caution}</li>
            ))}
          </ul>
        </div>
      )}
      <StepTimer exercise={exercise} />
    </article>
  );
}
