import { allOf, anyOf, bad, type ErrorValue, fieldOf, NumbError, type Path, words } from '../errors.ts';
import type { Knowledge, Question } from '../knowledge/schema.ts';
import { handMapFindings } from './hand-map.ts';
import { ABSENT, type Model, modelOf, PRESENT, type StateVector } from './model.ts';
import {
  type Answers,
  type AnswerValue,
  ARM_REGIONS,
  type ArmRegion,
  HAND_REGIONS,
  type HandAnswer,
  type HandMapAnswer,
  type HandRegion,
  type YesNoAnswer,
} from './types.ts';

const YES_NO: readonly string[] = ['present', 'absent', 'unknown'];

function badAnswer(path: Path, expected: ErrorValue, got: unknown): NumbError {
  return bad('NUMB_BAD_ANSWER', path, expected, got);
}

/** A list of choices ticks each at most once, so it is never longer than the choices. */
function checkListLength(value: unknown[], allowed: readonly string[], path: Path): void {
  if (value.length > allowed.length) {
    const expected = words('error.expected.atMostEachOnce', { max: allowed.length, choices: allOf(allowed) });
    throw new NumbError(
      'NUMB_BAD_ANSWER',
      'error.expects',
      { field: fieldOf(path), expected, got: words('error.got.count', { count: value.length }) },
      path,
    );
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isYesNo(value: unknown): value is YesNoAnswer {
  return typeof value === 'string' && YES_NO.includes(value);
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

function parseRegions<T extends string>(value: unknown, allowed: readonly T[], path: Path): T[] {
  if (!Array.isArray(value))
    throw badAnswer(path, words('error.expected.listOf', { items: anyOf(allowed) }), value);
  checkListLength(value, allowed, path);
  return value.map((item, i) => {
    if (!oneOf(allowed, item))
      throw badAnswer([...path, i], words('error.expected.oneOf', { choices: anyOf(allowed) }), item);
    return item;
  });
}

function parseHand(value: unknown, path: Path): HandAnswer {
  if (!isRecord(value)) throw badAnswer(path, words('error.expected.hand'), value);
  const hand: HandAnswer = {};
  for (const [key, regions] of Object.entries(value)) {
    if (key === 'palm' || key === 'back')
      hand[key] = parseRegions<HandRegion>(regions, HAND_REGIONS, [...path, key]);
    else if (key === 'arm') hand.arm = parseRegions<ArmRegion>(regions, ARM_REGIONS, [...path, key]);
    else
      throw badAnswer(
        [...path, key],
        words('error.expected.only', { choices: anyOf(['palm', 'back', 'arm']) }),
        key,
      );
  }
  return hand;
}

/**
 * Checks a hand map from outside (an answer, a diary entry) and returns it typed. Throws a `NUMB_BAD_ANSWER` NumbError
 * whose `path` starts with `path` and points at the first value that does not fit.
 */
export function parseHandMap(value: unknown, path: Path): HandMapAnswer {
  if (!isRecord(value)) throw badAnswer(path, words('error.expected.handMap'), value);
  const map: HandMapAnswer = {};
  for (const [side, hand] of Object.entries(value)) {
    if (side !== 'left' && side !== 'right')
      throw badAnswer(
        [...path, side],
        words('error.expected.only', { choices: anyOf(['left', 'right']) }),
        side,
      );
    map[side] = parseHand(hand, [...path, side]);
  }
  return map;
}

function parseChecklist(question: Question & { kind: 'checklist' }, value: unknown, path: Path): AnswerValue {
  const allowed = question.findings;
  if (Array.isArray(value)) {
    checkListLength(value, allowed, path);
    return value.map((item, i) => {
      if (!oneOf(allowed, item))
        throw badAnswer([...path, i], words('error.expected.oneOf', { choices: anyOf(allowed) }), item);
      return item;
    });
  }
  if (isRecord(value)) {
    const partial: Record<string, YesNoAnswer> = {};
    for (const [finding, state] of Object.entries(value)) {
      if (!allowed.includes(finding))
        throw badAnswer(
          [...path, finding],
          words('error.expected.oneOf', { choices: anyOf(allowed) }),
          finding,
        );
      if (!isYesNo(state)) throw badAnswer([...path, finding], anyOf(YES_NO), state);
      partial[finding] = state;
    }
    return partial;
  }
  throw badAnswer(path, words('error.expected.checklist'), value);
}

function parseAnswer(question: Question, value: unknown): AnswerValue {
  const path = [question.id];
  if (value === 'unknown') return value;
  switch (question.kind) {
    case 'yesno':
    case 'selfTest':
      if (!isYesNo(value)) throw badAnswer(path, anyOf(YES_NO), value);
      return value;
    case 'checklist':
      return parseChecklist(question, value, path);
    case 'choice': {
      const values = question.options.map((o) => o.value);
      if (!oneOf(values, value))
        throw badAnswer(
          path,
          words('error.expected.oneOf', { choices: anyOf([...values, 'unknown']) }),
          value,
        );
      return value;
    }
    case 'number':
      if (
        typeof value !== 'number' ||
        !Number.isFinite(value) ||
        value < question.min ||
        value > question.max
      ) {
        throw badAnswer(
          path,
          words('error.expected.numberOf', { unit: question.unit, min: question.min, max: question.max }),
          value,
        );
      }
      return value;
    case 'handMap':
      return parseHandMap(value, path);
  }
}

/**
 * Checks answers from outside (a file, an HTTP body) against the knowledge's questions and returns them typed.
 * Throws a NumbError whose `path` points at the first value that does not fit.
 */
export function parseAnswers(input: unknown, knowledge: Knowledge): Answers {
  if (!isRecord(input)) throw badAnswer([], words('error.expected.answers'), input);
  const model = modelOf(knowledge);
  const answers: Answers = {};
  for (const [id, value] of Object.entries(input)) {
    const question = model.questionById.get(id);
    if (!question) {
      throw new NumbError(
        'NUMB_UNKNOWN_QUESTION',
        'error.NUMB_UNKNOWN_QUESTION.cli',
        { field: fieldOf([id]) },
        [id],
      );
    }
    answers[id] = parseAnswer(question, value);
  }
  return answers;
}

/** A parsed answer to the hand-map question: an object (any other answer is "unknown"). */
export function isHandMapAnswer(value: AnswerValue | undefined): value is HandMapAnswer {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The hand map among the answers, if it was answered with a map. */
export function handMapOf(model: Model, answers: Answers): HandMapAnswer | null {
  const question = model.knowledge.questions.find((q) => q.kind === 'handMap');
  const value = question ? answers[question.id] : undefined;
  return isHandMapAnswer(value) ? value : null;
}

function set(model: Model, state: StateVector, finding: string, present: boolean): void {
  const i = model.findingIndex.get(finding);
  if (i !== undefined) state[i] = present ? PRESENT : ABSENT;
}

/** Writes what one answer says about findings into `state`. An "unknown" answer leaves every finding unknown. */
export function applyAnswer(model: Model, state: StateVector, question: Question, value: AnswerValue): void {
  if (value === 'unknown') return;
  switch (question.kind) {
    case 'yesno':
    case 'selfTest':
      if (value === 'present' || value === 'absent') set(model, state, question.finding, value === 'present');
      return;
    case 'checklist':
      if (Array.isArray(value)) {
        for (const finding of question.findings) set(model, state, finding, value.includes(finding));
      } else if (isRecord(value)) {
        for (const [finding, answer] of Object.entries(value)) {
          if (answer === 'present' || answer === 'absent') set(model, state, finding, answer === 'present');
        }
      }
      return;
    case 'choice': {
      const chosen = question.options.find((o) => o.value === value);
      if (!chosen) return;
      for (const option of question.options) {
        for (const finding of option.present) set(model, state, finding, chosen.present.includes(finding));
      }
      return;
    }
    case 'number':
      if (typeof value !== 'number') return;
      for (const band of question.bands) {
        set(model, state, band.finding, value >= (band.min ?? -Infinity) && value < (band.max ?? Infinity));
      }
      return;
    case 'handMap':
      if (!isHandMapAnswer(value)) return;
      for (const [finding, present] of handMapFindings(value)) set(model, state, finding, present);
      return;
  }
}

/**
 * The danger signs the person answered "don't know" to, one by one or as a whole question: unlike signs never
 * asked, these were put to the person and left open. Whether they are still unknown is for the caller to check.
 */
export function declinedDangerSigns(model: Model, answers: Answers): Set<string> {
  const declined = new Set<string>();
  for (const id in answers) {
    const danger = model.dangerByQuestion.get(id);
    if (danger === undefined || danger.length === 0) continue;
    const value = answers[id];
    if (value === 'unknown') for (const f of danger) declined.add(f);
    else if (isRecord(value)) for (const f of danger) if (value[f] === 'unknown') declined.add(f);
  }
  return declined;
}

/** The finding states that a set of (already parsed) answers establishes. */
export function stateFromAnswers(model: Model, answers: Answers): StateVector {
  const state: StateVector = new Int8Array(model.findingIds.length);
  for (const [id, value] of Object.entries(answers)) {
    const question = model.questionById.get(id);
    if (question) applyAnswer(model, state, question, value);
  }
  return state;
}
