/**
 * Measuring the free-text intake against labelled sentences: precision and recall per finding, exact answers for
 * the hand map and the choice questions, and the safety checks on danger signs. Pure; the test and the report
 * script read the sentences and call this.
 */

import { type Answers, type AnswerValue, handMapFindings, type YesNoAnswer } from '../engine/index.ts';
import type { Knowledge } from '../knowledge/index.ts';
import type { ParseResult } from './parse.ts';

/** One labelled sentence of a test set such as `sentences.en.json`. */
export interface LabelledSentence {
  text: string;
  present?: string[];
  absent?: string[];
  /** Raised but not settled by the sentence: reading it as present or absent is an error. */
  unknown?: string[];
  /** Expected answers to the choice, number and hand-map questions. */
  answers?: Answers;
}

export interface FindingScore {
  finding: string;
  /** Correct present or absent readings. */
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** How many labels of this finding (present or absent) the set holds. */
  support: number;
}

export interface SentenceError {
  text: string;
  /** `finding: expected → got`. */
  wrong: string[];
}

export interface QualityReport {
  sentences: number;
  findings: FindingScore[];
  micro: {
    precision: number;
    recall: number;
    truePositives: number;
    falsePositives: number;
    falseNegatives: number;
  };
  /** Exact answers: the whole hand map, and each choice or number question, per sentence where either side has one. */
  answers: Record<string, { correct: number; total: number }>;
  /** A danger sign stated present but read as absent or missed: must be empty for the first kind. */
  dangerReadAbsent: SentenceError[];
  /** A danger sign read as absent though the sentence does not deny it: false reassurance. */
  dangerFalselyAbsent: SentenceError[];
  errors: SentenceError[];
}

type Labels = Map<string, YesNoAnswer>;

function isHandMap(
  value: AnswerValue | undefined,
): value is Exclude<AnswerValue, string | number | string[]> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    ('left' in value || 'right' in value)
  );
}

/** The findings a sentence's labels state, with those that follow from its expected answers. */
export function expectedFindings(sentence: LabelledSentence, knowledge: Knowledge): Labels {
  const labels: Labels = new Map();
  for (const finding of sentence.unknown ?? []) labels.set(finding, 'unknown');
  for (const finding of sentence.absent ?? []) labels.set(finding, 'absent');
  for (const finding of sentence.present ?? []) labels.set(finding, 'present');
  for (const [id, value] of Object.entries(sentence.answers ?? {})) {
    const question = knowledge.questions.find((q) => q.id === id);
    if (question?.kind === 'handMap' && isHandMap(value)) {
      for (const [finding, present] of handMapFindings(value)) if (present) labels.set(finding, 'present');
    } else if (question?.kind === 'choice') {
      for (const finding of question.options.find((o) => o.value === value)?.present ?? [])
        labels.set(finding, 'present');
    } else if (question?.kind === 'number' && typeof value === 'number') {
      for (const band of question.bands) {
        if (value >= (band.min ?? -Infinity) && value < (band.max ?? Infinity))
          labels.set(band.finding, 'present');
      }
    }
  }
  return labels;
}

function predictedFindings(result: ParseResult): Labels {
  const labels: Labels = new Map();
  for (const { finding, state } of result.findings) labels.set(finding, state);
  return labels;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** Scores a parser over labelled sentences. */
export function evaluate(
  sentences: readonly LabelledSentence[],
  parse: (text: string) => ParseResult,
  knowledge: Knowledge,
): QualityReport {
  const danger = new Set(knowledge.findings.filter((f) => f.danger).map((f) => f.id));
  const counts = new Map<string, { tp: number; fp: number; fn: number; support: number }>();
  const count = (finding: string) => {
    const c = counts.get(finding) ?? { tp: 0, fp: 0, fn: 0, support: 0 };
    counts.set(finding, c);
    return c;
  };
  const answerScores: Record<string, { correct: number; total: number }> = {};
  const report: QualityReport = {
    sentences: sentences.length,
    findings: [],
    micro: { precision: 0, recall: 0, truePositives: 0, falsePositives: 0, falseNegatives: 0 },
    answers: answerScores,
    dangerReadAbsent: [],
    dangerFalselyAbsent: [],
    errors: [],
  };

  for (const sentence of sentences) {
    const result = parse(sentence.text);
    const expected = expectedFindings(sentence, knowledge);
    const predicted = predictedFindings(result);
    const wrong: string[] = [];
    const readAbsent: string[] = [];
    const falselyAbsent: string[] = [];
    for (const finding of new Set([...expected.keys(), ...predicted.keys()])) {
      const e = expected.get(finding);
      const p = predicted.get(finding);
      const c = count(finding);
      const eSettled = e === 'present' || e === 'absent';
      const pSettled = p === 'present' || p === 'absent';
      if (eSettled) c.support++;
      if (pSettled && p === e) c.tp++;
      else {
        if (pSettled) c.fp++;
        if (eSettled) c.fn++;
        if (pSettled || eSettled) wrong.push(`${finding}: ${e ?? '—'} → ${p ?? '—'}`);
      }
      if (danger.has(finding) && e === 'present' && p !== 'present')
        readAbsent.push(`${finding}: present → ${p ?? '—'}`);
      if (danger.has(finding) && p === 'absent' && e !== 'absent')
        falselyAbsent.push(`${finding}: ${e ?? '—'} → absent`);
    }
    const expectedAnswers = sentence.answers ?? {};
    for (const id of new Set([...Object.keys(expectedAnswers), ...answerIds(result.answers, knowledge)])) {
      const score = answerScores[id] ?? { correct: 0, total: 0 };
      answerScores[id] = score;
      score.total++;
      if (JSON.stringify(result.answers[id]) === JSON.stringify(expectedAnswers[id])) score.correct++;
      else
        wrong.push(
          `${id}: ${JSON.stringify(expectedAnswers[id]) ?? '—'} → ${JSON.stringify(result.answers[id]) ?? '—'}`,
        );
    }
    if (wrong.length > 0) report.errors.push({ text: sentence.text, wrong });
    if (readAbsent.length > 0) report.dangerReadAbsent.push({ text: sentence.text, wrong: readAbsent });
    if (falselyAbsent.length > 0)
      report.dangerFalselyAbsent.push({ text: sentence.text, wrong: falselyAbsent });
  }

  const order = knowledge.findings.map((f) => f.id);
  report.findings = [...counts.entries()]
    .map(([finding, c]) => ({
      finding,
      truePositives: c.tp,
      falsePositives: c.fp,
      falseNegatives: c.fn,
      precision: ratio(c.tp, c.tp + c.fp),
      recall: ratio(c.tp, c.tp + c.fn),
      support: c.support,
    }))
    .sort((a, b) => order.indexOf(a.finding) - order.indexOf(b.finding));
  const tp = report.findings.reduce((sum, f) => sum + f.truePositives, 0);
  const fp = report.findings.reduce((sum, f) => sum + f.falsePositives, 0);
  const fn = report.findings.reduce((sum, f) => sum + f.falseNegatives, 0);
  report.micro = {
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
  };
  return report;
}

/** The answers a parse gave to choice, number and hand-map questions (checklists are scored as findings). */
function answerIds(answers: Answers, knowledge: Knowledge): string[] {
  return Object.keys(answers).filter((id) => {
    const kind = knowledge.questions.find((q) => q.id === id)?.kind;
    return kind === 'choice' || kind === 'number' || kind === 'handMap';
  });
}
