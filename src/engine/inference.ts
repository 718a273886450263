import type { CompiledCause, Model, StateVector, Term } from './model.ts';
import { ABSENT, PRESENT, UNKNOWN } from './model.ts';

/** A finding's share of a cause's log-odds in a given state. */
export function contribution(term: Term, state: number): number {
  if (state === PRESENT) return term.present;
  if (state === ABSENT) return term.absent;
  return 0;
}

/**
 * A finding's share of a cause's danger score: a present finding may only raise it and an absent one only lower
 * it. Marking another finding present can then never lower a danger score, which keeps triage monotonic even for
 * findings that, on balance, argue against a dangerous cause.
 */
export function dangerContribution(term: Term, state: number): number {
  if (state === PRESENT) return Math.max(0, term.present);
  if (state === ABSENT) return Math.min(0, term.absent);
  return 0;
}

/**
 * Every cause's log-odds and danger score, in knowledge order, in one pass over the known findings. A cause's
 * log-odds is the prior's log-odds plus each known finding's ln likelihood ratio; its danger score is the same sum
 * counting only what raises it (see `dangerContribution`). Causes are weighed one by one, not as rivals: a person
 * can have carpal tunnel syndrome and diabetes.
 */
export function allLogOdds(
  model: Model,
  state: StateVector,
): { logOdds: Float64Array; danger: Float64Array } {
  const logOdds = new Float64Array(model.causes.length);
  const danger = new Float64Array(model.causes.length);
  model.causes.forEach((cause: CompiledCause, c) => {
    let sum = cause.priorLogit;
    let dangerSum = cause.priorLogit;
    for (const term of cause.terms) {
      const s = state[term.finding] ?? UNKNOWN;
      if (s === UNKNOWN) continue;
      sum += contribution(term, s);
      dangerSum += dangerContribution(term, s);
    }
    logOdds[c] = sum;
    danger[c] = dangerSum;
  });
  return { logOdds, danger };
}
