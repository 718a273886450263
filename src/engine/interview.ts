import type { Knowledge, Question } from '../knowledge/schema.ts';
import { stateFromAnswers } from './answers.ts';
import { handMapFindings } from './hand-map.ts';
import { contribution, dangerContribution } from './inference.ts';
import {
  ABSENT,
  type CompiledCondition,
  type Model,
  modelOf,
  PRESENT,
  type StateVector,
  sigmoid,
  type Term,
  UNKNOWN,
} from './model.ts';
import { causeUrgencyLevel, type Evaluation, evaluate, holds, SELF_CARE } from './triage.ts';
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

/** One finding an answer would set, and to what. */
type Change = readonly [finding: number, state: number];
/**
 * The possible answers to one question, each as the findings it sets. A question's gain is the sum over its groups:
 * a checklist's items are weighed as separate yes/no groups, since enumerating every combination of ticks would cost
 * 2^n and change little.
 */
type OutcomeGroup = Change[][];

/**
 * A finding's effect on every cause that weighs it, when it goes from unknown to present or absent, as flat
 * arrays: this is the interview's innermost loop.
 */
interface FindingEffect {
  causes: Int32Array;
  presentLogOdds: Float64Array;
  absentLogOdds: Float64Array;
  presentDanger: Float64Array;
  absentDanger: Float64Array;
}

/** What the interview needs of a knowledge base beyond the model, built once per model. */
interface InterviewModel {
  /** For each finding, the causes that weigh it and how. */
  termsByFinding: { cause: number; term: Term }[][];
  effects: FindingEffect[];
  /** For each finding, the rules whose condition names it. */
  rulesByFinding: number[][];
  /** For each question, its possible answers. */
  outcomes: ReadonlyMap<string, OutcomeGroup[]>;
}

const interviewCache = new WeakMap<Model, InterviewModel>();

/** Representative answers to the hand map: the common patterns on the left, the right and both hands. */
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

function questionOutcomes(model: Model, question: Question): OutcomeGroup[] {
  const index = (id: string): number => model.findingIndex.get(id) ?? -1;
  const yesNo = (finding: number): OutcomeGroup => [[[finding, PRESENT]], [[finding, ABSENT]]];
  switch (question.kind) {
    case 'yesno':
    case 'selfTest':
      return [yesNo(index(question.finding))];
    case 'checklist':
      return question.findings.map((id) => yesNo(index(id)));
    case 'choice': {
      const owned = question.options.flatMap((o) => o.present);
      return [
        question.options.map((option) =>
          owned.map((id): Change => [index(id), option.present.includes(id) ? PRESENT : ABSENT]),
        ),
      ];
    }
    case 'number': {
      const edges = [
        ...new Set(question.bands.flatMap((b) => [b.min, b.max]).filter((e) => e !== undefined)),
      ].sort((a, b) => a - b);
      const representatives = [question.min, ...edges].map((edge, i, all) => {
        const next = all[i + 1];
        return next === undefined ? edge + 10 : (edge + next) / 2;
      });
      return [
        representatives.map((value) =>
          question.bands.map(
            (b): Change => [
              index(b.finding),
              value >= (b.min ?? -Infinity) && value < (b.max ?? Infinity) ? PRESENT : ABSENT,
            ],
          ),
        ),
      ];
    }
    case 'handMap':
      return [
        representativeHandMaps().map((map) =>
          handMapFindings(map).map(([id, present]): Change => [index(id), present ? PRESENT : ABSENT]),
        ),
      ];
  }
}

function interviewModelOf(model: Model): InterviewModel {
  const cached = interviewCache.get(model);
  if (cached) return cached;
  const termsByFinding: { cause: number; term: Term }[][] = model.findingIds.map(() => []);
  model.causes.forEach((cause, c) => {
    for (const term of cause.terms) termsByFinding[term.finding]?.push({ cause: c, term });
  });
  const rulesByFinding: number[][] = model.findingIds.map(() => []);
  model.rules.forEach((rule, r) => {
    for (const finding of conditionFindings(rule.when)) rulesByFinding[finding]?.push(r);
  });
  const outcomes = new Map(model.knowledge.questions.map((q) => [q.id, questionOutcomes(model, q)]));
  const effects = termsByFinding.map(
    (terms): FindingEffect => ({
      causes: Int32Array.from(terms, (t) => t.cause),
      presentLogOdds: Float64Array.from(terms, (t) => contribution(t.term, PRESENT)),
      absentLogOdds: Float64Array.from(terms, (t) => contribution(t.term, ABSENT)),
      presentDanger: Float64Array.from(terms, (t) => dangerContribution(t.term, PRESENT)),
      absentDanger: Float64Array.from(terms, (t) => dangerContribution(t.term, ABSENT)),
    }),
  );
  const built = { termsByFinding, effects, rulesByFinding, outcomes };
  interviewCache.set(model, built);
  return built;
}

