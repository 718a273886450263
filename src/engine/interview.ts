import type { Knowledge, Question } from '../knowledge/schema.ts';
import { stateFromAnswers } from './answers.ts';
import { handMapFindings } from './hand-map.ts';
import { contribution, dangerContribution } from './inference.ts';
import { ABSENT, type Model, modelOf, PRESENT, sigmoid, type Term, UNKNOWN } from './model.ts';
import { causeLevelIndex, type Evaluation, evaluate, ruleLevelIndex } from './triage.ts';
import type { Answers, HandAnswer, HandMapAnswer, HandRegion } from './types.ts';

/**
 * A question is worth asking while its expected gain (nats of cause uncertainty removed, plus the chance that it
 * moves the triage level, weighted) is above this. Below it, nothing left would change the result enough to ask.
 */
const MIN_GAIN = 0.12;
/** How much a possible change of triage level counts against nats of cause uncertainty. */
const LEVEL_CHANGE_WEIGHT = 0.6;
/** Predicted answer probabilities are kept away from 0 and 1: people surprise. */
const MIN_PREDICTED = 0.02;

/** One possible answer to a question: the findings it would set, and how likely it is. */
interface Outcome {
  changes: [finding: number, state: number][];
  probability: number;
}

interface InterviewModel {
  /** For each finding, the causes that weigh it and how. */
  termsByFinding: { cause: number; term: Term }[][];
  /** Representative hand maps, as finding changes, for weighing the hand-map question. */
  handMapPatterns: [finding: number, state: number][][];
}

const interviewCache = new WeakMap<Model, InterviewModel>();

function representativeHandMaps(): HandMapAnswer[] {
  const allFingers: HandRegion[] = ['thumb', 'index', 'middle', 'ring', 'little'];
  const patterns: HandAnswer[] = [
    { palm: ['thumb', 'index', 'middle'] },
    { palm: ['ring', 'little'] },
    { palm: allFingers },
    { palm: allFingers, arm: ['forearm', 'upper_arm'] },
    { back: ['thumb', 'thumb_side'] },
  ];
  return patterns.flatMap((hand) => [{ left: hand }, { right: hand }, { left: hand, right: hand }]);
}

function interviewModelOf(model: Model): InterviewModel {
  const cached = interviewCache.get(model);
  if (cached) return cached;
  const termsByFinding: { cause: number; term: Term }[][] = model.findingIds.map(() => []);
  model.causes.forEach((cause, c) => {
    for (const term of cause.terms) termsByFinding[term.finding]?.push({ cause: c, term });
  });
  const handMapPatterns = representativeHandMaps().map((map) =>
    handMapFindings(map).flatMap(([id, present]): [number, number][] => {
      const i = model.findingIndex.get(id);
      return i === undefined ? [] : [[i, present ? PRESENT : ABSENT]];
    }),
  );
  const built = { termsByFinding, handMapPatterns };
  interviewCache.set(model, built);
  return built;
}

/** The entropy, in nats, of a yes/no variable with these log-odds. */
function binaryEntropy(logOdds: number): number {
  const p = sigmoid(logOdds);
  if (p <= 0 || p >= 1) return 0;
  return -(p * Math.log(p) + (1 - p) * Math.log(1 - p));
}

/** The chance that a finding would be answered present, mixing each cause's view by how likely the cause is. */
function predictPresent(
  model: Model,
  im: InterviewModel,
  probabilities: Float64Array,
  finding: number,
): number {
  let p = model.baseRates[finding] ?? 0.5;
  for (const { cause, term } of im.termsByFinding[finding] ?? []) {
    p += (probabilities[cause] ?? 0) * (term.ifCause - term.ifNot);
  }
  return Math.min(1 - MIN_PREDICTED, Math.max(MIN_PREDICTED, p));
}

/** Outcomes weighted by how likely each finding change is, normalised to sum to one. */
function weighted(
  model: Model,
  im: InterviewModel,
  probabilities: Float64Array,
  options: [number, number][][],
): Outcome[] {
  const outcomes = options.map((changes) => {
    let probability = 1;
    for (const [finding, state] of changes) {
      const p = predictPresent(model, im, probabilities, finding);
      probability *= state === PRESENT ? p : 1 - p;
    }
    return { changes, probability };
  });
  const total = outcomes.reduce((sum, o) => sum + o.probability, 0);
  return outcomes.map((o) => ({ changes: o.changes, probability: total > 0 ? o.probability / total : 0 }));
}

/**
 * The possible answers to a question, in groups whose gains add up. A checklist's items are weighed as separate
 * yes/no questions: enumerating every combination of ticks would cost 2^n and change little.
 */
