import type {
  Cause,
  Knowledge,
  MedicalTest,
  Question,
  RuleCondition,
  Specialist,
  TriageLevel,
  TriageRule,
} from '../knowledge/schema.ts';
import { TRIAGE_LEVELS } from '../knowledge/schema.ts';
import { KATZ_FINDINGS } from './hand-map.ts';
import type { Contribution } from './types.ts';

/**
 * The knowledge turned into arrays indexed by number, so that the inner loops of inference and the interview touch
 * no strings. Built once per knowledge object and cached; the knowledge itself is never changed.
 */
export interface Model {
  knowledge: Knowledge;
  findingIds: string[];
  findingIndex: ReadonlyMap<string, number>;
  baseRates: Float64Array;
  /** Indices of danger-sign findings, in knowledge order. */
  dangerFindings: number[];
  causes: CompiledCause[];
  rules: CompiledRule[];
  questionById: ReadonlyMap<string, Question>;
  causeById: ReadonlyMap<string, Cause>;
  testById: ReadonlyMap<string, MedicalTest>;
  specialistById: ReadonlyMap<string, Specialist>;
  /** For each question, the danger signs among the findings it sets (empty for most questions). */
  dangerByQuestion: ReadonlyMap<string, readonly string[]>;
  /** For each finding, the index of the reading it belongs to in `readings`, or -1. */
  readingOf: Int32Array;
  readings: Reading[];
}

/**
 * Findings that are readings of one answer, at most one of them present: the options of a choice, the bands of a
 * number, the Katz rating of the hand map. The "why" shows them as one line with their summed weight, so that an
 * answer never appears to point both ways ("Came on gradually" for, "No — came on suddenly" against).
 */
export interface Reading {
  findings: number[];
  /** The line when none of the findings is present, such as the option that sets none of them. */
  noneText: string;
}

/** One finding's effect on a cause's log-odds. */
export interface Term {
  finding: number;
  /** ln LR when the finding is present. */
  present: number;
  /** ln LR when the finding is absent. */
  absent: number;
  ifCause: number;
  ifNot: number;
  /** What the result's "why" shows for this term, prepared once rather than per assessment. */
  why: { present: Readonly<Contribution>; absent: Readonly<Contribution> };
}

export interface CompiledCause {
  cause: Cause;
  priorLogit: number;
  terms: Term[];
  /** Urgency thresholds as log-odds, most urgent first. */
  urgency: { level: number; logit: number; index: number }[];
}

export type CompiledCondition =
  | { kind: 'finding'; finding: number }
  | { kind: 'all'; parts: CompiledCondition[] }
  | { kind: 'any'; parts: CompiledCondition[] }
  | { kind: 'atLeast'; count: number; findings: number[] };

export interface CompiledRule {
  rule: TriageRule;
  /** Index into TRIAGE_LEVELS: 0 is the most urgent. */
  level: number;
  when: CompiledCondition;
}

/** Finding states as numbers: 1 present, -1 absent, 0 unknown. */
export type StateVector = Int8Array;

export const PRESENT = 1;
export const ABSENT = -1;
export const UNKNOWN = 0;

export function logit(p: number): number {
  return Math.log(p / (1 - p));
}

