/**
 * The diary that lives in the browser: the same calls as the server's diary (`diaryClient`, web/src/api/diary.ts),
 * answered here by the diary's own operations (src/diary-service) over a store in the browser. Insights, the doctor
 * summary and the danger check are the pure code the server runs. A call resolves only once the store has resolved
 * its write, so nothing the app says is saved is still on its way; a failure is the same ApiError the server's reply
 * would have made, in the app's language.
 */
import {
  DEFAULT_OWNER,
  type DiaryServiceContext,
  type DiaryStore,
  deleteEverything,
  fhirExportOf,
  importInto,
  insightsOf,
  listEpisodePage,
  listExposurePage,
  logEpisode,
  logEpisodeAgain,
  logExposure,
  ownerDiary,
  readEpisode,
  removeEpisode,
  replaceEpisode,
  saveAssessmentOf,
  saveBctqOf,
  summaryOf,
} from '../../../src/diary-service/index.ts';
import { messageOf, NumbError } from '../../../src/errors.ts';
import { knowledge } from '../../../src/knowledge/index.ts';
import { readable } from '../knowledge-words.ts';
import { webLanguage } from '../language.ts';
import { ApiError } from './client.ts';
import type { DiaryClient } from './diary.ts';

/**
 * A NumbError as the ApiError its reply would have made: status, code, message in the app's language, path. The
 * browser's store being unavailable (another tab holds it, no private file system) is no server's answer: status 0,
 * so that the person reads why, not that this mode has no diary.
 */
export function asApiError(error: unknown): unknown {
  if (!(error instanceof NumbError)) return error;
  const status = error.code === 'NUMB_STORE_UNAVAILABLE' ? 0 : error.status;
  return new ApiError(status, error.code, messageOf(error, webLanguage()), [...error.path]);
}

/**
 * The answer of an operation as the server's reply would carry it: through JSON (so that the screens hold a copy,
 * never the store's objects, and fields left undefined are gone), typed by the route's schema as `request` types it.
 */
async function answered<Reply>(work: () => Promise<unknown>): Promise<Reply> {
  let answer: unknown;
  try {
    answer = await work();
  } catch (error) {
    throw asApiError(error);
  }
  return (answer === undefined ? null : JSON.parse(JSON.stringify(answer))) as Reply;
}

export interface LocalDiaryOptions {
  /** The clock; default the system's. */
  now?: () => Date;
  /** New entry ids; default random UUIDs. */
  newId?: () => string;
}

/** The diary calls over `store`, for the one person of this browser. */
export function localDiaryClient(store: DiaryStore, options: LocalDiaryOptions = {}): DiaryClient {
  const diary = ownerDiary(store, DEFAULT_OWNER);
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => crypto.randomUUID());
  const context: DiaryServiceContext = {
    knowledge,
    now,
    defaults: (utcOffsetMinutes = 0) => ({ id: newId(), now: now().toISOString(), utcOffsetMinutes }),
  };
  const told = () => ({ knowledge: readable().knowledge, language: webLanguage() });
  return {
    episodes: (list = {}) => answered(() => listEpisodePage(diary, list)),
    episode: (id) => answered(() => readEpisode(diary, id)),
    addEpisode: (input) => answered(() => logEpisode(diary, input, context)),
    updateEpisode: (id, input) => answered(() => replaceEpisode(diary, id, { ...input, id }, context)),
    deleteEpisode: async (id) => {
      await answered<null>(() => removeEpisode(diary, id));
    },
    repeatEpisode: (id, body) => answered(() => logEpisodeAgain(diary, id, body, context)),
    exposures: (list = {}) => answered(() => listExposurePage(diary, list)),
    addExposure: (input) => answered(() => logExposure(diary, input, context)),
    saveAssessment: (body) => answered(() => saveAssessmentOf(diary, body, context)),
    questionnaire: () => answered(async () => readable().bctq),
    saveBctq: (body) => answered(() => saveBctqOf(diary, body, context)),
    insights: (parameters = {}) => answered(() => insightsOf(diary, parameters, now(), told())),
    summary: (parameters = {}) => answered(() => summaryOf(diary, parameters, now(), told())),
    importDocument: (document) => answered(() => importInto(diary, document, knowledge)),
    exportDocument: () => answered(() => diary.export()),
    exportFhir: () => answered(async () => fhirExportOf(await diary.export(), now(), told())),
    deleteAll: (body) => answered(() => deleteEverything(diary, body)),
  };
}
