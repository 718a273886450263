import type {
  Bundle,
  Composition,
  Observation,
  Patient,
  QuestionnaireResponse,
  Reference,
} from '@medplum/fhirtypes';
import { type Diary, diarySummary, type Period, sortDiary } from '../diary/index.ts';
import type { Knowledge } from '../knowledge/index.ts';
import type { Language } from '../messages/index.ts';
import { FHIR_BASE } from './codes.ts';
import { reportComposition } from './composition.ts';
import { bctqObservation, episodeObservation, exposureObservation } from './observations.ts';
import { PERSON_ID, personPatient } from './patient.ts';
import { assessmentResponse } from './response.ts';

export type DiaryResource = Composition | Patient | Observation | QuestionnaireResponse;

export interface BundleOptions {
  /** The period the doctor report covers (by default the 90 days up to now, as `numbcheck diary report`). */
  period: Period;
  /** The person's language: the report, the questions and answers are written in it. */
  language: Language;
  /**
   * The knowledge in the person's language (`readableIn(language).knowledge`): given, not looked up here, so that a
   * web page carries only its own language's texts.
   */
  knowledge: Knowledge;
  /** The person's UTC offset now; by default the offset of their latest episode. */
  utcOffsetMinutes?: number;
}

/** The person's offset: given, else that of their latest entry with one, else UTC. */
function offsetOf(diary: Diary, given: number | undefined): number {
  if (given !== undefined) return given;
  const latest = [...diary.episodes].sort((a, b) => (a.startedAt < b.startedAt ? 1 : -1))[0];
  return latest?.utcOffsetMinutes ?? 0;
}

/**
 * The diary as a FHIR R4 Bundle of type `collection`: the doctor report (a Composition) first, then the person, an
 * Observation per exposure period, episode and BCTQ record, and a QuestionnaireResponse per saved assessment.
 * FHIR calls a Bundle that starts with a Composition a `document`; this one is a collection, since it carries the
 * whole diary, not only what the report cites (docs/fhir.md).
 */
export function diaryBundle(input: Diary, options: BundleOptions): Bundle<DiaryResource> {
  const diary = sortDiary(input);
  const { language, knowledge } = options;
  const subject: Reference<Patient> = { reference: `Patient/${PERSON_ID}` };
  const exposureIds = new Map(diary.exposures.map((x, i) => [x.id, `exposure-${i + 1}`]));
  const exposures = diary.exposures.map((x, i) =>
    exposureObservation(x, `exposure-${i + 1}`, subject, language),
  );
  const episodes = diary.episodes.map((episode, i) =>
    episodeObservation(episode, `episode-${i + 1}`, subject, { knowledge, language }, (id) =>
      exposureIds.get(id),
    ),
  );
  const bctq = diary.bctq.map((record, i) => bctqObservation(record, `bctq-${i + 1}`, subject));
  const assessments = diary.assessments.map((record, i) =>
    assessmentResponse(record, `assessment-${i + 1}`, subject, knowledge, language),
  );

  const { period } = options;
  const inPeriod = (time: string) => time >= period.from && time < period.to;
  const utcOffsetMinutes = offsetOf(diary, options.utcOffsetMinutes);
  const covered: Reference[] = [
    ...diary.exposures.flatMap((x, i) => (inPeriod(x.startedAt) ? [exposures[i]] : [])),
    ...diary.episodes.flatMap((e, i) => (inPeriod(e.startedAt) ? [episodes[i]] : [])),
    ...diary.bctq.flatMap((b, i) => (inPeriod(b.takenAt) ? [bctq[i]] : [])),
    ...diary.assessments.flatMap((a, i) => (inPeriod(a.takenAt) ? [assessments[i]] : [])),
  ].flatMap((resource) => (resource ? [{ reference: `${resource.resourceType}/${resource.id}` }] : []));
  const summary = diarySummary(diary, period, { knowledge, language, utcOffsetMinutes });
  const report = reportComposition(summary, subject, {
    now: period.to,
    utcOffsetMinutes,
    knowledge,
    language,
    entries: covered,
  });

  const resources: DiaryResource[] = [
    report,
    personPatient(diary.assessments),
    ...exposures,
    ...episodes,
    ...bctq,
    ...assessments,
  ];
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: resources.map((resource) => ({
      fullUrl: `${FHIR_BASE}/${resource.resourceType}/${resource.id}`,
      resource,
    })),
  };
}
