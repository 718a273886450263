import { bad, words } from '../errors.ts';
import { formatCalendarDay, formatDate } from '../format/index.ts';
import { knowledge as defaultKnowledge, type Knowledge } from '../knowledge/index.ts';
import { catalogOf, type Language, localeOf, translator } from '../messages/index.ts';
import { type ChangeReport, changesWorthALook } from './changes.ts';
import type { Diary } from './document.ts';
import {
  type AssessmentHistory,
  assessmentHistory,
  type BctqHistory,
  bctqHistory,
  compareInterventions,
  type InterventionComparison,
  type Patterns,
  patterns,
  type Trend,
  trend,
  type WeekCount,
  weeklyCounts,
} from './insights.ts';
import type { SavedAssessment } from './records.ts';
import { type InterventionsTried, interventionsTried } from './severity-comparison.ts';
import { DAY_MS, epochMs, localMs, parseInstant } from './time.ts';
import { isRecord } from './validate.ts';
import { countOf, EXPOSURE_KINDS, type ExposureKind } from './vocabulary.ts';

/** Said wherever a comparison is shown: numbcheck compares rates, it does not find causes. */
export const COMPARISON_NOTICE = catalogOf('en')['diary.comparisonNotice'];

export interface DiaryCounts {
  episodes: number;
  exposures: number;
  assessments: number;
  bctq: number;
}

/** How many entries of each kind a diary holds. */
export function diaryCounts(diary: Diary): DiaryCounts {
  return {
    episodes: diary.episodes.length,
    exposures: diary.exposures.length,
    assessments: diary.assessments.length,
    bctq: diary.bctq.length,
  };
}

/** The first moment the diary covers: its oldest entry of any kind, or null when it is empty. */
export function diaryStart(diary: Diary): string | null {
  let first: string | null = null;
  const see = (t: string) => {
    if (first === null || t < first) first = t;
  };
  for (const e of diary.episodes) see(e.startedAt);
  for (const x of diary.exposures) see(x.startedAt);
  for (const a of diary.assessments) see(a.takenAt);
  for (const b of diary.bctq) see(b.takenAt);
  return first;
}

/** The person's offset: the one of their latest episode, else UTC. */
function latestOffset(diary: Diary): number {
  let latest: { at: string; offset: number } | null = null;
  for (const e of diary.episodes) {
    if (latest === null || e.startedAt > latest.at) latest = { at: e.startedAt, offset: e.utcOffsetMinutes };
  }
  return latest?.offset ?? 0;
}

export interface InsightOptions {
  /** The current UTC instant: insights read no clock. */
  now: string;
  /** The person's UTC offset now; by default the offset of their latest episode. */
  utcOffsetMinutes?: number;
  knowledge?: Knowledge;
  /** The language of every sentence (the knowledge's own words stay as they are); English by default. */
  language?: Language;
}

/** Everything the diary shows as insight: `numbcheck diary stats` and `/api/v1/insights`. */
export interface Insights {
  now: string;
  counts: DiaryCounts;
  patterns: Patterns;
  trend: Trend;
  comparisons: InterventionComparison[];
  /** Severity of episodes logged with and without each intervention ticked on them. */
  interventions: InterventionsTried;
  assessments: AssessmentHistory;
  bctq: BctqHistory;
  changes: ChangeReport;
  notice: string;
}

/** The insights of a whole diary as of `now`. */
export function diaryInsights(diary: Diary, options: InsightOptions): Insights {
  const knowledge = options.knowledge ?? defaultKnowledge;
  const language = options.language ?? 'en';
  const offset = options.utcOffsetMinutes ?? latestOffset(diary);
  const diaryTrend = trend(diary.episodes, options.now, diaryStart(diary), offset, language);
  return {
    now: options.now,
    counts: diaryCounts(diary),
    patterns: patterns(diary.episodes, language),
    trend: diaryTrend,
    comparisons: compareInterventions(diary.exposures, diary.episodes, language),
    interventions: interventionsTried(diary.episodes, diary.exposures, language),
    assessments: assessmentHistory(diary.assessments, knowledge, language),
    bctq: bctqHistory(diary.bctq, language),
    changes: changesWorthALook(diary.episodes, diaryTrend, { now: options.now, knowledge, language }),
    notice: translator(language)('diary.comparisonNotice'),
  };
}

/** A stretch of time: from (included) to (not included), UTC instants. */
export interface Period {
  from: string;
  to: string;
}

/** Checks a period from outside (`{ from, to }`, ISO 8601 with a zone). */
export function parsePeriod(input: unknown): Period {
  if (!isRecord(input)) throw bad('NUMB_BAD_ENTRY', [], words('error.expected.fromAndTo'), input);
  const from = parseInstant(input.from, ['from']).instant;
  const to = parseInstant(input.to, ['to']).instant;
  if (epochMs(to) <= epochMs(from))
    throw bad('NUMB_BAD_ENTRY', ['to'], words('error.expected.timeAfter', { start: from }), input.to);
  return { from, to };
}

