import type { Knowledge } from '../knowledge/schema.ts';
import { stateFromAnswers } from './answers.ts';
import { scoreInstruments } from './instruments.ts';
import { chooseNextQuestion } from './interview.ts';
import { type Model, modelOf, PRESENT, round, sigmoid, UNKNOWN } from './model.ts';
import { buildPlan } from './plan.ts';
import { type Evaluation, evaluate, triage } from './triage.ts';
import type { Answers, Assessment, Contribution, RankedCause, TriageReason } from './types.ts';

/**
 * The causes worth showing, most likely first: every cause at least this likely, and never fewer than
 * MIN_RANKED_CAUSES. The rest are unlikely on the answers given; leaving them out keeps results small.
 */
const RANKED_PROBABILITY = 0.05;
const MIN_RANKED_CAUSES = 5;
/**
 * A finding's share of a cause's log-odds smaller than this (a likelihood ratio within about 5 % of 1) is left out
 * of the "why": it moves nothing a person could see, and reads as noise ("+0.0").
 */
const MIN_SHOWN_WEIGHT = 0.05;

function rankCauses(model: Model, { state, logOdds }: Evaluation): RankedCause[] {
  const order = model.causes.map((_, i) => i).sort((a, b) => (logOdds[b] ?? 0) - (logOdds[a] ?? 0));
  const shown = order.filter(
    (c, rank) => rank < MIN_RANKED_CAUSES || sigmoid(logOdds[c] ?? -Infinity) >= RANKED_PROBABILITY,
  );
  return shown.flatMap((c): RankedCause[] => {
    const compiled = model.causes[c];
    if (!compiled) return [];
    const known: Contribution[] = [];
    for (const term of compiled.terms) {
      const s = state[term.finding];
      if (s === UNKNOWN) continue;
      const contribution = s === PRESENT ? term.why.present : term.why.absent;
      if (Math.abs(contribution.weight) >= MIN_SHOWN_WEIGHT) known.push(contribution);
    }
    known.sort((a, b) => b.weight - a.weight);
    const firstAgainst = known.findIndex((w) => w.weight < 0);
    const split = firstAgainst === -1 ? known.length : firstAgainst;
    return [
      {
        id: compiled.cause.id,
        name: compiled.cause.name,
        probability: round(sigmoid(logOdds[c] ?? 0), 3),
        why: {
          for: known.slice(0, split),
          against: known.slice(split).reverse(),
        },
        sources: compiled.cause.sources,
      },
    ];
  });
}

/**
 * Assesses a set of parsed answers (see `parseAnswers`): triage, ranked causes with their reasons, the plan, the
 * next question, and the danger signs not yet screened. Pure and deterministic.
 */
export function assess(answers: Answers, knowledge: Knowledge): Assessment {
  const model = modelOf(knowledge);
  const state = stateFromAnswers(model, answers);
  const evaluation = evaluate(model, state);
  const result = triage(model, evaluation);
  const unscreened = model.dangerFindings
    .filter((f) => state[f] === UNKNOWN)
    .map((f) => model.findingIds[f] ?? '');
  const reasons: TriageReason[] = [...result.reasons];
  if (result.level === 'self_care' && reasons.length === 0) {
    reasons.push({
      text: 'No danger signs and nothing in the course of the numbness that needs a doctor now.',
      findings: [],
      sources: ['NHS-PINS'],
    });
  }
  if (result.level !== 'emergency' && unscreened.length > 0) {
    reasons.push({
      text: `${unscreened.length} danger sign${unscreened.length === 1 ? ' was' : 's were'} not answered, so this level could be too low until they are checked.`,
      findings: unscreened,
      sources: ['BEFAST', 'AHA-HA'],
    });
  }
  const causes = rankCauses(model, evaluation);
  return {
    knowledgeVersion: knowledge.version,
    notice: knowledge.notice,
    triage: { level: result.level, reasons },
    causes,
    next: chooseNextQuestion(model, answers, evaluation),
    plan: buildPlan(knowledge, result.level, causes),
    unscreened,
    instruments: scoreInstruments(model, answers, state),
  };
}
