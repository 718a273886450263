import {
  type BctqRecord,
  canonicalHandMap,
  type Episode,
  EXPOSURE_KINDS,
  type Exposure,
  parseAssessmentSnapshot,
  parseBctqRecord,
  type SavedAssessment,
} from '../diary/index.ts';
import type { Answers, AnswerValue, YesNoAnswer } from '../engine/index.ts';
import { parseHandMap } from '../engine/index.ts';
import {
  DamagedRow,
  instant,
  integer,
  json,
  nullableInteger,
  nullableText,
  strings,
  text,
} from './columns.ts';
import type { SqlRow, SqlValue } from './sql-driver.ts';

/**
 * Rows to entries and back. Reading does not re-validate against the current knowledge base: an episode logged with
 * a symptom a later knowledge version renamed must still load. It checks only that each value has its type, and
 * a row that does not is reported as a damaged database.
 */

export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

export const EPISODE_COLUMNS =
  'id, started_at, utc_offset_minutes, duration_minutes, hand_map, activities, severity, symptoms, interventions, exposure_id, note';

export function episodeParams(owner: string, e: Episode): SqlValue[] {
  return [
    owner,
    e.id,
    e.startedAt,
    e.utcOffsetMinutes,
    e.durationMinutes,
    toJson(e.handMap),
    toJson(e.activities),
    e.severity,
    toJson(e.symptoms),
    toJson(e.interventions),
    e.exposureId,
    e.note,
  ];
}

export function episodeFromRow(row: SqlRow): Episode {
  const t = 'episodes';
  return {
    id: text(row, t, 'id'),
    startedAt: instant(row, t, 'started_at'),
    utcOffsetMinutes: integer(row, t, 'utc_offset_minutes'),
    durationMinutes: nullableInteger(row, t, 'duration_minutes'),
    handMap: canonicalHandMap(parseHandMap(json(row, t, 'hand_map'), ['hand_map'])),
    activities: strings(row, t, 'activities'),
    severity: nullableInteger(row, t, 'severity'),
    symptoms: strings(row, t, 'symptoms'),
    interventions: strings(row, t, 'interventions'),
    exposureId: nullableText(row, t, 'exposure_id'),
    note: text(row, t, 'note'),
  };
}

export const EXPOSURE_COLUMNS =
  'id, kind, started_at, utc_offset_minutes, duration_minutes, interventions, episode_count, note';

export function exposureParams(owner: string, x: Exposure): SqlValue[] {
  return [
    owner,
    x.id,
    x.kind,
    x.startedAt,
    x.utcOffsetMinutes,
    x.durationMinutes,
    toJson(x.interventions),
    x.episodeCount,
    x.note,
  ];
}

export function exposureFromRow(row: SqlRow): Exposure {
  const t = 'exposures';
  const kind = EXPOSURE_KINDS.find((k) => k === row.kind);
  if (kind === undefined) throw new DamagedRow(t, 'kind', row.kind);
  return {
    id: text(row, t, 'id'),
    kind,
    startedAt: instant(row, t, 'started_at'),
    utcOffsetMinutes: integer(row, t, 'utc_offset_minutes'),
    durationMinutes: nullableInteger(row, t, 'duration_minutes'),
    interventions: strings(row, t, 'interventions'),
    episodeCount: integer(row, t, 'episode_count'),
    note: text(row, t, 'note'),
  };
}

export const ASSESSMENT_COLUMNS =
  'id, taken_at, utc_offset_minutes, knowledge_version, triage_level, answers, assessment';

export function assessmentParams(owner: string, a: SavedAssessment): SqlValue[] {
  return [
    owner,
    a.id,
    a.takenAt,
    a.utcOffsetMinutes,
    a.assessment.knowledgeVersion,
    a.assessment.triage.level,
    toJson(a.answers),
    toJson(a.assessment),
  ];
}

function isYesNo(value: unknown): value is YesNoAnswer {
  return value === 'present' || value === 'absent' || value === 'unknown';
}

/** Stored answers, checked for the shape of an answer only (the questions may have changed since). */
function answersOf(value: unknown): Answers {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new DamagedRow('assessments', 'answers', value);
  const answers: Answers = {};
  for (const [id, answer] of Object.entries(value)) answers[id] = answerValue(id, answer);
  return answers;
}

function answerValue(id: string, value: unknown): AnswerValue {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (Array.isArray(value)) {
    return value.map((item) => {
      if (typeof item !== 'string') throw new DamagedRow('assessments', 'answers', value);
      return item;
    });
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.every(([, v]) => isYesNo(v))) {
      const partial: Record<string, YesNoAnswer> = {};
      for (const [k, v] of entries) if (isYesNo(v)) partial[k] = v;
      return partial;
    }
    return parseHandMap(value, [id]);
  }
  throw new DamagedRow('assessments', 'answers', value);
}

export function assessmentFromRow(row: SqlRow): SavedAssessment {
  const t = 'assessments';
  return {
    id: text(row, t, 'id'),
    takenAt: instant(row, t, 'taken_at'),
    utcOffsetMinutes: integer(row, t, 'utc_offset_minutes'),
    answers: answersOf(json(row, t, 'answers')),
    assessment: parseAssessmentSnapshot(json(row, t, 'assessment'), ['assessment']),
  };
}

export const BCTQ_COLUMNS = 'id, taken_at, utc_offset_minutes, answers, symptom_severity, functional_status';

export function bctqParams(owner: string, b: BctqRecord): SqlValue[] {
  return [
    owner,
    b.id,
    b.takenAt,
    b.utcOffsetMinutes,
    toJson(b.answers),
    b.scores.symptomSeverity,
    b.scores.functionalStatus,
  ];
}

export function bctqFromRow(row: SqlRow): BctqRecord {
  const t = 'bctq_scores';
  // The scores are recomputed from the answers: BCTQ scoring is fixed by the instrument, so they cannot drift.
  return parseBctqRecord({
    id: text(row, t, 'id'),
    takenAt: instant(row, t, 'taken_at'),
    utcOffsetMinutes: integer(row, t, 'utc_offset_minutes'),
    answers: json(row, t, 'answers'),
  });
}

/** `?, ?, ?` for a statement with `count` parameters. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}
