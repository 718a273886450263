/** Exposure periods: the spans episodes are counted over (a run, a working day). */
import type { ListQuery } from '../api/index.ts';
import { type Exposure, newExposure, parseExposure } from '../diary/index.ts';
import type { OwnerDiary } from '../store/owner-diary.ts';
import type { DiaryServiceContext } from './context.ts';
import { bodyObject, notFound, replacement } from './input.ts';
import { type ExposurePage, listPage, PAGE_SIZES, startedAtPosition } from './list-page.ts';

export async function logExposure(
  diary: OwnerDiary,
  body: unknown,
  context: DiaryServiceContext,
): Promise<{ exposure: Exposure }> {
  const input = bodyObject(body, 'error.entry.exposure');
  const exposure = newExposure(input, context.defaults());
  await diary.addExposure(exposure);
  return { exposure };
}

export async function listExposurePage(diary: OwnerDiary, query: ListQuery): Promise<ExposurePage> {
  const { entries, next } = await listPage(
    (range) => diary.listExposures(range),
    query,
    PAGE_SIZES.exposures,
    startedAtPosition,
  );
  return { exposures: entries, next };
}

export async function readExposure(diary: OwnerDiary, id: string): Promise<Exposure> {
  const exposure = await diary.getExposure(id);
  if (!exposure) throw notFound('error.kind.exposure', id);
  return exposure;
}

/** Replaces the period `id` with a request body; a bad body changes nothing. */
export async function replaceExposure(
  diary: OwnerDiary,
  id: string,
  body: unknown,
): Promise<{ exposure: Exposure }> {
  const input = bodyObject(body, 'error.entry.exposure');
  const existing = await readExposure(diary, id);
  const exposure = parseExposure(replacement(input, id, existing));
  await diary.updateExposure(exposure);
  return { exposure };
}

/** Deletes a period; the episodes linked to it are kept and unlinked. */
export async function removeExposure(diary: OwnerDiary, id: string): Promise<void> {
  if (!(await diary.deleteExposure(id))) throw notFound('error.kind.exposure', id);
}
