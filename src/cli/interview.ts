import type { Answers, AnswerValue, Assessment } from '../engine/index.ts';
import {
  answer,
  back,
  currentScreen,
  INITIAL_STATE,
  respondToOffer,
  start,
  startWithAnswers,
  stepLabel,
} from '../interview/index.ts';
import type { Knowledge, Question, SelfTestQuestion } from '../knowledge/index.ts';
import { type Language, translator } from '../messages/index.ts';

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

/**
 * Runs the interview in the terminal, as a driver of the shared interview (src/interview/): the danger screen first,
 * then the question the engine finds most informative, one at a time, until the engine has nothing worth asking;
 * then the relevant self-tests, if the person wants them. An emergency ends the interview at once. "Back" undoes the
 * last answer and asks that question again, keeping every other answer.
 *
 * `initial` answers (from the person's own words) are kept and not asked again, except the danger signs: a
 * danger-screen checklist they settle only in part is asked for the items still open, first of all. The step labels
 * are in `language`.
 */
export async function runInterview(
  prompter: Prompter,
  knowledge: Knowledge,
  initial: Answers = {},
  language: Language = 'en',
): Promise<InterviewResult> {
  const words = translator(language);
  let state = Object.keys(initial).length > 0 ? startWithAnswers(initial, knowledge) : start(INITIAL_STATE);
  for (;;) {
    const screen = currentScreen(state, knowledge);
    const canGoBack = state.history.length > 0;
    switch (screen.kind) {
      case 'emergency':
        return { answers: state.answers, assessment: screen.assessment, ended: 'emergency' };
      case 'result':
        return { answers: state.answers, assessment: screen.assessment, ended: 'complete' };
      case 'offer': {
        const choice = await prompter.offerSelfTests(screen.tests, { canGoBack });
        state = choice === 'back' ? back(state) : respondToOffer(state, choice === 'yes', screen.tests);
        break;
      }
      case 'question': {
        const result = await prompter.ask(screen.question, {
          previous: screen.previous,
          canGoBack,
          step: stepLabel(screen, words),
        });
        // With nothing to go back to, Back asks the same question again: the terminal has no start screen.
        if (result.kind === 'back') state = canGoBack ? back(state) : state;
        else state = answer(state, screen.question.id, result.value, screen.remaining);
        break;
      }
      case 'start':
        state = start(state);
        break;
    }
  }
}
