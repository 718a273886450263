/**
 * Episodes over HTTP: log, list, read, replace, delete, and "the same again, now". What each does is
 * src/diary-service/episodes.ts; here are the addresses, the schemas and the statuses.
 */
import type { FastifyInstance } from 'fastify';
import {
  type EntryParams,
  EntryParamsSchema,
  EpisodeInputSchema,
  EpisodeListSchema,
  EpisodeShared,
  EpisodeWithCheckSchema,
  errorResponses,
  type ListQuery,
  listQuerySchema,
  RepeatRequestSchema,
} from '../../api/index.ts';
import {
  listEpisodePage,
  logEpisode,
  logEpisodeAgain,
  PAGE_SIZES,
  readEpisode,
  removeEpisode,
  replaceEpisode,
} from '../../diary-service/index.ts';
import type { DiaryContext } from './diary.ts';
import { ANY_BODY, checkedInHandler } from './diary-input.ts';

const DANGER_NOTE =
  'The answer carries the danger check of what was logged: when `check.emergency` is true, show the emergency ' +
  'screen before anything else (the episode is saved all the same).';

export async function episodeRoutes(app: FastifyInstance, diary: DiaryContext): Promise<void> {
  const { diaryOf } = diary;

  app.post(
    '/api/v1/episodes',
    {
      schema: {
        operationId: 'addEpisode',
        tags: ['diary'],
        summary: 'Log an episode',
        description:
          `\`startedAt\` defaults to now, the UTC offset to the one written in \`startedAt\`, else \`utcOffsetMinutes\`, ` +
          `else 0. An error names the field, what it expects and what came. ${DANGER_NOTE}`,
        body: ANY_BODY,
        response: { 201: EpisodeWithCheckSchema, ...errorResponses(400, 409, 413, 415, 503) },
      },
      config: checkedInHandler(EpisodeInputSchema),
    },
    async (request, reply) => reply.code(201).send(await logEpisode(diaryOf(request), request.body, diary)),
  );

  app.get<{ Querystring: ListQuery }>(
    '/api/v1/episodes',
    {
      schema: {
        operationId: 'listEpisodes',
        tags: ['diary'],
        summary: 'List episodes',
        description:
          'One page, oldest first unless `newestFirst=true`; `from` included, `to` not. `next` is the cursor of the ' +
          'next page (null on the last): send it back as `cursor`.',
        querystring: listQuerySchema(PAGE_SIZES.episodes),
        response: { 200: EpisodeListSchema, ...errorResponses(400, 503) },
      },
    },
    async (request) => listEpisodePage(diaryOf(request), request.query),
  );

  app.get<{ Params: EntryParams }>(
    '/api/v1/episodes/:id',
    {
      schema: {
        operationId: 'getEpisode',
        tags: ['diary'],
        summary: 'One episode',
        params: EntryParamsSchema,
        response: { 200: EpisodeShared.ref, ...errorResponses(404, 503) },
      },
    },
    async (request) => readEpisode(diaryOf(request), request.params.id),
  );

  app.put<{ Params: EntryParams }>(
    '/api/v1/episodes/:id',
    {
      schema: {
        operationId: 'updateEpisode',
        tags: ['diary'],
        summary: 'Replace an episode',
        description:
          'The whole episode: fields left out become empty, except `startedAt`, which keeps the time saved. `id` ' +
          `may be left out; if given it must be the id in the address. A bad body changes nothing. ${DANGER_NOTE}`,
        params: EntryParamsSchema,
        body: ANY_BODY,
        response: { 200: EpisodeWithCheckSchema, ...errorResponses(400, 404, 413, 415, 503) },
      },
      config: checkedInHandler(EpisodeInputSchema),
    },
    async (request) => replaceEpisode(diaryOf(request), request.params.id, request.body, diary),
  );

  app.delete<{ Params: EntryParams }>(
    '/api/v1/episodes/:id',
    {
      schema: {
        operationId: 'deleteEpisode',
        tags: ['diary'],
        summary: 'Delete an episode',
        params: EntryParamsSchema,
        response: { 204: { type: 'null', description: 'Deleted' }, ...errorResponses(404, 503) },
      },
    },
    async (request, reply) => {
      await removeEpisode(diaryOf(request), request.params.id);
      return reply.code(204).send();
    },
  );

  app.post<{ Params: EntryParams }>(
    '/api/v1/episodes/:id/repeat',
    {
      schema: {
        operationId: 'repeatEpisode',
        tags: ['diary'],
        summary: 'Log an episode again, now',
        description:
          'A new episode like this one, now: where, what the person was doing, severity, symptoms and what was in ' +
          'place are copied; the time, the note and the link to an exposure period are not. The body is `{}` (or ' +
          `none at all), or \`{ "utcOffsetMinutes": n }\` for the offset now (default: the repeated episode's). ${DANGER_NOTE}`,
        params: EntryParamsSchema,
        body: ANY_BODY,
        response: { 201: EpisodeWithCheckSchema, ...errorResponses(400, 404, 415, 503) },
      },
      config: checkedInHandler(RepeatRequestSchema),
    },
    async (request, reply) =>
      reply.code(201).send(await logEpisodeAgain(diaryOf(request), request.params.id, request.body, diary)),
  );
}
