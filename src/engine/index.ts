/**
 * The assessment engine: pure functions from answers to a result. No I/O, no clock, no state, so the same code runs
 * in Node and in the browser.
 */
export { parseAnswers } from './answers.ts';
export { assess } from './assess.ts';
export { type BctqResult, scoreBctq } from './bctq.ts';
export { checkKnowledge, type KnowledgeProblem } from './check-knowledge.ts';
export { nextQuestion } from './interview.ts';
export type * from './types.ts';
