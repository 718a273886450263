/**
 * The diary's HTTP API under /api/v1: episodes, exposure periods, saved assessments and BCTQ scores, insights, the
 * doctor summary, export, import and delete-all. The same operations as `numbcheck diary` (src/cli/commands/diary.ts).
 * Every body is checked whole by the diary's parsers before anything is written, so a failed request leaves the
 * store as it was. Each route works on the diary of whoever sent the request (`ownerOf`): the one person of this
 * machine, or the signed-in account on a server with accounts.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import {
  BctqQuestionnaireSchema,
  DIARY_SHARED_SCHEMAS,
  type EntryParams,
  EntryParamsSchema,
  ExposureInputSchema,
  ExposureListSchema,
  ExposureOneSchema,
  ExposureShared,
  errorResponses,
  type ListQuery,
  listQuerySchema,
} from '../../api/index.ts';
import {
  type DiaryServiceContext,
  listExposurePage,
  logExposure,
  PAGE_SIZES,
  readExposure,
  removeExposure,
  replaceExposure,
} from '../../diary-service/index.ts';
import { NumbError } from '../../errors.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import { readableIn } from '../../knowledge/index.ts';
import { type DiaryStore, type OwnerDiary, ownerDiary } from '../../store/index.ts';
import { ownerOf } from '../auth/identity.ts';
import type { KnowledgeIn } from '../language.ts';
import { episodeRoutes } from './diary-episodes.ts';
import { ANY_BODY, checkedInHandler } from './diary-input.ts';
import { recordRoutes } from './diary-records.ts';

export interface DiaryRouteOptions {
  /** Where the diary lives; without one, every diary route answers 503 NUMB_STORE_UNAVAILABLE. */
  store: DiaryStore | undefined;
  knowledge: Knowledge;
  /** The knowledge in a request's language, for the words of what the diary says. */
  knowledgeIn: KnowledgeIn;
  /** The clock; default the system's. */
  now?: () => Date;
  /** New entry ids; default random UUIDs. */
  newId?: () => string;
}

/** What every diary route works with: what the diary's operations need, and the diary of a request. */
export interface DiaryContext extends DiaryServiceContext {
  /** The diary of whoever sent the request (`ownerOf`): the only way a route reaches the store. */
  diaryOf(request: FastifyRequest): OwnerDiary;
  /** The knowledge in a request's language, for the words of what the diary says. */
  knowledgeIn: KnowledgeIn;
}

function storeUnavailable(): NumbError {
  return new NumbError('NUMB_STORE_UNAVAILABLE', 'error.NUMB_STORE_UNAVAILABLE.off');
}

async function exposureRoutes(app: FastifyInstance, diary: DiaryContext): Promise<void> {
  const { diaryOf } = diary;
  app.post(
    '/api/v1/exposures',
    {
      schema: {
        operationId: 'addExposure',
        tags: ['diary'],
        summary: 'Log an exposure period',
        description:
          'A period episodes are counted over (a run, a working day), with what was in place and how many episodes ' +
          'happened: the denominator of the with-and-without comparisons. `startedAt` defaults to now.',
        body: ANY_BODY,
        response: { 201: ExposureOneSchema, ...errorResponses(400, 409, 413, 415, 503) },
      },
      config: checkedInHandler(ExposureInputSchema),
    },
    async (request, reply) => reply.code(201).send(await logExposure(diaryOf(request), request.body, diary)),
  );

  app.get<{ Querystring: ListQuery }>(
    '/api/v1/exposures',
    {
      schema: {
        operationId: 'listExposures',
        tags: ['diary'],
        summary: 'List exposure periods',
        description: 'One page, as `GET /api/v1/episodes`.',
        querystring: listQuerySchema(PAGE_SIZES.exposures),
        response: { 200: ExposureListSchema, ...errorResponses(400, 503) },
      },
    },
    async (request) => listExposurePage(diaryOf(request), request.query),
  );

  app.get<{ Params: EntryParams }>(
    '/api/v1/exposures/:id',
    {
      schema: {
        operationId: 'getExposure',
        tags: ['diary'],
        summary: 'One exposure period',
        params: EntryParamsSchema,
        response: { 200: ExposureShared.ref, ...errorResponses(404, 503) },
      },
    },
    async (request) => readExposure(diaryOf(request), request.params.id),
  );

  app.put<{ Params: EntryParams }>(
    '/api/v1/exposures/:id',
    {
      schema: {
        operationId: 'updateExposure',
        tags: ['diary'],
        summary: 'Replace an exposure period',
        description:
          'The whole period: fields left out become empty, except `startedAt`, which keeps the time saved. `id` may ' +
          'be left out; if given it must be the id in the address.',
        params: EntryParamsSchema,
        body: ANY_BODY,
        response: { 200: ExposureOneSchema, ...errorResponses(400, 404, 413, 415, 503) },
      },
      config: checkedInHandler(ExposureInputSchema),
    },
    async (request) => replaceExposure(diaryOf(request), request.params.id, request.body),
  );

  app.delete<{ Params: EntryParams }>(
    '/api/v1/exposures/:id',
    {
      schema: {
        operationId: 'deleteExposure',
        tags: ['diary'],
        summary: 'Delete an exposure period',
        description: 'The episodes linked to it are kept and unlinked.',
        params: EntryParamsSchema,
        response: { 204: { type: 'null', description: 'Deleted' }, ...errorResponses(404, 503) },
      },
    },
    async (request, reply) => {
      await removeExposure(diaryOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}

/**
 * The diary routes, as a Fastify plugin. It registers its shared schemas on the app (they are components of the
 * OpenAPI document) and its routes in a scope of their own, whose hook answers 503 while there is no store.
 */
async function diaryPlugin(app: FastifyInstance, options: DiaryRouteOptions): Promise<void> {
  for (const schema of DIARY_SHARED_SCHEMAS) app.addSchema(schema);

  app.get(
    '/api/v1/bctq/questionnaire',
    {
      schema: {
        operationId: 'getBctqQuestionnaire',
        tags: ['diary'],
        summary: 'The Boston Carpal Tunnel Questionnaire',
        description: 'Both scales with their items and the five answers of each, to render the form.',
        response: { 200: BctqQuestionnaireSchema },
      },
    },
    async (request) => readableIn(request.language).bctq,
  );

  await app.register(async (scope) => {
    const { store } = options;
    scope.addHook('onRequest', async (_request, reply) => {
      // Diary data is health information: no cache may keep it.
      reply.header('cache-control', 'no-store');
      if (!store) throw storeUnavailable();
    });
    const now = options.now ?? (() => new Date());
    const newId = options.newId ?? randomUUID;
    const context: DiaryContext = {
      diaryOf: (request) => {
        // Without a store every request ends in the hook above; the routes are still registered (and documented).
        if (!store) throw storeUnavailable();
        return ownerDiary(store, ownerOf(request));
      },
      knowledge: options.knowledge,
      knowledgeIn: options.knowledgeIn,
      now,
      defaults: (utcOffsetMinutes = 0) => ({ id: newId(), now: now().toISOString(), utcOffsetMinutes }),
    };
    await episodeRoutes(scope, context);
    await exposureRoutes(scope, context);
    await recordRoutes(scope, context);
  });
}

/**
 * Registered with `app.register(diaryRoutes, …)`. Not encapsulated (Fastify's `skip-override`, as fastify-plugin
 * sets it), so that its shared schemas reach the app's OpenAPI document; its routes have their own scope.
 */
export const diaryRoutes: FastifyPluginAsync<DiaryRouteOptions> = Object.assign(diaryPlugin, {
  [Symbol.for('skip-override')]: true,
});
