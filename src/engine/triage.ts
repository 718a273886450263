import { TRIAGE_LEVELS } from '../knowledge/schema.ts';
import { allLogOdds } from './inference.ts';
import type { CompiledCause, CompiledCondition, CompiledRule, Model, StateVector } from './model.ts';
import { PRESENT } from './model.ts';
import type { Triage, TriageReason } from './types.ts';

/** The least urgent level's index: what remains when nothing calls for more. */
export const SELF_CARE = TRIAGE_LEVELS.length - 1;

/** Whether a rule's condition holds: its findings are present. */
export function holds(condition: CompiledCondition, state: StateVector): boolean {
  switch (condition.kind) {
    case 'finding':
      return state[condition.finding] === PRESENT;
    case 'all':
      return condition.parts.every((part) => holds(part, state));
    case 'any':
      return condition.parts.some((part) => holds(part, state));
    case 'atLeast': {
      let count = 0;
      for (const f of condition.findings) if (state[f] === PRESENT) count++;
      return count >= condition.count;
    }
  }
}

/** The findings present that made a condition hold, for the reason shown to the person. */
function presentIn(condition: CompiledCondition, state: StateVector): number[] {
  switch (condition.kind) {
    case 'finding':
      return state[condition.finding] === PRESENT ? [condition.finding] : [];
    case 'all':
    case 'any':
      return condition.parts.flatMap((part) => presentIn(part, state));
    case 'atLeast':
      return condition.findings.filter((f) => state[f] === PRESENT);
  }
}

/** Which rules' conditions hold, in knowledge order: 1 fired, 0 not. */
function firedMask(model: Model, state: StateVector): Uint8Array {
  const mask = new Uint8Array(model.rules.length);
  model.rules.forEach((rule, r) => {
    if (holds(rule.when, state)) mask[r] = 1;
  });
  return mask;
}

/** The fired rules of an evaluation, most urgent first (knowledge order within a level). */
export function firedRules(model: Model, { fired }: Evaluation): CompiledRule[] {
  return model.rules.filter((_, r) => fired[r] === 1).sort((a, b) => a.level - b.level);
}

/** The most urgent level among the fired rules, as an index into TRIAGE_LEVELS (0 is the most urgent). */
function ruleLevelIndex(model: Model, fired: Uint8Array): number {
  let level = SELF_CARE;
  model.rules.forEach((rule, r) => {
    if (fired[r] === 1 && rule.level < level) level = rule.level;
  });
  return level;
}

/** The level a cause calls for at this danger score: its most urgent threshold passed, or self-care. */
export function causeUrgencyLevel(cause: CompiledCause, dangerLogOdds: number): number {
  for (const u of cause.urgency) if (dangerLogOdds >= u.logit) return u.level;
  return SELF_CARE;
}

/** The most urgent level, no less urgent than `floor`, among the causes whose danger score passes a threshold. */
export function causeLevelIndex(model: Model, dangerLogOdds: ArrayLike<number>, floor = SELF_CARE): number {
  let level = floor;
  model.causes.forEach((cause, i) => {
    level = Math.min(level, causeUrgencyLevel(cause, dangerLogOdds[i] ?? -Infinity));
  });
  return level;
}

/** What the findings mean, computed once and shared by triage, ranking and the interview. */
export interface Evaluation {
  state: StateVector;
  /** Each cause's log-odds, in knowledge order. */
  logOdds: Float64Array;
  /** Each cause's danger score (see `dangerContribution`), in knowledge order. */
  dangerLogOdds: Float64Array;
  /** Which rules fired, in knowledge order: 1 fired, 0 not. */
  fired: Uint8Array;
  /** The triage level as an index into TRIAGE_LEVELS (0 is the most urgent). */
  level: number;
}

export function evaluate(model: Model, state: StateVector): Evaluation {
  const { logOdds, danger: dangerLogOdds } = allLogOdds(model, state);
  const fired = firedMask(model, state);
  return {
    state,
    logOdds,
    dangerLogOdds,
    fired,
    level: causeLevelIndex(model, dangerLogOdds, ruleLevelIndex(model, fired)),
  };
}

/**
 * The most urgent of the fired rules and of the causes whose danger score passes their threshold, with the
 * reasons for it. Unknown danger signs do not lower the level; the caller reports them as unscreened.
 */
export function triage(model: Model, { state, dangerLogOdds, fired, level }: Evaluation): Triage {
  const reasons: TriageReason[] = [];
  for (const [r, rule] of model.rules.entries()) {
    if (rule.level !== level || fired[r] !== 1) continue;
    reasons.push({
      text: rule.rule.text,
      findings: presentIn(rule.when, state).map((f) => model.findingIds[f] ?? ''),
      sources: rule.rule.sources,
    });
  }
  for (const [i, cause] of model.causes.entries()) {
    const score = dangerLogOdds[i] ?? -Infinity;
    const passed = cause.urgency.find((u) => score >= u.logit);
    if (!passed || passed.level !== level) continue;
    const urgency = cause.cause.urgency[passed.index];
    if (!urgency) continue;
    const raising = cause.terms.filter((t) => state[t.finding] === PRESENT && t.present > 0);
    reasons.push({
      text: urgency.text,
      findings: raising.map((t) => model.findingIds[t.finding] ?? ''),
      sources: urgency.sources,
    });
  }
  return { level: TRIAGE_LEVELS[level] ?? 'self_care', reasons };
}