function conditionFindings(condition: CompiledCondition): number[] {
  switch (condition.kind) {
    case 'finding':
      return [condition.finding];
    case 'all':
    case 'any':
      return condition.parts.flatMap(conditionFindings);
    case 'atLeast':
      return condition.findings;
  }
}

/**
 * The entropy, in nats, of a yes/no variable with log-odds x: ln(1 + e^-|x|) + |x|·e^-|x|/(1 + e^-|x|), which is
 * -(p ln p + (1-p) ln(1-p)) written in log-odds. It is the interview's innermost calculation, so it is read from a
 * table in steps of 1/64 with linear interpolation (error below 1e-4 nats, far under MIN_GAIN).
 */
function exactBinaryEntropy(x: number): number {
  const e = Math.exp(-x);
  return Math.log1p(e) + (x * e) / (1 + e);
}
const ENTROPY_STEPS_PER_UNIT = 64;
const ENTROPY_RANGE = 40;
const ENTROPY_TABLE = Float64Array.from({ length: ENTROPY_RANGE * ENTROPY_STEPS_PER_UNIT + 2 }, (_, i) =>
  exactBinaryEntropy(i / ENTROPY_STEPS_PER_UNIT),
);

function binaryEntropy(logOdds: number): number {
  const position = Math.abs(logOdds) * ENTROPY_STEPS_PER_UNIT;
  if (position >= ENTROPY_RANGE * ENTROPY_STEPS_PER_UNIT) return 0;
  const i = Math.floor(position);
  const low = ENTROPY_TABLE[i] ?? 0;
  return low + ((ENTROPY_TABLE[i + 1] ?? 0) - low) * (position - i);
}

/**
 * Where the interview stands, and scratch space for weighing answers. Weighing one possible answer touches only
 * the causes and rules that its findings reach, marked with the current `generation`, so that nothing is copied
 * or cleared per answer.
 */
class Situation {
  readonly model: Model;
  readonly im: InterviewModel;
  evaluation: Evaluation;
  readonly probabilities: Float64Array;
  readonly entropies: Float64Array;
  /** Predicted chance that each finding would be answered present; NaN until first needed. */
  readonly predicted: Float64Array;
  readonly ruleHolds: Uint8Array;
  readonly causeLevels: Int8Array;
  readonly scratchState: StateVector;
  readonly logOdds: Float64Array;
  readonly dangerLogOdds: Float64Array;
  readonly causeMark: Uint32Array;
  readonly ruleMark: Uint32Array;
  readonly touched: number[] = [];
  readonly reachedRules: number[] = [];
  /** How many fired rules and causes call for each triage level: the level is the most urgent with a count. */
  readonly levelCounts: Int16Array;
  readonly scratchCounts: Int16Array;
  generation = 0;

  constructor(model: Model, evaluation: Evaluation) {
    this.model = model;
    this.im = interviewModelOf(model);
    this.evaluation = evaluation;
    const causes = model.causes.length;
    this.probabilities = new Float64Array(causes);
    this.entropies = new Float64Array(causes);
    this.causeLevels = new Int8Array(causes);
    this.predicted = new Float64Array(model.findingIds.length);
    this.ruleHolds = new Uint8Array(model.rules.length);
    this.levelCounts = new Int16Array(SELF_CARE + 1);
    this.scratchCounts = new Int16Array(SELF_CARE + 1);
    this.scratchState = new Int8Array(model.findingIds.length);
    this.logOdds = new Float64Array(causes);
    this.dangerLogOdds = new Float64Array(causes);
    this.causeMark = new Uint32Array(causes);
    this.ruleMark = new Uint32Array(model.rules.length);
    this.reset(evaluation);
  }

  /**
   * Where the interview stands now. The buffers are reused from one call to the next (see `situationFor`); the
   * marks need no clearing, since every weighing uses a fresh generation number.
   */
  reset(evaluation: Evaluation): this {
    const { model } = this;
    this.evaluation = evaluation;
    this.levelCounts.fill(0);
    for (let c = 0; c < model.causes.length; c++) {
      const logOdds = evaluation.logOdds[c] ?? 0;
      this.probabilities[c] = sigmoid(logOdds);
      this.entropies[c] = binaryEntropy(logOdds);
      const cause = model.causes[c];
      const level = cause ? causeUrgencyLevel(cause, evaluation.dangerLogOdds[c] ?? -Infinity) : SELF_CARE;
      this.causeLevels[c] = level;
      this.levelCounts[level] = (this.levelCounts[level] ?? 0) + 1;
    }
    for (let r = 0; r < model.rules.length; r++) {
      const rule = model.rules[r];
      const fired = rule !== undefined && evaluation.fired[r] === 1;
      this.ruleHolds[r] = fired ? 1 : 0;
      if (rule && fired) this.levelCounts[rule.level] = (this.levelCounts[rule.level] ?? 0) + 1;
    }
    this.predicted.fill(Number.NaN);
    this.scratchState.set(evaluation.state);
    if (this.generation > 0xfffff000) {
      this.generation = 0;
      this.causeMark.fill(0);
      this.ruleMark.fill(0);
    }
    return this;
  }

