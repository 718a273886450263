/**
 * The rest of the diary: saved assessments and BCTQ scores, insights, the doctor summary, import and delete-all. A
 * saved assessment is always assessed here, from its answers: a client's result is never trusted.
 */
import { DELETE_CONFIRMATION, type InsightsQuery, type ListQuery, type SummaryQuery } from '../api/index.ts';
import {
  type BctqRecord,
  type DiaryDocument,
  type DiarySummary,
  diaryInsights,
  diarySummary,
  type Insights,
  newBctqRecord,
  newSavedAssessment,
  parseDiaryDocument,
  type SavedAssessment,
} from '../diary/index.ts';
import { describeValue, fieldOf, inAnswers, NumbError } from '../errors.ts';
import { diaryBundle, diaryFromFhir, isFhirBundle } from '../fhir/index.ts';
import type { Knowledge } from '../knowledge/index.ts';
import type { Language } from '../messages/index.ts';
import type { OwnerDiary } from '../store/owner-diary.ts';
import type { EntryCounts, ImportResult } from '../store/store.ts';
import type { DiaryServiceContext } from './context.ts';
import {
  bodyObject,
  bodyOffset,
  isRecord,
  onlyFields,
  parseOffsetParameter,
  parseSummaryPeriod,
} from './input.ts';
import { type AssessmentPage, type BctqPage, listPage, PAGE_SIZES, takenAtPosition } from './list-page.ts';

/** The words a diary's insights and summary are told in: the knowledge in the reader's language, and the language. */
export interface ToldIn {
  knowledge: Knowledge;
  language: Language;
}

/** Assesses the answers of a request body and saves them with the result and the time. */
export async function saveAssessmentOf(
  diary: OwnerDiary,
  body: unknown,
  context: DiaryServiceContext,
): Promise<SavedAssessment> {
  const request = onlyFields(bodyObject(body, 'error.entry.savedAnswers'), ['answers', 'utcOffsetMinutes']);
  if (request.answers === undefined) {
    throw new NumbError('NUMB_BAD_REQUEST', 'error.required', { field: fieldOf(['answers']) }, ['answers']);
  }
  const defaults = context.defaults(bodyOffset(request));
  let record: SavedAssessment;
  try {
    record = newSavedAssessment(request.answers, defaults, context.knowledge);
  } catch (error) {
    throw error instanceof NumbError ? inAnswers(error) : error;
  }
  await diary.saveAssessment(record);
  return record;
}

export async function listAssessmentPage(diary: OwnerDiary, query: ListQuery): Promise<AssessmentPage> {
  const { entries, next } = await listPage(
    (range) => diary.listAssessments(range),
    query,
    PAGE_SIZES.assessments,
    takenAtPosition,
  );
  return { assessments: entries, next };
}

/** Scores and saves the BCTQ answers of a request body. */
export async function saveBctqOf(
  diary: OwnerDiary,
  body: unknown,
  context: DiaryServiceContext,
): Promise<BctqRecord> {
  const request = onlyFields(bodyObject(body, 'error.entry.bctqAnswers'), ['answers', 'utcOffsetMinutes']);
  const record = newBctqRecord(request.answers, context.defaults(bodyOffset(request)));
  await diary.saveBctq(record);
  return record;
}

export async function listBctqPage(diary: OwnerDiary, query: ListQuery): Promise<BctqPage> {
  const { entries, next } = await listPage(
    (range) => diary.listBctq(range),
    query,
    PAGE_SIZES.bctq,
    takenAtPosition,
  );
  return { bctq: entries, next };
}

/** Patterns, trend, comparisons and changes of the whole diary, as of `now`. */
export async function insightsOf(
  diary: OwnerDiary,
  query: InsightsQuery,
  now: Date,
  told: ToldIn,
): Promise<Insights> {
  const utcOffsetMinutes = parseOffsetParameter(query.utcOffsetMinutes);
  const diaryData = await diary.readDiary();
  return diaryInsights(diaryData, {
    now: now.toISOString(),
    knowledge: told.knowledge,
    language: told.language,
    ...(utcOffsetMinutes === undefined ? {} : { utcOffsetMinutes }),
  });
}

/** The summary of a period (default: the 90 days up to `now`), for the doctor report. */
export async function summaryOf(
  diary: OwnerDiary,
  query: SummaryQuery,
  now: Date,
  told: ToldIn,
): Promise<DiarySummary> {
  const period = parseSummaryPeriod(query.from, query.to, now);
  const utcOffsetMinutes = parseOffsetParameter(query.utcOffsetMinutes);
  const diaryData = await diary.readDiary();
  return diarySummary(diaryData, period, {
    knowledge: told.knowledge,
    language: told.language,
    ...(utcOffsetMinutes === undefined ? {} : { utcOffsetMinutes }),
  });
}

/**
 * Imports a diary export, or the FHIR Bundle numbcheck wrote (read back into the document it was made from): checked
 * whole before the store is touched; ids the diary has are skipped.
 */
export async function importInto(
  diary: OwnerDiary,
  body: unknown,
  knowledge: Knowledge,
): Promise<ImportResult> {
  const object = bodyObject(body, 'error.entry.exportBody');
  const document = isFhirBundle(object) ? diaryFromFhir(object, knowledge) : object;
  // Checked here, before the store is touched; the store checks again inside its transaction.
  parseDiaryDocument(document, knowledge);
  return diary.import(document);
}

/** The diary as a FHIR R4 Bundle for a doctor's system, with the doctor report of the 90 days up to `now`. */
export function fhirExportOf(
  document: DiaryDocument,
  now: Date,
  told: ToldIn,
): ReturnType<typeof diaryBundle> {
  return diaryBundle(document, { period: parseSummaryPeriod(undefined, undefined, now), ...told });
}

/** Deletes every entry, only with the body `{ "confirm": DELETE_CONFIRMATION }`; this cannot be undone. */
export async function deleteEverything(diary: OwnerDiary, body: unknown): Promise<{ deleted: EntryCounts }> {
  const confirm = isRecord(body) ? body.confirm : undefined;
  if (confirm !== DELETE_CONFIRMATION) {
    const values = { confirm: DELETE_CONFIRMATION, got: describeValue(confirm) };
    throw new NumbError('NUMB_BAD_REQUEST', 'error.NUMB_BAD_REQUEST.confirm', values, ['confirm']);
  }
  return { deleted: await diary.deleteAll() };
}
