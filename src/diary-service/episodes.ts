/**
 * Episodes: log, list, read, replace, delete, and "the same again, now". Every saved episode passes the danger check
 * (src/diary/danger-check.ts) and the answer carries it: a client shows the emergency screen first when
 * `check.emergency` is true. The episode is saved whatever the check says, so nothing is lost; the answer is given
 * only once the store has made the write durable.
 */
import type { ListQuery } from '../api/index.ts';
import {
  checkEpisode,
  type Episode,
  type EpisodeCheck,
  newEpisode,
  parseEpisode,
  repeatEpisode,
} from '../diary/index.ts';
import type { Knowledge } from '../knowledge/index.ts';
import type { OwnerDiary } from '../store/owner-diary.ts';
import type { DiaryServiceContext } from './context.ts';
import { bodyObject, bodyOffset, notFound, onlyFields, replacement } from './input.ts';
import { type EpisodePage, listPage, PAGE_SIZES, startedAtPosition } from './list-page.ts';

export interface EpisodeWithCheck {
  episode: Episode;
  check: EpisodeCheck;
}

function withCheck(episode: Episode, knowledge: Knowledge): EpisodeWithCheck {
  return { episode, check: checkEpisode(episode, knowledge) };
}

/** Logs a new episode from a request body. */
export async function logEpisode(
  diary: OwnerDiary,
  body: unknown,
  context: DiaryServiceContext,
): Promise<EpisodeWithCheck> {
  const input = bodyObject(body, 'error.entry.episode');
  const episode = newEpisode(input, context.defaults(), context.knowledge);
  const result = withCheck(episode, context.knowledge);
  await diary.addEpisode(episode);
  return result;
}

export async function listEpisodePage(diary: OwnerDiary, query: ListQuery): Promise<EpisodePage> {
  const { entries, next } = await listPage(
    (range) => diary.listEpisodes(range),
    query,
    PAGE_SIZES.episodes,
    startedAtPosition,
  );
  return { episodes: entries, next };
}

export async function readEpisode(diary: OwnerDiary, id: string): Promise<Episode> {
  const episode = await diary.getEpisode(id);
  if (!episode) throw notFound('error.kind.episode', id);
  return episode;
}

/** Replaces the episode `id` with a request body; a bad body changes nothing. */
export async function replaceEpisode(
  diary: OwnerDiary,
  id: string,
  body: unknown,
  context: DiaryServiceContext,
): Promise<EpisodeWithCheck> {
  const input = bodyObject(body, 'error.entry.episode');
  const existing = await readEpisode(diary, id);
  const episode = parseEpisode(replacement(input, id, existing), { knowledge: context.knowledge });
  const result = withCheck(episode, context.knowledge);
  await diary.updateEpisode(episode);
  return result;
}

export async function removeEpisode(diary: OwnerDiary, id: string): Promise<void> {
  if (!(await diary.deleteEpisode(id))) throw notFound('error.kind.episode', id);
}

/** Logs the episode `id` again, now; the body is nothing, `{}` or `{ utcOffsetMinutes }`. */
export async function logEpisodeAgain(
  diary: OwnerDiary,
  id: string,
  body: unknown,
  context: DiaryServiceContext,
): Promise<EpisodeWithCheck> {
  const request =
    body === undefined || body === null
      ? {}
      : onlyFields(bodyObject(body, 'error.entry.offsetOnly'), ['utcOffsetMinutes']);
  const previous = await readEpisode(diary, id);
  const offset = bodyOffset(request);
  const episode = repeatEpisode(previous, context.defaults(offset ?? previous.utcOffsetMinutes));
  const result = withCheck(episode, context.knowledge);
  await diary.addEpisode(episode);
  return result;
}
