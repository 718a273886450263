import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { AnswerValue } from '../../../src/engine/index.ts';
import type { NumberQuestion } from '../../../src/knowledge/index.ts';
import { t } from '../language.ts';
import { QuestionForm } from './question-form.tsx';

/** A number, typed; "I don't know" skips it. */
export function NumberInput(props: {
  question: NumberQuestion;
  previous: AnswerValue | undefined;
  onAnswer: (value: AnswerValue) => void;
}): JSX.Element {
  const { question } = props;
  const [text, setText] = useState(typeof props.previous === 'number' ? String(props.previous) : '');
  const [error, setError] = useState<string | null>(null);
  const inputId = `${question.id}-input`;
  const submit = (): void => {
    const value = Number(text.trim());
    if (text.trim() === '' || !Number.isInteger(value) || value < question.min || value > question.max) {
      setError(
        t('input.number', {
          unit: question.unit,
          min: question.min,
          max: question.max,
          unknown: t('interview.dontKnow'),
        }),
      );
      return;
    }
    props.onAnswer(value);
  };
  const describedBy = [question.help ? `${question.id}-help` : null, error ? `${question.id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <QuestionForm
      id={question.id}
      heading={
        <label for={inputId} class="heading-label">
          {question.text}
        </label>
      }
      help={question.help}
      error={error}
      grouped={false}
      onSubmit={submit}
      actions={
        <button type="button" class="button button-secondary" onClick={() => props.onAnswer('unknown')}>
          {t('interview.dontKnow')}
        </button>
      }
    >
      <div class="number-field">
        <input
          id={inputId}
          class="input-number"
          type="text"
          inputMode="numeric"
          autocomplete="off"
          spellcheck={false}
          value={text}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy || undefined}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setError(null);
          }}
        />
        <span class="unit">{question.unit}</span>
      </div>
    </QuestionForm>
  );
}
