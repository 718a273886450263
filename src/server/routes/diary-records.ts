/**
 * The rest of the diary over HTTP: saved assessments and BCTQ scores, insights, the doctor summary, export, import
 * and delete-all. What each does is src/diary-service/records.ts; export, a download, is the server's own.
 */
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import {
  AssessmentListSchema,
  answersSchema,
  BctqListSchema,
  BctqRecordShared,
  DELETE_CONFIRMATION,
  DeleteAllRequestSchema,
  DeleteAllResultSchema,
  DiaryDocumentShared,
  type ExportQuery,
  ExportQuerySchema,
  errorResponses,
  ImportResultSchema,
  type InsightsQuery,
  InsightsQuerySchema,
  InsightsSchema,
  type ListQuery,
  listQuerySchema,
  SaveAssessmentRequestSchema,
  SaveBctqRequestSchema,
  SavedAssessmentShared,
  type SummaryQuery,
  SummaryQuerySchema,
  SummarySchema,
} from '../../api/index.ts';
import { diaryCsv } from '../../diary/index.ts';
import {
  deleteEverything,
  fhirExportOf,
  importInto,
  insightsOf,
  listAssessmentPage,
  listBctqPage,
  PAGE_SIZES,
  saveAssessmentOf,
  saveBctqOf,
  summaryOf,
} from '../../diary-service/index.ts';
import type { DiaryContext } from './diary.ts';
import { ANY_BODY, checkedInHandler } from './diary-input.ts';
import { FHIR_JSON } from './fhir.ts';

/**
 * The largest diary export `POST /api/v1/import` takes. Ten years of daily episodes with a run every other day
 * (src/diary/sample-diary.ts) export to 2.2 MB of JSON as `numbcheck diary export` writes it; a saved assessment is
 * about 14 KB, so ten years of weekly assessments add 7.2 MB. 16 MiB holds both with room.
 */
export const IMPORT_BODY_LIMIT = 16 * 1024 * 1024;

export const CSV_FILE_NAME = 'numbcheck-diary.csv';
export const JSON_FILE_NAME = 'numbcheck-diary.json';

/** The FHIR export's file name, dated by the UTC day it was made: `numbcheck-fhir-2026-11-30.json`. */
export function fhirFileName(now: Date): string {
  return `numbcheck-fhir-${now.toISOString().slice(0, 10)}.json`;
}