/** The diary summary of a period, for the printable doctor report. */
export interface DiarySummary {
  period: Period;
  counts: DiaryCounts;
  patterns: Patterns;
  /** Episodes per local week across the period, for the report's chart. */
  weeks: WeekCount[];
  comparisons: InterventionComparison[];
  /** Severity of the period's episodes logged with and without each intervention ticked on them. */
  interventions: InterventionsTried;
  /** Exposure periods logged, by kind. */
  exposures: { kind: ExposureKind; periods: number }[];
  assessments: AssessmentHistory;
  /** The latest assessment saved before the end of the period, even if it was taken before the period began. */
  latestAssessment: SavedAssessment | null;
  bctq: BctqHistory;
  /** Changes worth a doctor's look as of the end of the period. */
  changes: ChangeReport;
  /** The summary in sentences: the report's text, and what a screen reader reads for each chart. */
  text: string[];
  notice: string;
}

function inPeriod(t: string, period: Period): boolean {
  return t >= period.from && t < period.to;
}

/**
 * The diary summary of a period: what happened in it (patterns, weekly counts, comparisons, assessments, BCTQ) and
 * the changes worth a doctor's look as of its end, in `options.language` (English by default). Pure: the period's end
 * stands in for "now".
 */
export function diarySummary(
  diary: Diary,
  period: Period,
  options: { utcOffsetMinutes?: number; knowledge?: Knowledge; language?: Language } = {},
): DiarySummary {
  const knowledge = options.knowledge ?? defaultKnowledge;
  const language = options.language ?? 'en';
  const offset = options.utcOffsetMinutes ?? latestOffset(diary);
  const episodes = diary.episodes.filter((e) => inPeriod(e.startedAt, period));
  const exposures = diary.exposures.filter((x) => inPeriod(x.startedAt, period));
  const assessments = diary.assessments.filter((a) => inPeriod(a.takenAt, period));
  const bctq = diary.bctq.filter((b) => inPeriod(b.takenAt, period));
  const upToEnd = diary.episodes.filter((e) => e.startedAt < period.to);
  const endTrend = trend(
    upToEnd,
    new Date(epochMs(period.to) - 1).toISOString(),
    diaryStart(diary),
    offset,
    language,
  );
  const changes = changesWorthALook(upToEnd, endTrend, { now: period.to, knowledge, language });
  let latestAssessment: SavedAssessment | null = null;
  for (const a of diary.assessments) {
    if (a.takenAt < period.to && (latestAssessment === null || a.takenAt > latestAssessment.takenAt))
      latestAssessment = a;
  }
  const summary: DiarySummary = {
    period,
    counts: {
      episodes: episodes.length,
      exposures: exposures.length,
      assessments: assessments.length,
      bctq: bctq.length,
    },
    patterns: patterns(episodes, language),
    weeks: weeklyCounts(
      episodes,
      Math.floor(localMs(period.from, offset) / DAY_MS),
      Math.floor((localMs(period.to, offset) - 1) / DAY_MS),
    ),
    comparisons: compareInterventions(exposures, episodes, language),
    interventions: interventionsTried(episodes, diary.exposures, language),
    exposures: EXPOSURE_KINDS.map((kind) => ({
      kind,
      periods: exposures.filter((x) => x.kind === kind).length,
    })).filter((x) => x.periods > 0),
    assessments: assessmentHistory(assessments, knowledge, language),
    latestAssessment,
    bctq: bctqHistory(bctq, language),
    changes,
    text: [],
    notice: translator(language)('diary.comparisonNotice'),
  };
  summary.text = summaryText(summary, offset, knowledge, language);
  return summary;
}

function summaryText(s: DiarySummary, offset: number, knowledge: Knowledge, language: Language): string[] {
  const t = translator(language);
  const locale = localeOf(language);
  const logged = s.exposures.map((x) => countOf(x.kind, x.periods, language));
  const period = {
    from: formatDate(s.period.from, { locale, utcOffsetMinutes: offset }),
    to: formatDate(epochMs(s.period.to) - 1, { locale, utcOffsetMinutes: offset }),
    episodes: t('diary.episodes', { count: s.counts.episodes }),
  };
  const lines = [
    logged.length > 0
      ? t('diary.summary.periodLogged', { ...period, logged: logged.join(', ') })
      : t('diary.summary.period', period),
    ...s.patterns.text.slice(s.patterns.episodes === 0 ? 0 : 1),
  ];
  const weeksWithEpisodes = s.weeks.filter((w) => w.episodes > 0).length;
  // A period without episodes says so in its first line; "the most in one week was 0" would say nothing.
  if (s.weeks.length > 0 && weeksWithEpisodes > 0) {
    const busiest = s.weeks.reduce((a, b) => (b.episodes > a.episodes ? b : a));
    lines.push(
      t('diary.summary.weeks', {
        withEpisodes: weeksWithEpisodes,
        weeks: s.weeks.length,
        most: busiest.episodes,
        weekOf: formatCalendarDay(busiest.weekStart, { locale }),
      }),
    );
  }
  lines.push(...s.interventions.text);
  for (const c of s.comparisons) lines.push(c.text);
  if (s.comparisons.length > 0) lines.push(s.notice);
  if (s.changes.prompt) lines.push(s.changes.prompt);
  if (s.latestAssessment) {
    const a = s.latestAssessment;
    const guidance = knowledge.levels[a.assessment.triage.level];
    lines.push(
      t('diary.summary.latestAssessment', {
        date: formatDate(a.takenAt, { locale, utcOffsetMinutes: a.utcOffsetMinutes }),
        level: guidance?.title ?? a.assessment.triage.level,
      }),
    );
  }
  if (s.bctq.points.length > 0) lines.push(...s.bctq.text);
  return lines;
}
