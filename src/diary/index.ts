/**
 * The diary: episodes, exposure periods, saved assessments and BCTQ scores, and the insights drawn from them. Pure
 * functions with no I/O and no clock (the current time is passed in), so the server, the CLI and the browser share
 * them. Storage is `src/store/`.
 */
export { parseAssessmentSnapshot } from './assessment-snapshot.ts';
export { type Change, type ChangeKind, type ChangeReport, changesWorthALook } from './changes.ts';
export { CSV_COLUMNS, csvField, diaryCsv } from './csv.ts';
export {
  answersFromFindings,
  checkEpisode,
  type EpisodeCheck,
  episodeFindings,
  reasonsOf,
} from './danger-check.ts';
export {
  DIARY_FORMAT,
  DIARY_FORMAT_VERSION,
  type Diary,
  type DiaryDocument,
  EMPTY_DIARY,
  parseDiaryDocument,
  sortDiary,
  toDocument,
} from './document.ts';
export {
  canonicalHandMap,
  type EntryDefaults,
  type Episode,
  type EpisodeSide,
  episodeSide,
  MAX_NOTE_LENGTH,
  newEpisode,
  parseEpisode,
  repeatEpisode,
  symptomIds,
} from './episode.ts';
export { type Exposure, newExposure, parseExposure } from './exposure.ts';
export {
  type AssessmentHistory,
  type AssessmentPoint,
  assessmentHistory,
  type BctqHistory,
  type BctqPoint,
  bctqHistory,
  compareInterventions,
  episodesPerExposure,
  type InterventionComparison,
  MIN_PERIODS_PER_SIDE,
  type Patterns,
  patterns,
  placeName,
  savedCauseName,
  type Trend,
  trend,
  type WeekCount,
  weeklyCounts,
} from './insights.ts';
export { differenceDirection, type MeanDifference, welchDifference } from './mean-difference.ts';
export { describeRatio, formatRatio, poissonRateRatio, type RateRatio } from './rate-ratio.ts';
export {
  type BctqRecord,
  newBctqRecord,
  newSavedAssessment,
  parseBctqRecord,
  parseSavedAssessment,
  type SavedAssessment,
} from './records.ts';
export { type SampleOptions, sampleDiary } from './sample-diary.ts';
export {
  compareSeverity,
  EPISODE_FREQUENCY_NOTE,
  type InterventionsTried,
  interventionsTried,
  MIN_RATED_PER_SIDE,
  type SeverityComparison,
  type SeveritySide,
} from './severity-comparison.ts';
export {
  COMPARISON_NOTICE,
  type DiaryCounts,
  type DiarySummary,
  diaryCounts,
  diaryInsights,
  diarySummary,
  type InsightOptions,
  type Insights,
  type Period,
  parsePeriod,
} from './summary.ts';
export { formatLocal, formatOffset, parseInstant } from './time.ts';
export { checkText, isEntryId, isRecord, LIMITS } from './validate.ts';
export {
  ACTIVITIES,
  activityLabel,
  activityLabelIn,
  EXPOSURE_KINDS,
  EXPOSURE_WORDS,
  type ExposureKind,
  exposureWords,
  INTERVENTIONS,
  interventionLabel,
  interventionLabelIn,
} from './vocabulary.ts';
