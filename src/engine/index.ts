/**
 * The assessment engine: pure functions from answers to a result. No I/O, no clock, no state, so the same code runs
 * in Node and in the browser.
 */
export { parseAnswers, parseHandMap } from './answers.ts';
export { assess } from './assess.ts';
export { type BctqAnswers, type BctqResult, scoreBctq } from './bctq.ts';
export { checkKnowledge, type KnowledgeProblem } from './check-knowledge.ts';
export { openDangerChecks, withSettled } from './danger-checks.ts';
export { HAND_MAP_FINDINGS, handMapFindings } from './hand-map.ts';
export { nextQuestion } from './interview.ts';
export { handPlacesText, PLACE_NAMES, placeLabel, placeName } from './place-names.ts';
export { selfTestsToOffer } from './self-tests.ts';
export type * from './types.ts';
export { ARM_REGIONS, HAND_REGIONS } from './types.ts';
export { notAskedYet, otherReasons } from './unsure.ts';