export async function recordRoutes(app: FastifyInstance, diary: DiaryContext): Promise<void> {
  const { diaryOf, knowledge } = diary;

  app.post(
    '/api/v1/diary/assessments',
    {
      schema: {
        operationId: 'saveAssessment',
        tags: ['diary'],
        summary: 'Assess answers and save them with the result',
        description:
          'numbcheck assesses the answers itself (as `POST /api/v1/assessments`) and saves the answers, the result ' +
          'and the time. `utcOffsetMinutes` is the person’s offset now (default 0).',
        body: ANY_BODY,
        response: { 201: SavedAssessmentShared.ref, ...errorResponses(400, 409, 413, 415, 503) },
      },
      config: checkedInHandler(
        Type.Object(
          { ...SaveAssessmentRequestSchema.properties, answers: answersSchema(knowledge) },
          {
            additionalProperties: false,
          },
        ),
      ),
    },
    async (request, reply) =>
      reply.code(201).send(await saveAssessmentOf(diaryOf(request), request.body, diary)),
  );

  app.get<{ Querystring: ListQuery }>(
    '/api/v1/diary/assessments',
    {
      schema: {
        operationId: 'listSavedAssessments',
        tags: ['diary'],
        summary: 'List saved assessments',
        description:
          'One page, as `GET /api/v1/episodes`; pages are smaller, as each carries a whole assessment.',
        querystring: listQuerySchema(PAGE_SIZES.assessments),
        response: { 200: AssessmentListSchema, ...errorResponses(400, 503) },
      },
    },
    async (request) => listAssessmentPage(diaryOf(request), request.query),
  );

  app.post(
    '/api/v1/diary/bctq',
    {
      schema: {
        operationId: 'saveBctq',
        tags: ['diary'],
        summary: 'Save Boston Carpal Tunnel Questionnaire answers',
        description:
          'Item id → 1 to 5 (null or left out: skipped); numbcheck scores both scales. `GET ' +
          '/api/v1/bctq/questionnaire` lists the items.',
        body: ANY_BODY,
        response: { 201: BctqRecordShared.ref, ...errorResponses(400, 409, 413, 415, 503) },
      },
      config: checkedInHandler(SaveBctqRequestSchema),
    },
    async (request, reply) => reply.code(201).send(await saveBctqOf(diaryOf(request), request.body, diary)),
  );

  app.get<{ Querystring: ListQuery }>(
    '/api/v1/diary/bctq',
    {
      schema: {
        operationId: 'listBctq',
        tags: ['diary'],
        summary: 'List saved BCTQ answers and scores',
        description: 'One page, as `GET /api/v1/episodes`.',
        querystring: listQuerySchema(PAGE_SIZES.bctq),
        response: { 200: BctqListSchema, ...errorResponses(400, 503) },
      },
    },
    async (request) => listBctqPage(diaryOf(request), request.query),
  );

  app.get<{ Querystring: InsightsQuery }>(
    '/api/v1/insights',
    {
      schema: {
        operationId: 'getInsights',
        tags: ['diary'],
        summary: 'Patterns, trend, comparisons and changes',
        description:
          'As `numbcheck diary stats --json`: each part with its `text`. Comparisons compare episode rates with ' +
          'and without an intervention; they never claim a cause.',
        querystring: InsightsQuerySchema,
        response: { 200: InsightsSchema, ...errorResponses(400, 503) },
      },
    },
    async (request) =>
      insightsOf(diaryOf(request), request.query, diary.now(), {
        knowledge: diary.knowledgeIn(request.language),
        language: request.language,
      }),
  );

  app.get<{ Querystring: SummaryQuery }>(
    '/api/v1/summary',
    {
      schema: {
        operationId: 'getSummary',
        tags: ['diary'],
        summary: 'The diary summary of a period, for the doctor report',
        description: 'Default period: the 90 days up to now.',
        querystring: SummaryQuerySchema,
        response: { 200: SummarySchema, ...errorResponses(400, 503) },
      },
    },
    async (request) =>
      summaryOf(diaryOf(request), request.query, diary.now(), {
        knowledge: diary.knowledgeIn(request.language),
        language: request.language,
      }),
  );

  app.get<{ Querystring: ExportQuery }>(
    '/api/v1/export',
    {
      schema: {
        operationId: 'exportDiary',
        tags: ['diary'],
        summary: 'Export the whole diary',
        description:
          '`format=json` (default): the document `POST /api/v1/import` reads back. `format=csv`: one table for a ' +
          'spreadsheet (`text/csv`), which does not import. `format=fhir`: a FHIR R4 Bundle for a doctor’s system ' +
          '(`application/fhir+json`), the doctor report of the 90 days up to now first, in the language of the ' +
          'request (docs/fhir.md); `numbcheck diary import` reads it back. All come as a download ' +
          '(`Content-Disposition`).',
        querystring: ExportQuerySchema,
        response: {
          200: {
            description: 'The diary',
            content: {
              'application/json': { schema: DiaryDocumentShared.ref },
              'text/csv': { schema: { type: 'string' } },
              'application/fhir+json': { schema: { type: 'object', description: 'A FHIR R4 Bundle' } },
            },
          },
          ...errorResponses(400, 503),
        },
      },
    },
    async (request, reply) => {
      const document = await diaryOf(request).export();
      if (request.query.format === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${CSV_FILE_NAME}"`)
          .send(diaryCsv(document));
      }
      if (request.query.format === 'fhir') {
        const now = diary.now();
        const bundle = fhirExportOf(document, now, {
          language: request.language,
          knowledge: diary.knowledgeIn(request.language),
        });
        return reply
          .type(FHIR_JSON)
          .header('content-disposition', `attachment; filename="${fhirFileName(now)}"`)
          .send(JSON.stringify(bundle));
      }
      return reply.header('content-disposition', `attachment; filename="${JSON_FILE_NAME}"`).send(document);
    },
  );

  app.post(
    '/api/v1/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        operationId: 'importDiary',
        tags: ['diary'],
        summary: 'Import a JSON export',
        description:
          'The body is the JSON export, or the FHIR Bundle of `GET /api/v1/export?format=fhir` (sent as ' +
          '`application/json`), read back entry for entry. ' +
          `All or nothing: the document is checked whole first, and a bad one changes nothing (the error's \`path\` ` +
          'points at the first problem, for example `["episodes", 3, "severity"]`). Entries whose id the diary ' +
          `already has are skipped, never overwritten. Bodies up to ${IMPORT_BODY_LIMIT / 1024 / 1024} MiB.`,
        body: ANY_BODY,
        response: { 200: ImportResultSchema, ...errorResponses(400, 413, 415, 503) },
      },
      config: checkedInHandler(DiaryDocumentShared.ref),
    },
    async (request) => importInto(diaryOf(request), request.body, knowledge),
  );

  app.delete(
    '/api/v1/diary',
    {
      schema: {
        operationId: 'deleteDiary',
        tags: ['diary'],
        summary: 'Delete every entry',
        description: `Cannot be undone: the body must be \`{ "confirm": "${DELETE_CONFIRMATION}" }\`. Export first to keep a copy.`,
        body: ANY_BODY,
        response: { 200: DeleteAllResultSchema, ...errorResponses(400, 415, 503) },
      },
      config: checkedInHandler(DeleteAllRequestSchema),
    },
    async (request) => deleteEverything(diaryOf(request), request.body),
  );
}
