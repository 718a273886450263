import { type InterviewState, startWithAnswers } from '../../src/interview/index.ts';
import type { ParseResult } from '../../src/text/index.ts';
import { type IntakeModule, loadIntake } from './intake/load.ts';
import { readable } from './knowledge-words.ts';

/** What was read from the person's words, to show back to them before the questions. */
export interface Understood {
  intake: IntakeModule;
  result: ParseResult;
}

export type WordsOutcome =
  | { kind: 'emergency'; state: InterviewState }
  | { kind: 'understood'; understood: Understood };

/**
 * Reads the person's words in this browser. Words that already mean an emergency start the interview on the
 * emergency page at once; any others are shown back to be checked. Rejects when the reader could not be loaded.
 */
export async function readWords(text: string): Promise<WordsOutcome> {
  const intake = await loadIntake();
  const read = intake.readWords(text, readable().knowledge);
  return read.emergency
    ? { kind: 'emergency', state: startWithAnswers(read.result.answers, readable().knowledge) }
    : { kind: 'understood', understood: { intake, result: read.result } };
}
