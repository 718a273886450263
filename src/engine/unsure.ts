import type { Knowledge } from '../knowledge/schema.ts';
import type { Assessment, TriageReason } from './types.ts';

/**
 * How a result is shown when danger signs were answered "don't know": those signs lead, on their own, with
 * `knowledge.unsure.text`; the rest of the page shows the other reasons and the signs never asked. The terminal
 * report and the web result both show it this way.
 */
export function otherReasons(assessment: Assessment, knowledge: Knowledge): TriageReason[] {
  return assessment.triage.reasons.filter((reason) => reason.text !== knowledge.unsure.text);
}

/** The danger signs not asked yet: the unscreened ones the person was not asked about. */
export function notAskedYet(assessment: Assessment): string[] {
  return assessment.unscreened.filter((id) => !assessment.unsure.includes(id));
}
