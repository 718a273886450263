import type { Knowledge, SelfTestQuestion } from '../knowledge/schema.ts';
import { assess } from './assess.ts';
import type { Answers } from './types.ts';

/** Self-tests are offered for the leading causes only, so that none is asked for nothing. */
const LEADING_CAUSES = 3;

/**
 * The optional guided self-tests worth offering once the interview's needed questions are answered: those that
 * weigh on one of the leading causes and are not answered yet. The terminal and the browser offer the same ones.
 */
export function selfTestsToOffer(answers: Answers, knowledge: Knowledge): SelfTestQuestion[] {
  const leading = assess(answers, knowledge).causes.slice(0, LEADING_CAUSES);
  const weighed = new Set<string>();
  for (const ranked of leading) {
    const cause = knowledge.causes.find((c) => c.id === ranked.id);
    for (const finding of Object.keys(cause?.likelihoods ?? {})) weighed.add(finding);
  }
  return knowledge.questions.filter(
    (q): q is SelfTestQuestion => q.kind === 'selfTest' && !(q.id in answers) && weighed.has(q.finding),
  );
}
