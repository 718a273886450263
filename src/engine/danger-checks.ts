import type { Knowledge } from '../knowledge/schema.ts';
import type { Answers, AnswerValue, YesNoAnswer } from './types.ts';

/**
 * Danger-screen checklists answered in part, as a person's own words answer them ("no chest pain" settles one heart
 * sign and leaves the others open). Unknown is never absent for a danger sign, so the interview asks such a
 * checklist again, for its open items only, before anything else. The terminal and the web interview share this.
 */

/** A checklist answered item by item. */
function isItemMap(value: AnswerValue | undefined): value is Record<string, YesNoAnswer> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !('left' in value || 'right' in value)
  );
}

/**
 * The danger-screen checklists that `initial` answers only in part, each with the items still open, in the
 * knowledge's order. A checklist `initial` does not mention is not here: the interview asks it whole anyway.
 */
export function openDangerChecks(initial: Answers, knowledge: Knowledge): Map<string, string[]> {
  const open = new Map<string, string[]>();
  for (const question of knowledge.questions) {
    if (!question.dangerScreen || question.kind !== 'checklist' || !(question.id in initial)) continue;
    const value = initial[question.id];
    if (Array.isArray(value)) continue;
    const known = isItemMap(value) ? value : {};
    const items = question.findings.filter((f) => known[f] !== 'present' && known[f] !== 'absent');
    if (items.length > 0) open.set(question.id, items);
  }
  return open;
}

/**
 * An answer to the open `items` of a danger checklist (a list of ticked items, an item map or "don't know"), put
 * together with the items `before` had already settled.
 */
export function withSettled(
  before: AnswerValue | undefined,
  items: readonly string[],
  value: AnswerValue,
): AnswerValue {
  const settled = isItemMap(before) ? before : {};
  const merged: Record<string, YesNoAnswer> = {};
  for (const [finding, state] of Object.entries(settled))
    if (!items.includes(finding)) merged[finding] = state;
  for (const finding of items) {
    if (Array.isArray(value)) merged[finding] = value.includes(finding) ? 'present' : 'absent';
    else if (isItemMap(value)) merged[finding] = value[finding] ?? 'unknown';
    else merged[finding] = 'unknown';
  }
  return merged;
}
