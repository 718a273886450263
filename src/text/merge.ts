import type { Answers, AnswerValue, YesNoAnswer } from '../engine/index.ts';

const YES_NO: readonly string[] = ['present', 'absent', 'unknown'];

/** A checklist answered item by item: finding → present, absent or unknown. */
function isItemMap(value: AnswerValue | undefined): value is Record<string, YesNoAnswer> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((state) => typeof state === 'string' && YES_NO.includes(state))
  );
}

/**
 * Combines the answers read from a person's words with answers they gave explicitly (a file, the interview, a
 * form). Explicit answers win; checklists answered item by item are merged item by item, so a text that said
 * "chest pain" and a form that says "no nausea" keep both. "Don't know" (`unknown`), for a whole question or an
 * item, adds nothing and never erases what the text said: it would turn a stated danger sign back into an
 * unanswered one. A checklist given as a list of ticked items is a complete answer and replaces the text's.
 */
export function mergeAnswers(fromText: Answers, given: Answers): Answers {
  const merged: Answers = { ...fromText };
  for (const [id, value] of Object.entries(given)) {
    const text = merged[id];
    if (value === 'unknown') {
      if (text === undefined) merged[id] = value;
      continue;
    }
    if (isItemMap(value) && isItemMap(text)) {
      const items: Record<string, YesNoAnswer> = { ...text };
      for (const [finding, state] of Object.entries(value)) {
        if (state !== 'unknown' || items[finding] === undefined) items[finding] = state;
      }
      merged[id] = items;
      continue;
    }
    merged[id] = value;
  }
  return merged;
}
