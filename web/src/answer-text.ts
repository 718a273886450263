import {
  type Answers,
  type AnswerValue,
  type Assessment,
  type HandAnswer,
  type HandMapAnswer,
  handPlacesText,
  type YesNoAnswer,
} from '../../src/engine/index.ts';
import { formatDuration } from '../../src/format/index.ts';
import type { HistoryEntry } from '../../src/interview/index.ts';
import type { Exercise, Knowledge, Question } from '../../src/knowledge/index.ts';
import { t, webLocale } from './language.ts';

/** Words the web app puts on answers and numbers: pure, so that they are tested without a browser. */

export function findingLabel(knowledge: Knowledge, id: string): string {
  return knowledge.findings.find((finding) => finding.id === id)?.label ?? id;
}

export function isHandMapValue(value: AnswerValue | undefined): value is HandMapAnswer {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The hand map in words, one entry per marked hand; empty when nothing is marked. */
export function handMapText(map: HandMapAnswer): string[] {
  const lines: string[] = [];
  for (const side of ['left', 'right'] as const) {
    const hand = map[side];
    const text = hand === undefined ? '' : handPlacesText(hand, t);
    if (text !== '') lines.push(t('web.handLine', { side, places: text }));
  }
  return lines;
}

/** A hand map with empty lists and unmarked hands left out, as the engine and the report expect. */
export function cleanHandMap(map: HandMapAnswer): HandMapAnswer {
  const clean: HandMapAnswer = {};
  for (const side of ['left', 'right'] as const) {
    const hand = map[side];
    if (hand === undefined) continue;
    const kept: HandAnswer = {};
    if (hand.palm?.length) kept.palm = [...hand.palm];
    if (hand.back?.length) kept.back = [...hand.back];
    if (hand.arm?.length) kept.arm = [...hand.arm];
    if (Object.keys(kept).length > 0) clean[side] = kept;
  }
  return clean;
}

/** The ticked items of a checklist answer (a list, or the `present` items of an object). */
export function tickedOf(value: AnswerValue | undefined): string[] {
  if (Array.isArray(value)) return value;
  if (isItemStates(value)) {
    return Object.entries(value)
      .filter(([, state]) => state === 'present')
      .map(([finding]) => finding);
  }
  return [];
}

/** A checklist answered item by item: finding id → present, absent or unknown. */
export function isItemStates(value: AnswerValue | undefined): value is Record<string, YesNoAnswer> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((state) => state === 'present' || state === 'absent' || state === 'unknown')
  );
}

/** One answer in words, for the summary and the printed report. */
export function describeAnswer(question: Question, value: AnswerValue, knowledge: Knowledge): string {
  if (value === 'unknown') return t('interview.dontKnow');
  switch (question.kind) {
    case 'checklist': {
      const ticked = tickedOf(value);
      return ticked.length === 0
        ? t('interview.noneOfThese')
        : ticked.map((id) => findingLabel(knowledge, id)).join('; ');
    }
    case 'choice':
      return question.options.find((option) => option.value === value)?.label ?? String(value);
    case 'number':
      return typeof value === 'number' ? `${value} ${question.unit}` : String(value);
    case 'handMap': {
      const lines = isHandMapValue(value) ? handMapText(value) : [];
      return lines.length === 0 ? t('web.nothingMarked') : lines.join('. ');
    }
    case 'yesno':
    case 'selfTest':
      if (value === 'present') return t(question.kind === 'selfTest' ? 'selfTest.yes' : 'answer.yes');
      if (value === 'absent') return t('answer.no');
      return String(value);
  }
}

/** The answers in words, in the order they were given: each question with its answer. */
export function answerRows(
  answers: Answers,
  history: readonly HistoryEntry[],
  knowledge: Knowledge,
): { id: string; question: string; answer: string }[] {
  return history.flatMap((entry) => {
    if (entry.kind !== 'answer') return [];
    const question = knowledge.questions.find((q) => q.id === entry.question);
    const value = answers[entry.question];
    if (question === undefined || value === undefined) return [];
    return [{ id: question.id, question: question.text, answer: describeAnswer(question, value, knowledge) }];
  });
}

/** How long and how often an exercise is done: "30 seconds × 3 times", "2 minutes × once". */
export function doseText(exercise: Pick<Exercise, 'durationSeconds' | 'repetitions'>): string {
  const duration = formatDuration(exercise.durationSeconds, { locale: webLocale() });
  return t('web.dose', { duration, times: exercise.repetitions });
}

/** A countdown clock, "1:05". */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/**
 * A self-test's question split into its name and what to answer: "Self-test (wrist bend): did …?" gives
 * "Self-test (wrist bend)" and "Did …?". Text without a colon is all question.
 */
export function splitSelfTestText(text: string): { title: string; question: string } {
  const at = text.indexOf(': ');
  if (at < 0) return { title: text, question: text };
  const rest = text.slice(at + 2);
  return { title: text.slice(0, at), question: `${rest.charAt(0).toUpperCase()}${rest.slice(1)}` };
}

/** Every source the assessment cites, in the order it first cites them. */
export function citedSources(assessment: Assessment, knowledge: Knowledge): string[] {
  const cited: string[] = [];
  const add = (ids: readonly string[]): void => {
    for (const id of ids) if (!cited.includes(id)) cited.push(id);
  };
  for (const reason of assessment.triage.reasons) add(reason.sources);
  const { now, tests, specialists, selfCare, prevention } = assessment.plan;
  for (const item of now) add(item.sources);
  for (const cause of assessment.causes.slice(0, 5)) add(cause.sources);
  for (const item of [...tests, ...specialists, ...selfCare, ...prevention]) {
    add(item.sources);
    for (const id of item.exercises ?? []) {
      add(knowledge.exercises.find((exercise) => exercise.id === id)?.sources ?? []);
    }
  }
  return cited;
}
