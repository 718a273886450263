import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { AnswerValue } from '../../../src/engine/index.ts';
import type { ChecklistQuestion, Knowledge } from '../../../src/knowledge/index.ts';
import { findingLabel, isItemStates, tickedOf } from '../answer-text.ts';
import { t } from '../language.ts';
import { OptionRow, OrDivider, QuestionForm } from './question-form.tsx';

type Exclusive = 'none' | 'unknown' | null;

function exclusiveOf(previous: AnswerValue | undefined): Exclusive {
  if (previous === 'unknown') return 'unknown';
  if (Array.isArray(previous) && previous.length === 0) return 'none';
  if (isItemStates(previous)) {
    const states = Object.values(previous);
    if (!states.includes('present') && states.includes('absent')) return 'none';
  }
  return null;
}

/**
 * "Do any of these apply?": a checkbox row for each item, then "None of these" and "I don't know", each of which
 * clears the items (and ticking an item clears them).
 */
export function ChecklistInput(props: {
  question: ChecklistQuestion;
  previous: AnswerValue | undefined;
  knowledge: Knowledge;
  onAnswer: (value: AnswerValue) => void;
}): JSX.Element {
  const { question } = props;
  const [ticked, setTicked] = useState(() => new Set(tickedOf(props.previous)));
  const [exclusive, setExclusive] = useState<Exclusive>(() => exclusiveOf(props.previous));
  const [error, setError] = useState<string | null>(null);

  const tick = (finding: string, checked: boolean): void => {
    const next = new Set(ticked);
    if (checked) next.add(finding);
    else next.delete(finding);
    setTicked(next);
    if (checked) setExclusive(null);
    setError(null);
  };
  const choose = (which: 'none' | 'unknown', checked: boolean): void => {
    setExclusive(checked ? which : null);
    if (checked) setTicked(new Set());
    setError(null);
  };
  const submit = (): void => {
    if (exclusive === 'unknown') props.onAnswer('unknown');
    else if (exclusive === 'none') props.onAnswer([]);
    else if (ticked.size > 0) props.onAnswer(question.findings.filter((f) => ticked.has(f)));
    else
      setError(t('input.checklist', { none: t('interview.noneOfThese'), unknown: t('interview.dontKnow') }));
  };

  return (
    <QuestionForm
      id={question.id}
      heading={question.text}
      help={question.help ?? t('interview.tickAll')}
      error={error}
      grouped
      onSubmit={submit}
    >
      <div class="options">
        {question.findings.map((finding) => (
          <OptionRow
            key={finding}
            type="checkbox"
            id={`${question.id}-${finding}`}
            label={findingLabel(props.knowledge, finding)}
            checked={ticked.has(finding)}
            onChange={(checked) => tick(finding, checked)}
          />
        ))}
        <OrDivider />
        <OptionRow
          type="checkbox"
          id={`${question.id}--none`}
          label={t('interview.noneOfThese')}
          checked={exclusive === 'none'}
          onChange={(checked) => choose('none', checked)}
        />
        <OptionRow
          type="checkbox"
          id={`${question.id}--unknown`}
          label={t('interview.dontKnow')}
          checked={exclusive === 'unknown'}
          onChange={(checked) => choose('unknown', checked)}
        />
      </div>
    </QuestionForm>
  );
}