function outcomeGroups(
  model: Model,
  im: InterviewModel,
  probabilities: Float64Array,
  question: Question,
): Outcome[][] {
  const index = (id: string): number => model.findingIndex.get(id) ?? -1;
  const yesNo = (finding: number): Outcome[] => {
    const p = predictPresent(model, im, probabilities, finding);
    return [
      { changes: [[finding, PRESENT]], probability: p },
      { changes: [[finding, ABSENT]], probability: 1 - p },
    ];
  };
  switch (question.kind) {
    case 'yesno':
    case 'selfTest':
      return [yesNo(index(question.finding))];
    case 'checklist':
      return question.findings.map((id) => yesNo(index(id)));
    case 'choice': {
      const owned = question.options.flatMap((o) => o.present);
      const options = question.options.map((option) =>
        owned.map((id): [number, number] => [index(id), option.present.includes(id) ? PRESENT : ABSENT]),
      );
      return [weighted(model, im, probabilities, options)];
    }
    case 'number': {
      const edges = [
        ...new Set(question.bands.flatMap((b) => [b.min, b.max]).filter((e) => e !== undefined)),
      ].sort((a, b) => a - b);
      const representatives = [question.min, ...edges].map((edge, i, all) => {
        const next = all[i + 1];
        return next === undefined ? edge + 10 : (edge + next) / 2;
      });
      const options = representatives.map((value) =>
        question.bands.map((b): [number, number] => [
          index(b.finding),
          value >= (b.min ?? -Infinity) && value < (b.max ?? Infinity) ? PRESENT : ABSENT,
        ]),
      );
      return [weighted(model, im, probabilities, options)];
    }
    case 'handMap':
      return [weighted(model, im, probabilities, im.handMapPatterns)];
  }
}

/** Where the interview stands, computed once and shared by every candidate question's weighing. */
interface Situation extends Evaluation {
  model: Model;
  im: InterviewModel;
  probabilities: Float64Array;
}

/**
 * How much asking this question is expected to settle: see MIN_GAIN. Each possible answer is weighed by updating
 * only the causes that its findings touch, since an answer moves a handful of causes out of seventeen.
 */
function expectedGain(situation: Situation, question: Question): number {
  const { model, im, state, level, logOdds, dangerLogOdds, probabilities } = situation;
  const after = new Float64Array(logOdds.length);
  const danger = new Float64Array(logOdds.length);
  const touched = new Uint8Array(logOdds.length);
  const scratch = state.slice();
  let gain = 0;
  for (const group of outcomeGroups(model, im, probabilities, question)) {
    for (const outcome of group) {
      if (outcome.probability === 0) continue;
      after.set(logOdds);
      danger.set(dangerLogOdds);
      touched.fill(0);
      let changed = false;
      for (const [finding, value] of outcome.changes) {
        const old = state[finding] ?? UNKNOWN;
        if (finding < 0 || old === value) continue;
        changed = true;
        scratch[finding] = value;
        for (const { cause, term } of im.termsByFinding[finding] ?? []) {
          after[cause] = (after[cause] ?? 0) + contribution(term, value) - contribution(term, old);
          danger[cause] =
            (danger[cause] ?? 0) + dangerContribution(term, value) - dangerContribution(term, old);
          touched[cause] = 1;
        }
      }
      if (!changed) continue;
      let settled = 0;
      touched.forEach((t, c) => {
        if (t) settled += binaryEntropy(logOdds[c] ?? 0) - binaryEntropy(after[c] ?? 0);
      });
      const newLevel = causeLevelIndex(model, danger, ruleLevelIndex(model, scratch));
      gain += outcome.probability * (settled + (newLevel !== level ? LEVEL_CHANGE_WEIGHT : 0));
      for (const [finding] of outcome.changes) if (finding >= 0) scratch[finding] = state[finding] ?? UNKNOWN;
    }
  }
  return gain;
}

/**
 * The next question to ask, or null when the interview is done: after an emergency answer at once; otherwise the
 * danger screen first, in knowledge order, then the question with the highest expected gain while it is worth asking.
 * Optional questions (self-tests) are never chosen here; they are offered alongside.
 */
export function chooseNextQuestion(model: Model, answers: Answers, evaluation: Evaluation): Question | null {
  if (evaluation.level === 0) return null;
  const unanswered = model.knowledge.questions.filter((q) => !(q.id in answers) && !q.optional);
  const screen = unanswered.find((q) => q.dangerScreen);
  if (screen) return screen;

  const situation: Situation = {
    ...evaluation,
    model,
    im: interviewModelOf(model),
    probabilities: evaluation.logOdds.map(sigmoid),
  };
  let best: Question | null = null;
  let bestGain = MIN_GAIN;
  for (const question of unanswered) {
    const gain = expectedGain(situation, question);
    if (gain > bestGain) {
      best = question;
      bestGain = gain;
    }
  }
  return best;
}

/** The next question for these answers, or null when the interview is done. */
export function nextQuestion(answers: Answers, knowledge: Knowledge): Question | null {
  const model = modelOf(knowledge);
  return chooseNextQuestion(model, answers, evaluate(model, stateFromAnswers(model, answers)));
}
