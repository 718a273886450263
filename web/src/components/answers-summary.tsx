import type { JSX } from 'preact';
import type { Answers } from '../../../src/engine/index.ts';
import type { HistoryEntry } from '../../../src/interview/index.ts';
import type { Knowledge } from '../../../src/knowledge/index.ts';
import { answerRows } from '../answer-text.ts';

/** The answers in words, in the order they were given: question → answer. */
export function AnswersSummary(props: {
  answers: Answers;
  history: readonly HistoryEntry[];
  knowledge: Knowledge;
}): JSX.Element {
  return (
    <dl class="answers">
      {answerRows(props.answers, props.history, props.knowledge).map((row) => (
        <div class="answer-row" key={row.id}>
          <dt>{row.question}</dt>
          <dd>{row.answer}</dd>
        </div>
      ))}
    </dl>
  );
}
