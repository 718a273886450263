/**
 * The interview, one for every interface: a pure state machine over the engine (the screens, answer, Back, the
 * self-test offer, the emergency stop, starting from the person's own words), saved and restored as JSON. The
 * terminal and the web app are thin drivers of it.
 */
export {
  answer,
  back,
  currentScreen,
  estimateRemaining,
  type HistoryEntry,
  INITIAL_STATE,
  type InterviewState,
  type Part,
  reset,
  respondToOffer,
  restore,
  type Screen,
  serialize,
  start,
  startWithAnswers,
  stepLabel,
} from './interview.ts';
