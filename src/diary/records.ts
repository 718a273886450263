import {
  type Answers,
  type Assessment,
  assess,
  type BctqAnswers,
  type BctqResult,
  parseAnswers,
  scoreBctq,
} from '../engine/index.ts';
import { bad, NumbError, type Path, within as placedWithin, words } from '../errors.ts';
import { bctq, knowledge as defaultKnowledge, type Knowledge } from '../knowledge/index.ts';
import { parseAssessmentSnapshot } from './assessment-snapshot.ts';
import { type EntryDefaults, parseOffset, withEntryDefaults } from './episode.ts';
import { parseInstant } from './time.ts';
import { fieldsOf, isRecord, parseId } from './validate.ts';

/** An assessment saved to the diary: the answers, the result as numbcheck gave it then, and when. */
export interface SavedAssessment {
  id: string;
  takenAt: string;
  utcOffsetMinutes: number;
  answers: Answers;
  assessment: Assessment;
}

/** Boston Carpal Tunnel Questionnaire answers saved to the diary, with their scores. */
export interface BctqRecord {
  id: string;
  takenAt: string;
  utcOffsetMinutes: number;
  answers: BctqAnswers;
  /** Computed from `answers` by `scoreBctq`; never taken from the input. */
  scores: BctqResult;
}

export const ASSESSMENT_FIELDS = ['id', 'takenAt', 'utcOffsetMinutes', 'answers', 'assessment'] as const;
export const BCTQ_FIELDS = ['id', 'takenAt', 'utcOffsetMinutes', 'answers', 'scores'] as const;

/** Re-raises an error of a nested parser with the path of the place it sits in. */
function within<T>(path: Path, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof NumbError)) throw error;
    throw placedWithin(error, path);
  }
}

/** Checks a saved assessment from outside (an import). */
export function parseSavedAssessment(
  input: unknown,
  path: Path = [],
  knowledge: Knowledge = defaultKnowledge,
): SavedAssessment {
  const fields = fieldsOf(input, path, ASSESSMENT_FIELDS, 'error.entry.assessment');
  const at = (key: string): Path => [...path, key];
  const taken = parseInstant(fields.takenAt, at('takenAt'));
  return {
    id: parseId(fields.id, at('id')),
    takenAt: taken.instant,
    utcOffsetMinutes: parseOffset(fields.utcOffsetMinutes, taken.offsetMinutes, at('utcOffsetMinutes')),
    answers: within(at('answers'), () => parseAnswers(fields.answers, knowledge)),
    assessment: parseAssessmentSnapshot(fields.assessment, at('assessment')),
  };
}

/** Assesses answers and makes the diary entry that saves them with their result. */
export function newSavedAssessment(
  answersInput: unknown,
  defaults: EntryDefaults,
  knowledge: Knowledge = defaultKnowledge,
): SavedAssessment {
  const answers = parseAnswers(answersInput, knowledge);
  return {
    id: defaults.id,
    takenAt: parseInstant(defaults.now, ['takenAt']).instant,
    utcOffsetMinutes: defaults.utcOffsetMinutes,
    answers,
    assessment: assess(answers, knowledge),
  };
}

const BCTQ_ITEMS = [...bctq.symptomSeverity.items, ...bctq.functionalStatus.items];

function parseBctqAnswers(value: unknown, path: Path): { answers: BctqAnswers; scores: BctqResult } {
  if (!isRecord(value)) throw bad('NUMB_BAD_ENTRY', path, words('error.expected.bctqAnswers'), value);
  const scores = within(path, () => scoreBctq(value));
  const answers: BctqAnswers = {};
  for (const item of BCTQ_ITEMS) {
    const score = value[item.id];
    if (typeof score === 'number' || score === null) answers[item.id] = score;
  }
  return { answers, scores };
}

/** Checks a BCTQ entry from outside; its scores are recomputed from the answers. */
export function parseBctqRecord(input: unknown, path: Path = []): BctqRecord {
  const fields = fieldsOf(input, path, BCTQ_FIELDS, 'error.entry.bctq');
  const at = (key: string): Path => [...path, key];
  const taken = parseInstant(fields.takenAt, at('takenAt'));
  return {
    id: parseId(fields.id, at('id')),
    takenAt: taken.instant,
    utcOffsetMinutes: parseOffset(fields.utcOffsetMinutes, taken.offsetMinutes, at('utcOffsetMinutes')),
    ...parseBctqAnswers(fields.answers, at('answers')),
  };
}

/** A new BCTQ entry from answers (item id → 1–5, or null for skipped). */
export function newBctqRecord(answersInput: unknown, defaults: EntryDefaults): BctqRecord {
  return parseBctqRecord(withEntryDefaults({ answers: answersInput }, defaults, 'takenAt'));
}
