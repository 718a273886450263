import fc from 'fast-check';
import { knowledge } from '../knowledge/index.ts';
import type { Question } from '../knowledge/schema.ts';
import { type Answers, type AnswerValue, ARM_REGIONS, HAND_REGIONS, type YesNoAnswer } from './types.ts';

/** Arbitraries for property tests of the engine: any answer a person could give to any question. */

export const yesNoUnknown = fc.constantFrom<YesNoAnswer>('present', 'absent', 'unknown');
const handArb = fc.record(
  {
    palm: fc.subarray([...HAND_REGIONS]),
    back: fc.subarray([...HAND_REGIONS]),
    arm: fc.subarray([...ARM_REGIONS]),
  },
  { requiredKeys: [] },
);

export function answerArb(question: Question): fc.Arbitrary<AnswerValue> {
  switch (question.kind) {
    case 'yesno':
    case 'selfTest':
      return yesNoUnknown;
    case 'checklist':
      return fc.oneof(
        fc.subarray([...question.findings]),
        fc.dictionary(fc.constantFrom(...question.findings), yesNoUnknown),
        fc.constant('unknown'),
      );
    case 'choice':
      return fc.constantFrom(...question.options.map((o) => o.value), 'unknown');
    case 'number':
      return fc.oneof(fc.integer({ min: question.min, max: question.max }), fc.constant('unknown'));
    case 'handMap':
      return fc.oneof(
        fc.record({ left: handArb, right: handArb }, { requiredKeys: [] }),
        fc.constant('unknown'),
      );
  }
}

/** Any set of answers a person could give, each question answered or not. */
export const answersArb: fc.Arbitrary<Answers> = fc
  .record(Object.fromEntries(knowledge.questions.map((q) => [q.id, answerArb(q)])), { requiredKeys: [] })
  .map((partial) => {
    const answers: Answers = {};
    for (const [id, value] of Object.entries(partial)) if (value !== undefined) answers[id] = value;
    return answers;
  });
