import type { JSX } from 'preact';
import type { Answers } from '../../../src/engine/index.ts';
import type { HistoryEntry } from '../../../src/interview/index.ts';
import type { Knowledge } from '../../../src/knowledge/index.ts';
import { describeAnswer } from '../answer-text.ts';

/** The answers in words, in the order they were given: question → answer. */
export function AnswersSummary(props: {
  answers: Answers;
  history: readonly HistoryEntry[];
  knowledge: Knowledge;
}): JSX.Element {
  const rows = props.history.flatMap((entry) => {
    if (entry.kind !== 'answer') return [];
    const question = props.knowledge.questions.find((q) => q.id === entry.question);
    const value = props.answers[entry.question];
    if (question === undefined || value === undefined) return [];
    return [
      { id: question.id, question: question.text, answer: describeAnswer(question, value, props.knowledge) },
    ];
  });
  return (
    <dl class="answers">
      {rows.map((row) => (
        <div class="answer-row" key={row.id}>
          <dt>{row.question}</dt>
          <dd>{row.answer}</dd>
        </div>
      ))}
    </dl>
  );
}
