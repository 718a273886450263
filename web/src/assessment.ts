/**
 * The assessment's code as one piece: the engine, the knowledge base, the interview and its screens. The start
 * page loads it when it is first needed (web/src/start-app.tsx), so that the page paints and responds before
 * any of it has been fetched or run.
 */

import { type InterviewState, restore, start } from '../../src/interview/index.ts';
import { readable } from './knowledge-words.ts';

export type { InterviewState } from '../../src/interview/index.ts';
export { App } from './app.tsx';
export { loadKnowledgeWords } from './knowledge-words.ts';
export { readWords, type Understood } from './read-words.ts';

/** The interview `saved` in this tab, or a new one when there is none or it does not fit the knowledge. */
export function restoreInterview(saved: string | null): InterviewState {
  return restore(saved, readable().knowledge);
}

/** The same interview, past the start screen. */
export function startInterview(state: InterviewState): InterviewState {
  return start(state);
}
