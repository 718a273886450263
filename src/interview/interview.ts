import {
  type Answers,
  type AnswerValue,
  type Assessment,
  assess,
  nextQuestion,
  openDangerChecks,
  parseAnswers,
  selfTestsToOffer,
  withSettled,
} from '../engine/index.ts';
import type { Knowledge, Question, SelfTestQuestion } from '../knowledge/index.ts';
import type { Translate } from '../messages/index.ts';

/**
 * The interview as a small pure state machine: the danger screen first, an emergency answer stopping it at once,
 * Back, checklists the person's words settled in part, and the self-test offer. The terminal and the web app both
 * drive it, each showing its screens in its own way; it is kept as data so that it can be saved and restored.
 */

/** One step the person took: answered a question, or accepted or declined the offered self-tests. */
export type HistoryEntry =
  | {
      kind: 'answer';
      question: string;
      /** The "about N more" the question showed, which the next question's estimate may exceed by one at most. */
      remaining?: number;
    }
  | { kind: 'offer'; accepted: boolean; tests: string[] };

export interface InterviewState {
  /** False until the person leaves the start screen. */
  started: boolean;
  answers: Answers;
  /** Steps in the order they were taken; Back undoes the last one. */
  history: HistoryEntry[];
  /**
   * Answers taken back with Back. They are not used by the assessment, but a question that comes up again starts
   * from its earlier answer, so that going back never makes the person answer from scratch.
   */
  drafts: Answers;
  /** The question to ask again after Back, before asking the engine for the next one. */
  again: string | null;
  /**
   * The answers the interview started from (read from the person's own words and checked by them), which are not
   * asked again; Back never takes them away.
   */
  initial: Answers;
  /**
   * Danger-screen checklists `initial` settles only in part, with their open items: each is asked for those items,
   * in the danger screen's order (as in the terminal). Derived from `initial` and the knowledge.
   */
  open: Record<string, string[]>;
}

export const INITIAL_STATE: InterviewState = {
  started: false,
  answers: {},
  history: [],
  drafts: {},
  again: null,
  initial: {},
  open: {},
};

/** The parts of the interview: the danger screen, the engine's questions, the self-tests the person chose. */
export type Part = 'safety' | 'question' | 'selfTest';

export type Screen =
  | { kind: 'start' }
  | {
      kind: 'question';
      question: Question;
      /** The part of the interview the question belongs to: `stepLabel` puts it in words with its place. */
      part: Part;
      /** The earlier answer to this question, to start from. */
      previous: AnswerValue | undefined;
      /** About how many questions are left after this one, or null for the danger screen and self-tests. */
      remaining: number | null;
      /** Where this question is in its part of the interview: index from 0, and about how many there are. */
      position: { index: number; total: number };
    }
  | { kind: 'offer'; tests: SelfTestQuestion[] }
  | { kind: 'emergency'; assessment: Assessment }
  | { kind: 'result'; assessment: Assessment };

export function start(state: InterviewState): InterviewState {
  return { ...state, started: true };
}

/**
 * Starts the interview from answers already known (the person's own words, as they checked them): those are kept
 * and not asked, except the danger signs they leave open, which come first. Emergency answers show the emergency
 * screen at once.
 */
export function startWithAnswers(initial: Answers, knowledge: Knowledge): InterviewState {
  return {
    ...INITIAL_STATE,
    started: true,
    answers: { ...initial },
    initial: { ...initial },
    open: Object.fromEntries(openDangerChecks(initial, knowledge)),
  };
}

/**
 * Records the answer to the question on screen (for a danger checklist asked in part, to its open items), with the
 * estimate of questions left that the screen showed.
 */
export function answer(
  state: InterviewState,
  questionId: string,
  value: AnswerValue,
  remaining: number | null = null,
): InterviewState {
  const drafts = { ...state.drafts };
  delete drafts[questionId];
  const items = state.open[questionId];
  const merged = items === undefined ? value : withSettled(state.initial[questionId], items, value);
  return {
    ...state,
    started: true,
    answers: { ...state.answers, [questionId]: merged },
    history: [
      ...state.history,
      remaining === null
        ? { kind: 'answer', question: questionId }
        : { kind: 'answer', question: questionId, remaining },
    ],
    drafts,
    again: null,
  };
}

/** Accepts or declines the offered self-tests. */
export function respondToOffer(
  state: InterviewState,
  accepted: boolean,
  tests: readonly SelfTestQuestion[],
): InterviewState {
  return {
    ...state,
    history: [...state.history, { kind: 'offer', accepted, tests: tests.map((test) => test.id) }],
    again: null,
  };
}

