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
 * A cause's log-odds given the findings: the prior's log-odds plus each known finding's ln likelihood ratio.
 * Causes are weighed one by one, not as rivals: a person can have carpal tunnel syndrome and diabetes.
 */
export function causeLogOdds(cause: CompiledCause, state: StateVector): number {
  let sum = cause.priorLogit;
  for (const term of cause.terms) {
    const s = state[term.finding] ?? UNKNOWN;
    if (s !== UNKNOWN) sum += contribution(term, s);
  }
  return sum;
}

/** The log-odds that triage compares with a cause's urgency thresholds (see `dangerContribution`). */
export function causeDangerLogOdds(cause: CompiledCause, state: StateVector): number {
  let sum = cause.priorLogit;
  for (const term of cause.terms) {
    const s = state[term.finding] ?? UNKNOWN;
    if (s !== UNKNOWN) sum += dangerContribution(term, s);
  }
  return sum;
}

/** Every cause's log-odds, in knowledge order. */
export function allLogOdds(model: Model, state: StateVector): Float64Array {
  const out = new Float64Array(model.causes.length);
  model.causes.forEach((cause, i) => {
    out[i] = causeLogOdds(cause, state);
  });
  return out;
}

/** Every cause's danger score, in knowledge order. */
export function allDangerLogOdds(model: Model, state: StateVector): Float64Array {
  const out = new Float64Array(model.causes.length);
  model.causes.forEach((cause, i) => {
    out[i] = causeDangerLogOdds(cause, state);
  });
  return out;
}
