/**
 * The diary in FHIR R4: a Bundle a clinic's system can read. Pure: no I/O and no clock. Codes and which of them are
 * local are in `codes.ts` and docs/fhir.md.
 */

export { diaryBundle, FHIR_BASE, localDateTime, PERSON_ID } from './bundle.ts';
export { NUMBCHECK_CODES } from './codes.ts';
