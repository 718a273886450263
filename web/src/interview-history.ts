import { type Dispatch, type StateUpdater, useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { back, type InterviewState } from '../../src/interview/index.ts';

/**
 * Each step of the interview is an entry in the browser's history, so that Back and Forward (and a phone's back
 * gesture) step through the questions and never leave the app by surprise. An entry holds only the step's number;
 * the answers stay in the tab's own storage.
 */

interface StepEntry {
  numbcheckStep: number;
  /** Whether the entry before this one is the interview's previous step, so that the app's Back may go to it. */
  numbcheckFollows: boolean;
}

/** The step a state is at: 0 on the start screen, then one more for every answer or choice. */
export function stepOf(state: InterviewState): number {
  return state.started ? state.history.length + 1 : 0;
}

function entryStep(entry: unknown): StepEntry | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const { numbcheckStep, numbcheckFollows } = entry as Partial<StepEntry>;
  return typeof numbcheckStep === 'number'
    ? { numbcheckStep, numbcheckFollows: numbcheckFollows === true }
    : null;
}

/**
 * Keeps the history in step with the interview and the interview with the history. Returns the app's own Back,
 * which goes back in the browser's history when the previous entry is the previous step, and otherwise takes the
 * step back in place.
 */
export function useInterviewHistory(
  state: InterviewState,
  setState: Dispatch<StateUpdater<InterviewState>>,
): () => void {
  const current = useRef(state);
  current.current = state;
  // The states reached going forward, by step, so that Forward can return to them.
  const reached = useRef(new Map<number, InterviewState>());
  // Set while the state follows the history, so that it is not written back as a new entry.
  const following = useRef(false);

  // The step on screen when the history was last written; null before the first time.
  const written = useRef<number | null>(null);

  useLayoutEffect(() => {
    const step = stepOf(state);
    const previous = written.current;
    written.current = step;
    if (following.current) {
      following.current = false;
      return;
    }
    // What lay ahead of this step was left by answering again or starting again: Forward no longer leads there.
    for (const key of reached.current.keys()) if (key > step) reached.current.delete(key);
    reached.current.set(step, state);
    if (previous !== null && step > previous) {
      history.pushState({ numbcheckStep: step, numbcheckFollows: true } satisfies StepEntry, '');
      return;
    }
    const entry = entryStep(history.state);
    if (entry === null && step > 0) {
      // Started from the start page, whose entry is not marked yet: it stays as step 0, for Back to return to.
      history.replaceState({ numbcheckStep: 0, numbcheckFollows: false } satisfies StepEntry, '');
      history.pushState({ numbcheckStep: step, numbcheckFollows: true } satisfies StepEntry, '');
      return;
    }
    // The first step shown, or a step taken back or started again in place: the entry on screen now holds it.
    const follows = entry?.numbcheckFollows ?? false;
    history.replaceState({ numbcheckStep: step, numbcheckFollows: follows } satisfies StepEntry, '');
  }, [state]);

  useEffect(() => {
    const onPopState = (event: PopStateEvent): void => {
      const entry = entryStep(event.state);
      if (entry === null) return;
      const from = stepOf(current.current);
      const to = entry.numbcheckStep;
      if (to === from) return;
      if (to < from) {
        following.current = true;
        setState((s) => {
          let earlier = s;
          for (let step = stepOf(s); step > to; step--) earlier = back(earlier);
          return earlier;
        });
        return;
      }
      const later = reached.current.get(to);
      if (later === undefined) {
        // A step this page never reached (the tab was reloaded since): the entry now holds the step on screen.
        history.replaceState({ ...entry, numbcheckStep: from } satisfies StepEntry, '');
        return;
      }
      following.current = true;
      setState(later);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [setState]);

  return () => {
    const entry = entryStep(history.state);
    if (entry?.numbcheckFollows && entry.numbcheckStep === stepOf(current.current)) history.back();
    else setState(back);
  };
}