/**
 * Undoes the last step: the last answer is taken back and its question asked again, starting from that answer;
 * every other answer is kept. With nothing to undo, Back returns to the start screen.
 */
export function back(state: InterviewState): InterviewState {
  const last = state.history.at(-1);
  // Back from the first question leaves the answers read from the words too: the start screen asks for them anew.
  if (last === undefined)
    return { ...state, started: false, again: null, answers: {}, initial: {}, open: {} };
  const history = state.history.slice(0, -1);
  if (last.kind === 'offer') return { ...state, history, again: null };
  const answers = { ...state.answers };
  const drafts = { ...state.drafts };
  const previous = answers[last.question];
  const before = state.initial[last.question];
  if (before === undefined) delete answers[last.question];
  else answers[last.question] = before;
  if (previous !== undefined) drafts[last.question] = previous;
  return { ...state, answers, history, drafts, again: last.question };
}

export function reset(): InterviewState {
  return INITIAL_STATE;
}

/** What to show now: derived from the state alone, so that a restored state shows the same screen. */
export function currentScreen(state: InterviewState, knowledge: Knowledge): Screen {
  if (!state.started) return { kind: 'start' };
  const assessment = assess(state.answers, knowledge);
  if (assessment.triage.level === 'emergency') return { kind: 'emergency', assessment };

  const ask = (question: Question): Screen => {
    const { part, index, total } = stepOf(question, state, knowledge);
    const remaining =
      total === null
        ? steadied(
            estimateRemaining({ ...state.answers, [question.id]: 'unknown' }, knowledge),
            state.history,
          )
        : null;
    const items = state.open[question.id];
    // A danger checklist the person's words settled in part is asked for its open items only, and says so.
    const settled =
      question.kind === 'checklist' && items !== undefined ? question.findings.length - items.length : 0;
    return {
      kind: 'question',
      question:
        question.kind === 'checklist' && items !== undefined
          ? {
              ...question,
              findings: items,
              help: `${question.help ? `${question.help} ` : ''}Your own words already answered ${settled === 1 ? 'one more' : `${settled} more`}.`,
            }
          : question,
      part,
      previous: state.drafts[question.id],
      remaining,
      position: { index, total: total ?? index + 1 + (remaining ?? 0) },
    };
  };

  if (state.again !== null) {
    const question = questionById(knowledge, state.again);
    if (question !== undefined) return ask(question);
  }
  // The danger screen in its order: a check not answered yet, or one the words left open and not asked yet.
  const asked = new Set(state.history.flatMap((entry) => (entry.kind === 'answer' ? [entry.question] : [])));
  const danger = knowledge.questions.find(
    (q) => q.dangerScreen && (q.id in state.open ? !asked.has(q.id) : !(q.id in state.answers)),
  );
  if (danger !== undefined) return ask(danger);
  const next = nextQuestion(state.answers, knowledge);
  // A question that is already answered would be asked forever; the engine should never return one.
  if (next !== null && !(next.id in state.answers)) return ask(next);

  const offer = state.history.find(isOffer);
  if (offer === undefined) {
    const tests = selfTestsToOffer(state.answers, knowledge);
    if (tests.length > 0) return { kind: 'offer', tests };
    return { kind: 'result', assessment };
  }
  if (offer.accepted) {
    const test = offer.tests.map((id) => questionById(knowledge, id)).find(isUnansweredIn(state.answers));
    if (test !== undefined) return ask(test);
  }
  return { kind: 'result', assessment };
}

/**
 * About how many more questions the engine will ask, found by walking its choices as if each were answered
 * "don't know". Real answers can make it ask a few more or fewer, so the screen says "about".
 */
export function estimateRemaining(answers: Answers, knowledge: Knowledge, limit = 30): number {
  const walk: Answers = { ...answers };
  let count = 0;
  while (count < limit) {
    const question = nextQuestion(walk, knowledge);
    if (question === null || question.id in walk) break;
    walk[question.id] = 'unknown';
    count += 1;
  }
  return count;
}

/**
 * The estimate held steady: at most one more than the last question showed, so that it never jumps up as answers
 * open new lines of questioning (it may still fall at once when they close some).
 */
function steadied(estimate: number, history: readonly HistoryEntry[]): number {
  const last = history.at(-1);
  if (last?.kind !== 'answer' || last.remaining === undefined) return estimate;
  return Math.min(estimate, last.remaining + 1);
}

