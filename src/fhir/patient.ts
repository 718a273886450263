import type { Extension, Patient } from '@medplum/fhirtypes';
import type { SavedAssessment } from '../diary/index.ts';
import { EXTENSIONS, UCUM } from './codes.ts';
import { localDateTime } from './local-time.ts';

/** The local id of the one person a diary belongs to. Never an identifier: the diary holds no name or number. */
export const PERSON_ID = 'numbcheck-person';

/** The interview's questions whose answers say something about the person: their age and their sex. */
export const AGE_QUESTION = 'age';
export const SEX_QUESTION = 'sex';

/** The latest saved assessment whose answer to `question` is a real answer (not "I don't know"). */
function latestAnswer(
  assessments: readonly SavedAssessment[],
  question: string,
): SavedAssessment | undefined {
  let latest: SavedAssessment | undefined;
  for (const a of assessments) {
    const value = a.answers[question];
    if (value === undefined || value === 'unknown') continue;
    if (latest === undefined || a.takenAt > latest.takenAt) latest = a;
  }
  return latest;
}

/**
 * The person, with only what they entered: their sex and their age as the latest assessment that asked has them.
 * - Sex (the interview asks the sex assigned at birth) is `gender`, R4's only element for it on a Patient.
 * - An age is not a birth date: 52 on 30 November 2026 is a birth on any day from 1 December 1973 to 30 November
 *   1974, so even the year cannot be said. `birthDate` is left out; the age and the day it was given are the
 *   extension `reported-age`.
 * Nothing else is written: the diary holds no name, birth date or identifier.
 */
export function personPatient(assessments: readonly SavedAssessment[]): Patient {
  const extension: Extension[] = [];
  const aged = latestAnswer(assessments, AGE_QUESTION);
  const age = aged?.answers[AGE_QUESTION];
  if (aged !== undefined && typeof age === 'number') {
    extension.push({
      url: EXTENSIONS.reportedAge,
      extension: [
        { url: 'age', valueQuantity: { value: age, unit: 'years', system: UCUM, code: 'a' } },
        { url: 'reportedOn', valueDateTime: localDateTime(aged.takenAt, aged.utcOffsetMinutes) },
      ],
    });
  }
  const sexed = latestAnswer(assessments, SEX_QUESTION);
  const sex = sexed?.answers[SEX_QUESTION];
  return {
    resourceType: 'Patient',
    id: PERSON_ID,
    ...(extension.length > 0 ? { extension } : {}),
    ...(sex === 'female' || sex === 'male' ? { gender: sex } : {}),
  };
}
