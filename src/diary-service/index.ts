/**
 * What the diary does for a request, between its transport and its store: reading a body into entries, the danger
 * check, pages and their cursors, the periods of insights and summaries, import, and the confirmation of
 * delete-all. The server's routes (src/server/routes/diary*.ts) and the diary that lives in the browser
 * (web/src/api/local-diary.ts) both call it, so that each thing is done one way. Pure code over a store's
 * `OwnerDiary`: it runs in Node and in the browser alike.
 */
export type { OwnerDiary } from '../store/owner-diary.ts';
export { ownerDiary } from '../store/owner-diary.ts';
export { DEFAULT_OWNER, type DiaryStore, type EntryCounts, type ImportResult } from '../store/store.ts';
export type { DiaryServiceContext } from './context.ts';
export {
  type EpisodeWithCheck,
  listEpisodePage,
  logEpisode,
  logEpisodeAgain,
  readEpisode,
  removeEpisode,
  replaceEpisode,
} from './episodes.ts';
export { listExposurePage, logExposure, readExposure, removeExposure, replaceExposure } from './exposures.ts';
export {
  bodyObject,
  DEFAULT_SUMMARY_DAYS,
  isRecord,
  notFound,
  onlyFields,
  parseOffsetParameter,
  parseSummaryPeriod,
  parseTimeParameter,
  replacement,
} from './input.ts';
export { decodeCursor, encodeCursor } from './list-cursor.ts';
export {
  type AssessmentPage,
  type BctqPage,
  type EpisodePage,
  type ExposurePage,
  listPage,
  PAGE_SIZES,
  type Page,
  type PageSize,
  parseListQuery,
} from './list-page.ts';
export {
  deleteEverything,
  fhirExportOf,
  importInto,
  insightsOf,
  listAssessmentPage,
  listBctqPage,
  saveAssessmentOf,
  saveBctqOf,
  summaryOf,
  type ToldIn,
} from './records.ts';
