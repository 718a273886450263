import type { JSX } from 'preact';
import type { AnswerValue } from '../../../src/engine/index.ts';
import { type Screen, stepLabel } from '../../../src/interview/index.ts';
import type { Knowledge } from '../../../src/knowledge/index.ts';
import { ChecklistInput } from '../components/checklist-input.tsx';
import { ChoiceInput } from '../components/choice-input.tsx';
import { HandMapInput } from '../components/hand-map-input.tsx';
import { NumberInput } from '../components/number-input.tsx';
import { BackButton, ResetControl } from '../components/site-chrome.tsx';
import { t } from '../language.ts';
import { SelfTestScreen } from './self-test.tsx';

export type QuestionScreenState = Extract<Screen, { kind: 'question' }>;

/** Where the person is: "Safety check 1 of 3", "Question 4 · about 6 more", with a bar. */
export function Progress(props: { screen: QuestionScreenState }): JSX.Element {
  const { remaining, position } = props.screen;
  const more = remaining === null ? '' : t('interview.more', { remaining });
  const fraction = position.total > 0 ? position.index / position.total : 0;
  const width = Math.round(fraction * 1000) / 10;
  return (
    <div class="progress">
      <p class="progress-step">
        {stepLabel(props.screen, t)}
        {more}
      </p>
      <svg
        class="progress-bar"
        viewBox="0 0 100 4"
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        <rect class="progress-track" x="0" y="0" width="100" height="4" rx="2" />
        <rect class="progress-fill" x="0" y="0" width={width} height="4" rx="2" />
      </svg>
    </div>
  );
}

/** One question on its own screen, with Back above it and "Start again" below. */
export function QuestionScreen(props: {
  screen: QuestionScreenState;
  knowledge: Knowledge;
  onAnswer: (value: AnswerValue) => void;
  onBack: () => void;
  onReset: () => void;
}): JSX.Element {
  const { screen, knowledge, onAnswer } = props;
  const { question, previous } = screen;
  let input: JSX.Element;
  switch (question.kind) {
    case 'checklist':
      input = (
        <ChecklistInput question={question} previous={previous} knowledge={knowledge} onAnswer={onAnswer} />
      );
      break;
    case 'choice':
      input = (
        <ChoiceInput
          id={question.id}
          heading={question.text}
          help={question.help}
          choices={question.options.map((option) => ({ value: option.value, label: option.label }))}
          previous={previous}
          onAnswer={onAnswer}
        />
      );
      break;
    case 'yesno':
      input = (
        <ChoiceInput
          id={question.id}
          heading={question.text}
          help={question.help}
          choices={[
            { value: 'present', label: t('answer.yes') },
            { value: 'absent', label: t('answer.no') },
          ]}
          previous={previous}
          onAnswer={onAnswer}
        />
      );
      break;
    case 'number':
      input = <NumberInput question={question} previous={previous} onAnswer={onAnswer} />;
      break;
    case 'handMap':
      input = <HandMapInput question={question} previous={previous} onAnswer={onAnswer} />;
      break;
    case 'selfTest':
      input = <SelfTestScreen question={question} previous={previous} onAnswer={onAnswer} />;
      break;
  }
  return (
    <div class={`screen screen-question screen-${question.kind}`} data-screen={`question:${question.id}`}>
      <BackButton onBack={props.onBack} />
      <Progress screen={screen} />
      {input}
      <div class="screen-footer no-print">
        <ResetControl onReset={props.onReset} quiet />
      </div>
    </div>
  );
}