  /** The chance that a finding would be answered present, mixing each cause's view by how likely the cause is. */
  predictPresent(finding: number): number {
    const known = this.predicted[finding] ?? Number.NaN;
    if (!Number.isNaN(known)) return known;
    let p = this.model.baseRates[finding] ?? 0.5;
    for (const { cause, term } of this.im.termsByFinding[finding] ?? []) {
      p += (this.probabilities[cause] ?? 0) * (term.ifCause - term.ifNot);
    }
    const clipped = Math.min(1 - MIN_PREDICTED, Math.max(MIN_PREDICTED, p));
    this.predicted[finding] = clipped;
    return clipped;
  }

  /** How likely one possible answer is, before normalising over the group. */
  likelihood(changes: Change[]): number {
    let probability = 1;
    for (const [finding, state] of changes) {
      if (finding < 0) continue;
      const p = this.predictPresent(finding);
      probability *= state === PRESENT ? p : 1 - p;
    }
    return probability;
  }

  /** Starts a cause's scratch log-odds from the current ones, once per possible answer. */
  private touch(cause: number, generation: number): void {
    if (this.causeMark[cause] === generation) return;
    this.causeMark[cause] = generation;
    this.logOdds[cause] = this.evaluation.logOdds[cause] ?? 0;
    this.dangerLogOdds[cause] = this.evaluation.dangerLogOdds[cause] ?? 0;
    this.touched.push(cause);
  }

  /** The common case: a finding not yet known becomes present or absent. */
  private applyFromUnknown(finding: number, value: number, generation: number): void {
    const effect = this.im.effects[finding];
    if (!effect) return;
    const logOdds = value === PRESENT ? effect.presentLogOdds : effect.absentLogOdds;
    const danger = value === PRESENT ? effect.presentDanger : effect.absentDanger;
    for (let i = 0; i < effect.causes.length; i++) {
      const cause = effect.causes[i] ?? 0;
      this.touch(cause, generation);
      this.logOdds[cause] = (this.logOdds[cause] ?? 0) + (logOdds[i] ?? 0);
      this.dangerLogOdds[cause] = (this.dangerLogOdds[cause] ?? 0) + (danger[i] ?? 0);
    }
  }

  /** A finding already known (from free text, say) changes its answer. */
  private applyChange(finding: number, value: number, old: number, generation: number): void {
    for (const { cause, term } of this.im.termsByFinding[finding] ?? []) {
      this.touch(cause, generation);
      this.logOdds[cause] = (this.logOdds[cause] ?? 0) + contribution(term, value) - contribution(term, old);
      this.dangerLogOdds[cause] =
        (this.dangerLogOdds[cause] ?? 0) + dangerContribution(term, value) - dangerContribution(term, old);
    }
  }

  /** What one possible answer would settle: cause uncertainty removed, plus a triage level change, weighted. */
  gainOf(changes: Change[]): number {
    const { im, evaluation } = this;
    const generation = ++this.generation;
    this.touched.length = 0;
    this.reachedRules.length = 0;
    let changed = false;
    for (const [finding, value] of changes) {
      const old = evaluation.state[finding] ?? UNKNOWN;
      if (finding < 0 || old === value) continue;
      changed = true;
      this.scratchState[finding] = value;
      if (old === UNKNOWN) this.applyFromUnknown(finding, value, generation);
      else this.applyChange(finding, value, old, generation);
      for (const rule of im.rulesByFinding[finding] ?? []) {
        if (this.ruleMark[rule] === generation) continue;
        this.ruleMark[rule] = generation;
        this.reachedRules.push(rule);
      }
    }
    if (!changed) return 0;
    let settled = 0;
    for (const cause of this.touched) {
      settled += (this.entropies[cause] ?? 0) - binaryEntropy(this.logOdds[cause] ?? 0);
    }
    const levelChanged = this.level() !== evaluation.level;
    for (const [finding] of changes) {
      if (finding >= 0) this.scratchState[finding] = evaluation.state[finding] ?? UNKNOWN;
    }
    return settled + (levelChanged ? LEVEL_CHANGE_WEIGHT : 0);
  }

