/**
 * The diary's calls: episodes, exposure periods, saved assessments, the BCTQ, insights, the doctor summary, import
 * and delete-all. Requests and replies are the API's schemas' types (src/api), so that a field changed there fails
 * the web app's type check here.
 */
import type { Static } from 'typebox';
import type {
  BctqQuestionnaireSchema,
  BctqRecordShared,
  DeleteAllRequestSchema,
  DeleteAllResultSchema,
  DiaryDocumentShared,
  EpisodeInputSchema,
  EpisodeListSchema,
  EpisodeShared,
  EpisodeWithCheckSchema,
  ExposureInputSchema,
  ExposureListSchema,
  ExposureOneSchema,
  ImportResultSchema,
  InsightsQuery,
  InsightsSchema,
  ListQuery,
  RepeatRequestSchema,
  SaveAssessmentRequestSchema,
  SaveBctqRequestSchema,
  SavedAssessmentShared,
  SummaryQuery,
  SummarySchema,
} from '../../../src/api/index.ts';
import { type ApiTransport, request } from './client.ts';

export type EpisodeInput = Static<typeof EpisodeInputSchema>;
export type EpisodeWithCheck = Static<typeof EpisodeWithCheckSchema>;
export type ExposureInput = Static<typeof ExposureInputSchema>;
export type ImportResult = Static<typeof ImportResultSchema>;
export type DeleteAllRequest = Static<typeof DeleteAllRequestSchema>;
export type EntryCounts = ImportResult['added'];
export type BctqScores = Static<typeof BctqRecordShared.schema>['scores'];
export type BctqQuestionnaire = Static<typeof BctqQuestionnaireSchema>;

/** A query string of the parameters given. */
function query(parameters: Record<string, string | undefined>): string {
  const entries = Object.entries(parameters).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );
  return entries.length === 0 ? '' : `?${new URLSearchParams(entries)}`;
}

const entry = (path: string, id: string): string => `${path}/${encodeURIComponent(id)}`;

/** The diary's calls over `transport`. */
export function diaryClient(transport: ApiTransport) {
  return {
    /** One page of episodes. */
    episodes: (list: ListQuery = {}) =>
      request<Static<typeof EpisodeListSchema>>(transport, 'GET', `/episodes${query(list)}`),
    episode: (id: string) =>
      request<Static<typeof EpisodeShared.schema>>(transport, 'GET', entry('/episodes', id)),
    /** Saves a new episode; the reply carries its danger check. */
    addEpisode: (input: EpisodeInput) => request<EpisodeWithCheck>(transport, 'POST', '/episodes', input),
    updateEpisode: (id: string, input: EpisodeInput) =>
      request<EpisodeWithCheck>(transport, 'PUT', entry('/episodes', id), { ...input, id }),
    deleteEpisode: async (id: string): Promise<void> => {
      await request<null>(transport, 'DELETE', entry('/episodes', id));
    },
    /** Logs an episode again, as it was, now. */
    repeatEpisode: (id: string, body: Static<typeof RepeatRequestSchema>) =>
      request<EpisodeWithCheck>(transport, 'POST', `${entry('/episodes', id)}/repeat`, body),
    /** One page of exposure periods. */
    exposures: (list: ListQuery = {}) =>
      request<Static<typeof ExposureListSchema>>(transport, 'GET', `/exposures${query(list)}`),
    addExposure: (input: ExposureInput) =>
      request<Static<typeof ExposureOneSchema>>(transport, 'POST', '/exposures', input),
    /** Assesses the answers on the server and keeps them with the result. */
    saveAssessment: (body: Static<typeof SaveAssessmentRequestSchema>) =>
      request<Static<typeof SavedAssessmentShared.schema>>(transport, 'POST', '/diary/assessments', body),
    questionnaire: () => request<BctqQuestionnaire>(transport, 'GET', '/bctq/questionnaire'),
    /** Saves BCTQ answers; the reply carries the scores. */
    saveBctq: (body: Static<typeof SaveBctqRequestSchema>) =>
      request<Static<typeof BctqRecordShared.schema>>(transport, 'POST', '/diary/bctq', body),
    insights: (parameters: InsightsQuery = {}) =>
      request<Static<typeof InsightsSchema>>(transport, 'GET', `/insights${query(parameters)}`),
    summary: (parameters: SummaryQuery = {}) =>
      request<Static<typeof SummarySchema>>(transport, 'GET', `/summary${query(parameters)}`),
    /** Adds a diary export's entries; those the diary already has are skipped. */
    importDocument: (document: unknown) => request<ImportResult>(transport, 'POST', '/import', document),
    /** The whole diary as the JSON document `importDocument` reads back. */
    exportDocument: () => request<Static<typeof DiaryDocumentShared.schema>>(transport, 'GET', '/export'),
    /** The diary as a FHIR R4 Bundle for a doctor's system, in the app's language (docs/fhir.md). */
    exportFhir: () => request<object>(transport, 'GET', '/export?format=fhir'),
    deleteAll: (body: DeleteAllRequest) =>
      request<Static<typeof DeleteAllResultSchema>>(transport, 'DELETE', '/diary', body),
  };
}

export type DiaryClient = ReturnType<typeof diaryClient>;
