import type { HandMapAnswer } from '../engine/index.ts';
import type { Diary } from './document.ts';
import { sortDiary } from './document.ts';
import { episodeSide } from './episode.ts';
import { formatLocal, formatOffset } from './time.ts';

/**
 * The diary as one CSV table for a spreadsheet: one row per entry, the `kind` column saying which (episode,
 * exposure, assessment, bctq), lists joined with `;`. Written to RFC 4180: comma-separated, CRLF line ends, a field
 * quoted when it holds a comma, a quote, a line break or edge spaces, quotes doubled. CSV is for reading; JSON is the
 * format that imports back.
 */

export const CSV_COLUMNS = [
  'kind',
  'id',
  'time_utc',
  'utc_offset',
  'local_time',
  'duration_minutes',
  'hand',
  'left_palm',
  'left_back',
  'left_arm',
  'right_palm',
  'right_back',
  'right_arm',
  'activities',
  'severity',
  'symptoms',
  'interventions',
  'exposure_id',
  'exposure_kind',
  'episode_count',
  'triage_level',
  'top_cause',
  'bctq_symptom_severity',
  'bctq_functional_status',
  'note',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number | null>>;

/** One field, quoted when it needs to be. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  if (/[",\r\n]/.test(text) || text !== text.trim()) return `"${text.replaceAll('"', '""')}"`;
  return text;
}

/**
 * Free text as a spreadsheet should show it: a leading `=`, `+`, `-` or `@` would make a spreadsheet run the note as
 * a formula (CSV injection), so such a note gets a leading apostrophe, which spreadsheets hide.
 */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function list(items: readonly string[] | undefined): string {
  return (items ?? []).join(';');
}

function handColumns(map: HandMapAnswer): Row {
  return {
    left_palm: list(map.left?.palm),
    left_back: list(map.left?.back),
    left_arm: list(map.left?.arm),
    right_palm: list(map.right?.palm),
    right_back: list(map.right?.back),
    right_arm: list(map.right?.arm),
  };
}

function time(instant: string, offset: number): Row {
  return { time_utc: instant, utc_offset: formatOffset(offset), local_time: formatLocal(instant, offset) };
}

/** The diary as CSV text, oldest first within each kind: episodes, exposures, assessments, then BCTQ. */
export function diaryCsv(diary: Diary): string {
  const sorted = sortDiary(diary);
  const rows: Row[] = [
    ...sorted.episodes.map(
      (e): Row => ({
        kind: 'episode',
        id: e.id,
        ...time(e.startedAt, e.utcOffsetMinutes),
        duration_minutes: e.durationMinutes,
        hand: episodeSide(e),
        ...handColumns(e.handMap),
        activities: list(e.activities),
        severity: e.severity,
        symptoms: list(e.symptoms),
        interventions: list(e.interventions),
        exposure_id: e.exposureId,
        note: safeText(e.note),
      }),
    ),
    ...sorted.exposures.map(
      (x): Row => ({
        kind: 'exposure',
        id: x.id,
        ...time(x.startedAt, x.utcOffsetMinutes),
        duration_minutes: x.durationMinutes,
        interventions: list(x.interventions),
        exposure_kind: x.kind,
        episode_count: x.episodeCount,
        note: safeText(x.note),
      }),
    ),
    ...sorted.assessments.map(
      (a): Row => ({
        kind: 'assessment',
        id: a.id,
        ...time(a.takenAt, a.utcOffsetMinutes),
        triage_level: a.assessment.triage.level,
        top_cause: a.assessment.causes[0]?.id ?? null,
      }),
    ),
    ...sorted.bctq.map(
      (b): Row => ({
        kind: 'bctq',
        id: b.id,
        ...time(b.takenAt, b.utcOffsetMinutes),
        bctq_symptom_severity: b.scores.symptomSeverity,
        bctq_functional_status: b.scores.functionalStatus,
      }),
    ),
  ];
  const lines = [
    CSV_COLUMNS.join(','),
    ...rows.map((row) => CSV_COLUMNS.map((c) => csvField(row[c])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
