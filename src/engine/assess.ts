import type { Knowledge } from '../knowledge/schema.ts';
import { declinedDangerSigns, stateFromAnswers } from './answers.ts';
import { scoreInstruments } from './instruments.ts';
import { chooseNextQuestion } from './interview.ts';
import {
  type CompiledCause,
  levelIndex,
  type Model,
  modelOf,
  PRESENT,
  round,
  type StateVector,
  sigmoid,
  UNKNOWN,
} from './model.ts';
import { buildPlan } from './plan.ts';
import { type Evaluation, evaluate, firedRules, triage } from './triage.ts';
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
    const known = whyOf(model, compiled, state);
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
 * Each known finding's share of a cause's log-odds, the readings of one answer summed into one line (see `Reading`),
 * leaving out the shares too small to show.
 */
function whyOf(model: Model, compiled: CompiledCause, state: StateVector): Contribution[] {
  const lines: Contribution[] = [];
  const readingWeights = new Map<number, number>();
  for (const term of compiled.terms) {
    const s = state[term.finding];
    if (s === UNKNOWN) continue;
    const reading = model.readingOf[term.finding] ?? -1;
    if (reading === -1) lines.push(s === PRESENT ? term.why.present : term.why.absent);
    else
      readingWeights.set(
        reading,
        (readingWeights.get(reading) ?? 0) + (s === PRESENT ? term.present : term.absent),
      );
  }
  for (const [index, weight] of readingWeights) {
    const reading = model.readings[index];
    if (!reading) continue;
    // The answer's own finding names the line, even when this cause weighs only the others.
    const present = reading.findings.find((finding) => state[finding] === PRESENT);
    const finding = present ?? reading.findings[0] ?? 0;
    const text = present === undefined ? reading.noneText : (model.knowledge.findings[present]?.label ?? '');
    lines.push({ finding: model.findingIds[finding] ?? '', text, weight: round(weight, 2) });
  }
  return lines.filter((line) => Math.abs(line.weight) >= MIN_SHOWN_WEIGHT);
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
  // Danger signs the person was asked and could not answer: unknown is never absent, so they hold the level up.
  const declined = declinedDangerSigns(model, answers);
  const unsure = unscreened.filter((f) => declined.has(f));
  let level = result.level;
  if (unsure.length > 0 && levelIndex(level) > levelIndex(knowledge.unsure.level))
    level = knowledge.unsure.level;

  const reasons: TriageReason[] = [];
  if (unsure.length > 0) {
    reasons.push({ text: knowledge.unsure.text, findings: unsure, sources: knowledge.unsure.sources });
  }
  reasons.push(...result.reasons);
  if (level === 'self_care' && reasons.length === 0) {
    const { text, sources } = knowledge.phrases.nothingUrgent;
    reasons.push({ text, findings: [], sources });
  }
  const notAsked = unscreened.filter((f) => !declined.has(f));
  if (level !== 'emergency' && notAsked.length > 0) {
    const { text, sources } = knowledge.phrases.notAsked;
    reasons.push({ text, findings: notAsked, sources });
  }
  const causes = rankCauses(model, evaluation);
  const fired = firedRules(model, evaluation).map((r) => r.rule);
  return {
    knowledgeVersion: knowledge.version,
    notice: knowledge.notice,
    triage: { level, reasons },
    causes,
    next: chooseNextQuestion(model, answers, evaluation),
    plan: buildPlan(model, level, causes, fired, reasons),
    unscreened,
    unsure,
    instruments: scoreInstruments(model, answers, state),
  };
}
