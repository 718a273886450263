import type { ComponentChildren, JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { AnswerValue } from '../../../src/engine/index.ts';
import { t } from '../language.ts';
import { OptionRow, OrDivider, QuestionForm } from './question-form.tsx';

export interface Choice {
  value: string;
  label: string;
}

/**
 * One answer out of several, as large radio rows, with "I don't know" last: choice questions, yes/no questions and
 * the answer to a self-test.
 */
export function ChoiceInput(props: {
  id: string;
  heading: ComponentChildren;
  help?: string | undefined;
  choices: Choice[];
  /** The label of the "unknown" answer; "I don't know" unless a question needs more words. */
  unknownLabel?: string;
  previous: AnswerValue | undefined;
  onAnswer: (value: AnswerValue) => void;
  /** False when the screen has its own h1 (self-tests). */
  screenHeading?: boolean;
}): JSX.Element {
  const all = [...props.choices, { value: 'unknown', label: props.unknownLabel ?? t('interview.dontKnow') }];
  const [chosen, setChosen] = useState<string | null>(() => {
    const previous = props.previous;
    return typeof previous === 'string' && all.some((c) => c.value === previous) ? previous : null;
  });
  const [error, setError] = useState<string | null>(null);
  const submit = (): void => {
    if (chosen === null)
      setError(t('input.choose', { unknown: props.unknownLabel ?? t('interview.dontKnow') }));
    else props.onAnswer(chosen);
  };
  const row = (choice: Choice): JSX.Element => (
    <OptionRow
      key={choice.value}
      type="radio"
      name={props.id}
      id={`${props.id}-${choice.value}`}
      label={choice.label}
      checked={chosen === choice.value}
      onChange={(checked) => {
        if (checked) setChosen(choice.value);
        setError(null);
      }}
    />
  );
  return (
    <QuestionForm
      id={props.id}
      heading={props.heading}
      help={props.help}
      error={error}
      grouped
      screenHeading={props.screenHeading}
      onSubmit={submit}
    >
      <div class="options">
        {props.choices.map(row)}
        <OrDivider />
        {row({ value: 'unknown', label: props.unknownLabel ?? t('interview.dontKnow') })}
      </div>
    </QuestionForm>
  );
}