/** Rounds for display (toFixed would cost a string per number on the hot path). */
export function round(x: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(x * scale) / scale;
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function levelIndex(level: TriageLevel): number {
  return TRIAGE_LEVELS.indexOf(level);
}

const cache = new WeakMap<Knowledge, Model>();

/** The compiled form of a knowledge base. Unknown finding ids throw: `checkKnowledge` reports them first. */
export function modelOf(knowledge: Knowledge): Model {
  const cached = cache.get(knowledge);
  if (cached) return cached;
  const model = compile(knowledge);
  cache.set(knowledge, model);
  return model;
}

function compile(knowledge: Knowledge): Model {
  const findingIds = knowledge.findings.map((f) => f.id);
  const findingIndex = new Map(findingIds.map((id, i) => [id, i]));
  const indexOf = (id: string): number => {
    const i = findingIndex.get(id);
    if (i === undefined) throw new Error(`knowledge refers to unknown finding "${id}"`);
    return i;
  };
  const baseRates = Float64Array.from(knowledge.findings, (f) => f.baseRate);

  const causes = knowledge.causes.map((cause): CompiledCause => {
    const terms = Object.entries(cause.likelihoods).map(([id, l]): Term => {
      const finding = indexOf(id);
      const ifNot = l.ifNot ?? baseRates[finding] ?? 0.5;
      const present = Math.log(l.ifCause / ifNot);
      const absent = Math.log((1 - l.ifCause) / (1 - ifNot));
      const label = knowledge.findings[finding]?.label ?? id;
      return {
        finding,
        present,
        absent,
        ifCause: l.ifCause,
        ifNot,
        // Frozen because every result shares them.
        why: {
          present: Object.freeze({ finding: id, text: label, weight: round(present, 2) }),
          absent: Object.freeze({
            finding: id,
            text: `${knowledge.phrases.none} ${label}`,
            weight: round(absent, 2),
          }),
        },
      };
    });
    const urgency = cause.urgency.map((u, index) => ({
      level: levelIndex(u.level),
      logit: logit(u.threshold),
      index,
    }));
    urgency.sort((a, b) => a.level - b.level);
    return { cause, priorLogit: logit(cause.prior), terms, urgency };
  });

  const compileCondition = (c: RuleCondition): CompiledCondition => {
    if ('finding' in c) return { kind: 'finding', finding: indexOf(c.finding) };
    if ('allOf' in c) return { kind: 'all', parts: c.allOf.map(compileCondition) };
    if ('anyOf' in c) return { kind: 'any', parts: c.anyOf.map(compileCondition) };
    return { kind: 'atLeast', count: c.atLeast, findings: c.of.map(indexOf) };
  };
  const rules = knowledge.rules.map((rule) => ({
    rule,
    level: levelIndex(rule.level),
    when: compileCondition(rule.when),
  }));

  const dangerFindings = knowledge.findings.flatMap((f, i) => (f.danger ? [i] : []));
  const questionById = new Map(knowledge.questions.map((q) => [q.id, q]));
  const danger = new Set(knowledge.findings.filter((f) => f.danger).map((f) => f.id));
  const dangerByQuestion = new Map(
    knowledge.questions.map((q) => {
      const set =
        q.kind === 'checklist' ? q.findings : q.kind === 'yesno' || q.kind === 'selfTest' ? [q.finding] : [];
      return [q.id, set.filter((f) => danger.has(f))];
    }),
  );
  const readings = readingsOf(knowledge, indexOf);
  const readingOf = new Int32Array(findingIds.length).fill(-1);
  readings.forEach((reading, r) => {
    for (const finding of reading.findings) if (readingOf[finding] === -1) readingOf[finding] = r;
  });
  return {
    knowledge,
    readingOf,
    readings,
    findingIds,
    findingIndex,
    baseRates,
    dangerFindings,
    causes,
    rules,
    questionById,
    causeById: new Map(knowledge.causes.map((c) => [c.id, c])),
    testById: new Map(knowledge.tests.map((t) => [t.id, t])),
    specialistById: new Map(knowledge.specialists.map((sp) => [sp.id, sp])),
    dangerByQuestion,
  };
}

function readingsOf(knowledge: Knowledge, indexOf: (id: string) => number): Reading[] {
  const labelOf = (id: string): string => knowledge.findings.find((f) => f.id === id)?.label ?? id;
  const noneOf = (ids: readonly string[]): string =>
    `${knowledge.phrases.none} ${ids.map(labelOf).join('; ')}`;
  const fromQuestions = knowledge.questions.flatMap((question): Reading[] => {
    if (question.kind === 'choice') {
      const ids = [...new Set(question.options.flatMap((option) => option.present))];
      const empty = question.options.filter((option) => option.present.length === 0);
      const noneText = empty.length === 1 && empty[0] ? empty[0].label : noneOf(ids);
      return ids.length > 1 ? [{ findings: ids.map(indexOf), noneText }] : [];
    }
    if (question.kind === 'number') {
      const ids = question.bands.map((band) => band.finding);
      return ids.length > 1 ? [{ findings: ids.map(indexOf), noneText: noneOf(ids) }] : [];
    }
    return [];
  });
  return [
    ...fromQuestions,
    { findings: KATZ_FINDINGS.map(indexOf), noneText: knowledge.phrases.handMapNotTypical },
  ];
}
