import { anyOf, describeValue, NumbError, words } from '../errors.ts';
import type { BctqItem, BctqItemId, BctqScale } from '../knowledge/index.ts';
import { bctq } from '../knowledge/index.ts';

/**
 * How many items a scale may leave unanswered and still be scored. Levine 1993 scores a scale as the mean of its
 * items and gives no rule for missing ones, and no published rule turned up in our search, so numbcheck allows one:
 * 10 of 11 symptom items (91 %) or 7 of 8 function items (88 %). More gaps than that and the mean would rest on too
 * few items to compare with published scores, so the scale is reported as not scored (null) rather than guessed.
 */
export const BCTQ_MAX_MISSING_PER_SCALE = 1;

/**
 * BCTQ answers keyed by item id, each the score of the chosen answer (1–5). An item that is absent, or `null`
 * (a form's "skipped"), is unanswered.
 */
export type BctqAnswers = Partial<Record<BctqItemId, number | null>>;

/** The two BCTQ scores. Each is on the items' own 1–5 scale: 1 no symptoms or difficulty, 5 the worst. */
export interface BctqResult {
  /** Mean of the answered Symptom Severity items, or null when more than the allowed number are missing. */
  symptomSeverity: number | null;
  /** Mean of the answered Functional Status items, or null when more than the allowed number are missing. */
  functionalStatus: number | null;
  answeredSymptom: number;
  answeredFunction: number;
}

/**
 * Scores the BCTQ. Each scale is the plain mean of its answered items (Levine 1993), unrounded, so that callers
 * choose how to display it; a scale with more than `BCTQ_MAX_MISSING_PER_SCALE` unanswered items scores null.
 *
 * The answers usually come from a form or a JSON body, so they are checked here rather than trusted: every answer
 * must be a whole number from 1 to 5 (else `NUMB_BAD_ANSWER`) and every key a BCTQ item id (else
 * `NUMB_UNKNOWN_QUESTION`); the error's `path` is `[itemId]`.
 */
export function scoreBctq(answers: Readonly<Record<string, unknown>>): BctqResult {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    const expected = words('error.expected.bctqAnswers');
    const field = words('error.field.bctq');
    throw new NumbError('NUMB_BAD_ANSWER', 'error.expects', { field, expected, got: describeValue(answers) });
  }
  const known = new Set<string>([
    ...bctq.symptomSeverity.items.map((item) => item.id),
    ...bctq.functionalStatus.items.map((item) => item.id),
  ]);
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) {
      throw new NumbError(
        'NUMB_UNKNOWN_QUESTION',
        'error.NUMB_UNKNOWN_QUESTION.bctq',
        { id: key, items: anyOf([...known]) },
        [key],
      );
    }
  }
  const symptom = scoreScale(bctq.symptomSeverity, answers);
  const functional = scoreScale(bctq.functionalStatus, answers);
  return {
    symptomSeverity: symptom.score,
    functionalStatus: functional.score,
    answeredSymptom: symptom.answered,
    answeredFunction: functional.answered,
  };
}

function scoreScale(
  scale: BctqScale,
  answers: Readonly<Record<string, unknown>>,
): { score: number | null; answered: number } {
  let sum = 0;
  let answered = 0;
  for (const item of scale.items) {
    const value = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
    if (value === undefined || value === null) continue;
    sum += checkAnswer(scale, item, value);
    answered += 1;
  }
  const missing = scale.items.length - answered;
  const score = answered > 0 && missing <= BCTQ_MAX_MISSING_PER_SCALE ? sum / answered : null;
  return { score, answered };
}

function checkAnswer(scale: BctqScale, item: BctqItem, value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5) return value;
  const labels = { low: item.labels[0] ?? '', high: item.labels[4] ?? '' };
  const about = { id: item.id, scale: scale.name, number: String(item.number), text: item.text, ...labels };
  throw new NumbError(
    'NUMB_BAD_ANSWER',
    'error.NUMB_BAD_ANSWER.bctqItem',
    { ...about, got: describeValue(value) },
    [item.id],
  );
}
