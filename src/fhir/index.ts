/**
 * The diary in FHIR R4: a Bundle a clinic's system can read, the interview's Questionnaire, and the way back from a
 * Bundle numbcheck made to the diary. Pure: no I/O and no clock. Codes and which of them are local are in `codes.ts`
 * and docs/fhir.md.
 */

export { type BundleOptions, type DiaryResource, diaryBundle } from './bundle.ts';
export {
  FHIR_BASE,
  INTERVIEW_QUESTIONNAIRE_ID,
  INTERVIEW_QUESTIONNAIRE_URL,
  NUMBCHECK_CODES,
} from './codes.ts';
export { diaryFromFhir, isFhirBundle } from './from-fhir.ts';
export { localDateTime } from './local-time.ts';
export { PERSON_ID } from './patient.ts';
export { interviewQuestionnaire } from './questionnaire.ts';