  /**
   * The triage level with the current possible answer applied. Only the rules and causes it reached are redone:
   * each moves its count from the level it called for to the level it calls for now.
   */
  private level(): number {
    const counts = this.scratchCounts;
    counts.set(this.levelCounts);
    const move = (from: number, to: number): void => {
      counts[from] = (counts[from] ?? 0) - 1;
      counts[to] = (counts[to] ?? 0) + 1;
    };
    for (const r of this.reachedRules) {
      const rule = this.model.rules[r];
      if (!rule) continue;
      const before = this.ruleHolds[r] === 1;
      const after = holds(rule.when, this.scratchState);
      if (before && !after) move(rule.level, SELF_CARE);
      if (!before && after) move(SELF_CARE, rule.level);
    }
    for (const c of this.touched) {
      const cause = this.model.causes[c];
      if (cause)
        move(this.causeLevels[c] ?? SELF_CARE, causeUrgencyLevel(cause, this.dangerLogOdds[c] ?? -Infinity));
    }
    let level = 0;
    while (level < SELF_CARE && (counts[level] ?? 0) <= 0) level++;
    return level;
  }

  /** How much asking this question is expected to settle: see MIN_GAIN. */
  expectedGain(question: Question): number {
    let gain = 0;
    for (const group of this.im.outcomes.get(question.id) ?? []) {
      let total = 0;
      let weightedGain = 0;
      for (const changes of group) {
        const likelihood = this.likelihood(changes);
        if (likelihood === 0) continue;
        total += likelihood;
        weightedGain += likelihood * this.gainOf(changes);
      }
      if (total > 0) gain += weightedGain / total;
    }
    return gain;
  }
}

const situations = new WeakMap<Model, Situation>();

/**
 * The interview's workspace for a model, reset to this evaluation. Allocating its buffers cost more than weighing
 * some questions, so they are kept and reused; each call resets every value it reads, so no call sees another's.
 */
function situationFor(model: Model, evaluation: Evaluation): Situation {
  const cached = situations.get(model);
  if (cached) return cached.reset(evaluation);
  const created = new Situation(model, evaluation);
  situations.set(model, created);
  return created;
}

/**
 * The next question to ask, or null when the interview is done: after an emergency answer at once; otherwise the
 * danger screen first, in knowledge order, then the question with the highest expected gain while it is worth asking,
 * then any question marked `askWhenDecisive` whose answer could still change the level or the ranking. Optional
 * questions (self-tests) are never chosen here; they are offered alongside.
 */
export function chooseNextQuestion(model: Model, answers: Answers, evaluation: Evaluation): Question | null {
  if (evaluation.level === 0) return null;
  const unanswered = model.knowledge.questions.filter((q) => !(q.id in answers) && !q.optional);
  const screen = unanswered.find((q) => q.dangerScreen);
  if (screen) return screen;

  const situation = situationFor(model, evaluation);
  let best: Question | null = null;
  let bestGain = MIN_GAIN;
  for (const question of unanswered) {
    const gain = situation.expectedGain(question);
    if (gain > bestGain) {
      best = question;
      bestGain = gain;
    }
  }
  return best ?? unanswered.find((q) => q.askWhenDecisive && couldDecide(model, evaluation, q)) ?? null;
}

/** How many of the likeliest causes must keep their order for an answer not to count as changing the ranking. */
const RANKING_DEPTH = 3;

function likeliestCauses(evaluation: Evaluation): number[] {
  const { logOdds } = evaluation;
  return Array.from(logOdds.keys())
    .sort((a, b) => (logOdds[b] ?? 0) - (logOdds[a] ?? 0))
    .slice(0, RANKING_DEPTH);
}

/** Whether some answer to `question` would change the triage level or the order of the likeliest causes. */
function couldDecide(model: Model, evaluation: Evaluation, question: Question): boolean {
  const ranking = likeliestCauses(evaluation).join();
  const outcomes = interviewModelOf(model).outcomes.get(question.id) ?? [];
  return outcomes.some((group) =>
    group.some((changes) => {
      const state = Int8Array.from(evaluation.state);
      for (const [finding, value] of changes) if (finding >= 0) state[finding] = value;
      const after = evaluate(model, state);
      return after.level !== evaluation.level || likeliestCauses(after).join() !== ranking;
    }),
  );
}

/** The next question for these answers, or null when the interview is done. */
export function nextQuestion(answers: Answers, knowledge: Knowledge): Question | null {
  const model = modelOf(knowledge);
  return chooseNextQuestion(model, answers, evaluate(model, stateFromAnswers(model, answers)));
}
