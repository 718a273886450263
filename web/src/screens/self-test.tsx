import type { JSX } from 'preact';
import type { AnswerValue } from '../../../src/engine/index.ts';
import type { SelfTestQuestion } from '../../../src/knowledge/index.ts';
import { splitSelfTestText } from '../answer-text.ts';
import { ChoiceInput } from '../components/choice-input.tsx';
import { Countdown } from '../components/countdown.tsx';
import { ScreenHeading } from '../components/site-chrome.tsx';
import { Illustration } from '../illustrations/index.tsx';
import { t } from '../language.ts';

/**
 * A guided self-test: the picture, the steps and a countdown, then whether the symptoms came. Labelled as a
 * self-test, not a medical examination.
 */
export function SelfTestScreen(props: {
  question: SelfTestQuestion;
  previous: AnswerValue | undefined;
  onAnswer: (value: AnswerValue) => void;
}): JSX.Element {
  const { question } = props;
  const { title, question: asked } = splitSelfTestText(question.text);
  return (
    <div class="self-test">
      <ScreenHeading>{title}</ScreenHeading>
      <p class="callout">{t('web.selfTestCallout')}</p>
      <div class="self-test-body">
        <figure class="art">
          <Illustration id={question.id} title={title} />
        </figure>
        <div>
          <h2>{t('selfTest.whatToDo')}</h2>
          <ol class="steps">
            {question.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <Countdown seconds={question.seconds} />
        </div>
      </div>
      <ChoiceInput
        id={question.id}
        heading={asked}
        screenHeading={false}
        choices={[
          { value: 'present', label: t('selfTest.yes') },
          { value: 'absent', label: t('answer.no') },
        ]}
        unknownLabel={t('selfTest.dontKnow')}
        previous={props.previous}
        onAnswer={props.onAnswer}
      />
    </div>
  );
}
