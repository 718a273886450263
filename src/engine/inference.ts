import type { CompiledCause, Model, StateVector } from './model.ts';
import { PRESENT, UNKNOWN } from './model.ts';

/**
 * A cause's log-odds given the findings: the prior's log-odds plus each known finding's ln likelihood ratio.
 * Causes are weighed one by one, not as rivals: a person can have carpal tunnel syndrome and diabetes.
 */
export function causeLogOdds(cause: CompiledCause, state: StateVector): number {
  let sum = cause.priorLogit;
  for (const term of cause.terms) {
    const s = state[term.finding];
    if (s === UNKNOWN) continue;
    sum += s === PRESENT ? term.present : term.absent;
  }
  return sum;
}

/**
 * The log-odds used for triage: like `causeLogOdds`, but a present finding may only raise it and an absent one only
 * lower it. Marking another finding present can then never lower a cause's danger score, which is what keeps triage
 * monotonic even for findings that, on balance, argue against a dangerous cause.
 */
export function causeDangerLogOdds(cause: CompiledCause, state: StateVector): number {
  let sum = cause.priorLogit;
  for (const term of cause.terms) {
    const s = state[term.finding];
    if (s === UNKNOWN) continue;
    sum += s === PRESENT ? Math.max(0, term.present) : Math.min(0, term.absent);
  }
  return sum;
}

/** Every cause's log-odds, in knowledge order. */
export function allLogOdds(model: Model, state: StateVector): Float64Array {
  const out = new Float64Array(model.causes.length);
  for (let i = 0; i < model.causes.length; i++) {
    const cause = model.causes[i];
    if (cause) out[i] = causeLogOdds(cause, state);
  }
  return out;
}
