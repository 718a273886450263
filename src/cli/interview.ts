import {
  type Answers,
  type AnswerValue,
  type Assessment,
  assess,
  nextQuestion,
  openDangerChecks,
  selfTestsToOffer,
  withSettled,
} from '../engine/index.ts';
import type { ChecklistQuestion, Knowledge, Question, SelfTestQuestion } from '../knowledge/index.ts';

/** What a person did at one prompt: answered it, or asked to go back to the previous question. */
export type PromptResult = { kind: 'answer'; value: AnswerValue } | { kind: 'back' };

export interface AskContext {
  /** The answer given before, when the person came back to this question; prompts start from it. */
  previous: AnswerValue | undefined;
  /** False for the first question: there is nothing to go back to. */
  canGoBack: boolean;
  /** Where the person is, for example "Safety check 1 of 3" or "Question 5". */
  step: string;
}

/**
 * How the interview talks to the person. The terminal version uses inquirer; tests use a scripted one, so that the
 * interview's logic (order, back, the emergency stop) is tested without a terminal.
 */
export interface Prompter {
  ask(question: Question, context: AskContext): Promise<PromptResult>;
  /** Offers the optional guided self-tests once the needed questions are answered. */
  offerSelfTests(
    tests: readonly SelfTestQuestion[],
    context: { canGoBack: boolean },
  ): Promise<'yes' | 'no' | 'back'>;
}

export interface InterviewResult {
  answers: Answers;
  assessment: Assessment;
  /** `emergency` when an answer met an emergency rule and the interview stopped at once. */
  ended: 'emergency' | 'complete';
}

type HistoryEntry =
  | { kind: 'answer'; question: Question; value: AnswerValue; before: AnswerValue | undefined }
  | { kind: 'offer'; accepted: boolean; tests: SelfTestQuestion[] };

/**
 * Runs the interview: the danger screen first, then the question the engine finds most informative, one at a time,
 * until the engine has nothing worth asking; then the relevant self-tests, if the person wants them. The result is
 * re-assessed after every answer, and an emergency ends the interview at once. "Back" undoes the last answer and
 * asks that question again, keeping every other answer.
 *
 * `initial` answers (from the person's own words) are kept and not asked again, except the danger signs: a
 * danger-screen checklist they settle only in part is asked for the items still open, first of all.
 */
export async function runInterview(
  prompter: Prompter,
  knowledge: Knowledge,
  initial: Answers = {},
): Promise<InterviewResult> {
  const answers: Answers = { ...initial };
  const history: HistoryEntry[] = [];
  let again: { question: Question; previous: AnswerValue | undefined } | null = null;
  const open = openDangerChecks(initial, knowledge);
  // The danger screen in its order, as in the web app: the checks the words left open, and those they did not touch.
  const pending =
    open.size === 0
      ? []
      : knowledge.questions.filter((q) => open.has(q.id) || (q.dangerScreen && !(q.id in initial)));

  const first = assess(answers, knowledge);
  if (first.triage.level === 'emergency') return { answers, assessment: first, ended: 'emergency' };

  const goBack = (): void => {
    const last = history.pop();
    if (last?.kind === 'answer') {
      if (last.before === undefined) delete answers[last.question.id];
      else answers[last.question.id] = last.before;
      if (open.has(last.question.id)) pending.unshift(last.question);
      else again = { question: last.question, previous: last.value };
    }
  };

  for (;;) {
    let question: Question | null = null;
    let previous: AnswerValue | undefined;
    if (again !== null) {
      ({ question, previous } = again);
      again = null;
    } else if (pending.length > 0) {
      question = pending.shift() ?? null;
    } else {
      question = nextQuestion(answers, knowledge);
      // A question that is already answered would be asked forever; the engine should never return one.
      if (question !== null && question.id in answers) question = null;
    }

    if (question === null) {
      const offer = history.find(isOffer);
      if (offer === undefined) {
        const tests = selfTestsToOffer(answers, knowledge);
        if (tests.length === 0) break;
        const choice = await prompter.offerSelfTests(tests, { canGoBack: history.length > 0 });
        if (choice === 'back') goBack();
        else history.push({ kind: 'offer', accepted: choice === 'yes', tests });
        continue;
      }
      question = offer.accepted ? (offer.tests.find((test) => !(test.id in answers)) ?? null) : null;
      if (question === null) break;
    }

    const items = open.get(question.id);
    const asked: Question =
      items !== undefined && question.kind === 'checklist' ? narrowed(question, items) : question;
    const result = await prompter.ask(asked, {
      previous,
      canGoBack: history.length > 0,
      step: stepLabel(question, history, knowledge),
    });
    if (result.kind === 'back') {
      if (history.length > 0) goBack();
      else if (items !== undefined) pending.unshift(question);
      else again = { question, previous };
      continue;
    }
    const before = answers[question.id];
    answers[question.id] = items === undefined ? result.value : withSettled(before, items, result.value);
    history.push({ kind: 'answer', question, value: result.value, before });
    const assessment = assess(answers, knowledge);
    if (assessment.triage.level === 'emergency') return { answers, assessment, ended: 'emergency' };
  }
  return { answers, assessment: assess(answers, knowledge), ended: 'complete' };
}

/** A danger checklist asked for the items the person's words left open. */
function narrowed(question: ChecklistQuestion, items: string[]): ChecklistQuestion {
  return { ...question, findings: items };
}

type OfferEntry = Extract<HistoryEntry, { kind: 'offer' }>;

function isOffer(entry: HistoryEntry): entry is OfferEntry {
  return entry.kind === 'offer';
}

function stepLabel(question: Question, history: readonly HistoryEntry[], knowledge: Knowledge): string {
  if (question.dangerScreen) {
    const screen = knowledge.questions.filter((q) => q.dangerScreen);
    return `Safety check ${screen.indexOf(question) + 1} of ${screen.length}`;
  }
  const offer = history.find(isOffer);
  if (question.kind === 'selfTest' && offer !== undefined) {
    return `Self-test ${offer.tests.indexOf(question) + 1} of ${offer.tests.length}`;
  }
  const asked = history.filter(
    (entry) => entry.kind === 'answer' && !entry.question.dangerScreen && entry.question.kind !== 'selfTest',
  ).length;
  return `Question ${asked + 1}`;
}
