import { TRIAGE_LEVELS } from '../knowledge/schema.ts';
import { causeDangerLogOdds } from './inference.ts';
import type { CompiledCondition, Model, StateVector } from './model.ts';
import { PRESENT } from './model.ts';
import type { Triage, TriageReason } from './types.ts';

const SELF_CARE = TRIAGE_LEVELS.length - 1;

function holds(condition: CompiledCondition, state: StateVector): boolean {
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

/**
 * The triage level alone, as an index into TRIAGE_LEVELS (0 is the most urgent). This is the interview's inner loop,
 * so it builds no reasons.
 */
export function triageLevelIndex(model: Model, state: StateVector): number {
  let level = SELF_CARE;
  for (const rule of model.rules) {
    if (rule.level < level && holds(rule.when, state)) level = rule.level;
  }
  for (const cause of model.causes) {
    const first = cause.urgency[0];
    if (!first || first.level >= level) continue;
    const score = causeDangerLogOdds(cause, state);
    for (const u of cause.urgency) {
      if (u.level < level && score >= u.logit) {
        level = u.level;
        break;
      }
    }
  }
  return level;
}

/**
 * The most urgent of the fired rules and of the causes whose danger score passes their threshold, with the
 * reasons for it. Unknown danger signs do not lower the level; the caller reports them as unscreened.
 */
export function triage(model: Model, state: StateVector): Triage {
  const level = triageLevelIndex(model, state);
  const reasons: TriageReason[] = [];
  for (const rule of model.rules) {
    if (rule.level !== level || !holds(rule.when, state)) continue;
    reasons.push({
      text: rule.rule.text,
      findings: presentIn(rule.when, state).map((f) => model.findingIds[f] ?? ''),
      sources: rule.rule.sources,
    });
  }
  for (const cause of model.causes) {
    const score = causeDangerLogOdds(cause, state);
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
