import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { AnswerValue, HandMapAnswer } from '../../../src/engine/index.ts';
import type { HandMapQuestion } from '../../../src/knowledge/index.ts';
import { cleanHandMap, handMapText, isHandMapValue } from '../answer-text.ts';
import { t } from '../language.ts';
import { HandMap } from './hand-map.tsx';
import { QuestionForm } from './question-form.tsx';

/** The hand map question: the drawing to tap, Continue, and "I don't know". */
export function HandMapInput(props: {
  question: HandMapQuestion;
  previous: AnswerValue | undefined;
  onAnswer: (value: AnswerValue) => void;
}): JSX.Element {
  const { question } = props;
  const [map, setMap] = useState<HandMapAnswer>(() =>
    isHandMapValue(props.previous) ? cleanHandMap(props.previous) : {},
  );
  const [error, setError] = useState<string | null>(null);
  const submit = (): void => {
    const clean = cleanHandMap(map);
    if (handMapText(clean).length === 0) {
      setError(t('input.handMap', { unknown: t('interview.dontKnow') }));
      return;
    }
    props.onAnswer(clean);
  };
  return (
    <QuestionForm
      id={question.id}
      heading={question.text}
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
      <HandMap
        value={map}
        onChange={(value) => {
          setMap(value);
          setError(null);
        }}
      />
    </QuestionForm>
  );
}