/** A question's part of the interview and its place in it (total null: not known in advance). */
function stepOf(
  question: Question,
  state: InterviewState,
  knowledge: Knowledge,
): { part: Part; index: number; total: number | null } {
  if (question.dangerScreen) {
    const screen = knowledge.questions.filter((q) => q.dangerScreen);
    return { part: 'safety', index: screen.indexOf(question), total: screen.length };
  }
  const offer = state.history.find(isOffer);
  if (question.kind === 'selfTest' && offer !== undefined) {
    return { part: 'selfTest', index: offer.tests.indexOf(question.id), total: offer.tests.length };
  }
  const asked = state.history.filter((entry) => {
    if (entry.kind !== 'answer') return false;
    const answered = questionById(knowledge, entry.question);
    return answered !== undefined && !answered.dangerScreen && answered.kind !== 'selfTest';
  }).length;
  return { part: 'question', index: asked, total: null };
}

/** Where a question is, in words: "Safety check 1 of 4", "Question 5", "Self-test 1 of 2". */
export function stepLabel(screen: Extract<Screen, { kind: 'question' }>, t: Translate): string {
  const number = screen.position.index + 1;
  const of = screen.position.total;
  if (screen.part === 'safety') return t('step.safety', { number, of });
  if (screen.part === 'selfTest') return t('step.selfTest', { number, of });
  return t('step.question', { number });
}

function questionById(knowledge: Knowledge, id: string): Question | undefined {
  return knowledge.questions.find((q) => q.id === id);
}

function isOffer(entry: HistoryEntry): entry is Extract<HistoryEntry, { kind: 'offer' }> {
  return entry.kind === 'offer';
}

function isUnansweredIn(answers: Answers) {
  return (question: Question | undefined): question is Question =>
    question !== undefined && !(question.id in answers);
}

// Saving (the web app keeps it in the tab's sessionStorage): the state as JSON, checked on the way back in.

export function serialize(state: InterviewState): string {
  return JSON.stringify(state);
}

/**
 * The state saved in `text`, or the initial state when there is none or it does not fit the knowledge (an older
 * version, or edited by hand): the answers are checked with the engine's own `parseAnswers`.
 */
export function restore(text: string | null, knowledge: Knowledge): InterviewState {
  if (text === null) return INITIAL_STATE;
  try {
    const data: unknown = JSON.parse(text);
    if (!isRecord(data) || typeof data.started !== 'boolean') return INITIAL_STATE;
    const answers = parseAnswers(data.answers, knowledge);
    const drafts = parseAnswers(data.drafts ?? {}, knowledge);
    const initial = parseAnswers(data.initial ?? {}, knowledge);
    if (!Array.isArray(data.history)) return INITIAL_STATE;
    const history: HistoryEntry[] = [];
    for (const entry of data.history) {
      const parsed = parseHistoryEntry(entry, answers, knowledge);
      if (parsed === null) return INITIAL_STATE;
      history.push(parsed);
    }
    // Every answer was given at a step, so that Back can take each one back, or is one the interview started from.
    const answered = new Set(history.flatMap((entry) => (entry.kind === 'answer' ? [entry.question] : [])));
    if (Object.keys(answers).some((id) => !answered.has(id) && !(id in initial))) return INITIAL_STATE;
    if (Object.keys(initial).some((id) => !(id in answers))) return INITIAL_STATE;
    const again = data.again;
    if (again !== null && (typeof again !== 'string' || questionById(knowledge, again) === undefined)) {
      return INITIAL_STATE;
    }
    const open = Object.fromEntries(openDangerChecks(initial, knowledge));
    return { started: data.started, answers, history, drafts, again, initial, open };
  } catch {
    return INITIAL_STATE;
  }
}

function parseHistoryEntry(entry: unknown, answers: Answers, knowledge: Knowledge): HistoryEntry | null {
  if (!isRecord(entry)) return null;
  if (entry.kind === 'answer') {
    if (typeof entry.question !== 'string' || !(entry.question in answers)) return null;
    const { remaining } = entry;
    if (remaining === undefined) return { kind: 'answer', question: entry.question };
    return typeof remaining === 'number' && Number.isInteger(remaining) && remaining >= 0
      ? { kind: 'answer', question: entry.question, remaining }
      : null;
  }
  if (entry.kind === 'offer' && typeof entry.accepted === 'boolean' && Array.isArray(entry.tests)) {
    const tests: string[] = [];
    for (const id of entry.tests) {
      if (typeof id !== 'string' || questionById(knowledge, id)?.kind !== 'selfTest') return null;
      tests.push(id);
    }
    return { kind: 'offer', accepted: entry.accepted, tests };
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
