import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { knowledge } from '../knowledge/index.ts';
import type { ChoiceQuestion } from '../knowledge/schema.ts';
import { answerArb, answersArb } from './answers-testkit.ts';
import { assess } from './assess.ts';
import { nextQuestion } from './interview.ts';
import type { Answers, Assessment } from './types.ts';

const decisive = knowledge.questions.filter((q) => q.askWhenDecisive);

/** The interview run to its end: each question the engine picks is answered from `pick`, or left unknown. */
function finish(start: Answers, pick: (id: string) => Answers[string] | undefined): Answers {
  const answers = { ...start };
  for (let question = nextQuestion(answers, knowledge); question !== null; ) {
    answers[question.id] = pick(question.id) ?? 'unknown';
    question = nextQuestion(answers, knowledge);
  }
  return answers;
}

function outcome(assessment: Assessment): string {
  const top = assessment.causes.slice(0, 3).map((cause) => cause.id);
  return `${assessment.triage.level} ${top.join()}`;
}

describe('questions asked whenever they could decide', () => {
  it('marks how long it has been going on', () => {
    assert.ok(decisive.some((q) => q.id === 'duration'));
  });

  it('is never left unasked at the end while one of its answers would change the level or the likeliest causes', () => {
    const replies = fc.record(Object.fromEntries(knowledge.questions.map((q) => [q.id, answerArb(q)])));
    fc.assert(
      fc.property(answersArb, replies, (start, reply) => {
        const unasked = decisive.filter((q) => !(q.id in start));
        const ended = finish(start, (id) => (unasked.some((q) => q.id === id) ? undefined : reply[id]));
        if (assess(ended, knowledge).triage.level === 'emergency') return;
        const before = outcome(assess(ended, knowledge));
        for (const question of unasked) {
          if (question.id in ended) continue;
          for (const option of (question as ChoiceQuestion).options) {
            const after = outcome(assess({ ...ended, [question.id]: option.value }, knowledge));
            assert.equal(after, before, `"${question.id}" = ${option.value} would change the result`);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
