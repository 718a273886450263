/**
 * Episodes: log, list, read, replace, delete, and "the same again, now". Every saved episode passes the danger check
 * (src/diary/danger-check.ts) and the answer carries it: a client shows the emergency screen first when
 * `check.emergency` is true. The episode is saved whatever the check says, so nothing is lost.
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
import { checkEpisode, type Episode, newEpisode, parseEpisode, repeatEpisode } from '../../diary/index.ts';
import type { DiaryContext } from './diary.ts';
import {
  ANY_BODY,
  bodyObject,
  bodyOffset,
  checkedInHandler,
  notFound,
  onlyFields,
  replacement,
} from './diary-input.ts';
import { listPage, PAGE_SIZES, startedAtPosition } from './list-page.ts';

const DANGER_NOTE =
  'The answer carries the danger check of what was logged: when `check.emergency` is true, show the emergency ' +
  'screen before anything else (the episode is saved all the same).';

export async function episodeRoutes(app: FastifyInstance, diary: DiaryContext): Promise<void> {
  const { diaryOf, knowledge } = diary;
  const withCheck = (episode: Episode) => ({ episode, check: checkEpisode(episode, knowledge) });

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
    async (request, reply) => {
      const input = bodyObject(request.body, 'error.entry.episode');
      const episode = newEpisode(input, diary.defaults(), knowledge);
      const result = withCheck(episode);
      await diaryOf(request).addEpisode(episode);
      return reply.code(201).send(result);
    },
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
    async (request) => {
      const { entries, next } = await listPage(
        (range) => diaryOf(request).listEpisodes(range),
        request.query,
        PAGE_SIZES.episodes,
        startedAtPosition,
      );
      return { episodes: entries, next };
    },
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
    async (request) => {
      const episode = await diaryOf(request).getEpisode(request.params.id);
      if (!episode) throw notFound('error.kind.episode', request.params.id);
      return episode;
    },
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
    async (request) => {
      const { id } = request.params;
      const input = bodyObject(request.body, 'error.entry.episode');
      const existing = await diaryOf(request).getEpisode(id);
      if (!existing) throw notFound('error.kind.episode', id);
      const episode = parseEpisode(replacement(input, id, existing), { knowledge });
      const result = withCheck(episode);
      await diaryOf(request).updateEpisode(episode);
      return result;
    },
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
      if (!(await diaryOf(request).deleteEpisode(request.params.id)))
        throw notFound('error.kind.episode', request.params.id);
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
    async (request, reply) => {
      const body =
        request.body === undefined || request.body === null
          ? {}
          : onlyFields(bodyObject(request.body, 'error.entry.offsetOnly'), ['utcOffsetMinutes']);
      const previous = await diaryOf(request).getEpisode(request.params.id);
      if (!previous) throw notFound('error.kind.episode', request.params.id);
      const offset = bodyOffset(body);
      const episode = repeatEpisode(previous, diary.defaults(offset ?? previous.utcOffsetMinutes));
      const result = withCheck(episode);
      await diaryOf(request).addEpisode(episode);
      return reply.code(201).send(result);
    },
  );
}
