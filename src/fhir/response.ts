import type {
  Patient,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
  Reference,
} from '@medplum/fhirtypes';
import type { SavedAssessment } from '../diary/index.ts';
import type { AnswerValue, HandMapAnswer } from '../engine/index.ts';
import type { Knowledge, Question } from '../knowledge/index.ts';
import type { Language } from '../messages/index.ts';
import { ASKED_UNKNOWN, DIARY_ENTRY_IDS, EXTENSIONS, INTERVIEW_QUESTIONNAIRE_URL } from './codes.ts';
import { handMapCodes, handMapCoding } from './hand-map.ts';
import { localDateTime } from './local-time.ts';
import { findingCoding, noneOfThese, optionCoding } from './questionnaire.ts';

/**
 * A saved assessment as a QuestionnaireResponse to the interview's Questionnaire of the knowledge version it was made
 * with. How each answer is written:
 * - yes/no and self-test: `valueBoolean` (present true, absent false);
 * - checklist: a `valueCoding` per finding ticked, or "none of these"; an answer given finding by finding (present,
 *   absent or unknown each) codes every finding named, with the state as the modifier extension `finding-state`;
 * - choice: the option's coding; number: `valueDecimal`; hand map: a coding per mark (`left.palm.index`);
 * - "I don't know": no answer, and HL7's data-absent-reason `asked-unknown` on the item.
 * The result numbcheck gave then travels whole in the `assessment-result` extension, so an import restores it as it
 * was, not as today's knowledge would assess the answers.
 */

function answersOf(
  question: Question,
  value: AnswerValue,
  knowledge: Knowledge,
  language: Language,
): QuestionnaireResponseItemAnswer[] {
  switch (question.kind) {
    case 'yesno':
    case 'selfTest':
      return [{ valueBoolean: value === 'present' }];
    case 'number':
      return [{ valueDecimal: value as number }];
    case 'choice': {
      const option = question.options.find((o) => o.value === value);
      return [{ valueCoding: optionCoding(question.id, String(value), option?.label) }];
    }
    case 'handMap':
      return handMapCodes(value as HandMapAnswer).map((code) => ({
        valueCoding: handMapCoding(code, language),
      }));
    case 'checklist': {
      if (Array.isArray(value)) {
        return value.length === 0
          ? [{ valueCoding: noneOfThese(language) }]
          : value.map((id) => ({ valueCoding: findingCoding(id, knowledge) }));
      }
      return Object.entries(value).map(([id, state]) => ({
        modifierExtension: [{ url: EXTENSIONS.findingState, valueCode: String(state) }],
        valueCoding: findingCoding(id, knowledge),
      }));
    }
  }
}

function responseItem(
  question: Question,
  value: AnswerValue,
  knowledge: Knowledge,
  language: Language,
): QuestionnaireResponseItem {
  const item = { linkId: question.id, text: question.text };
  if (value === 'unknown') {
    return {
      ...item,
      extension: [{ url: EXTENSIONS.dataAbsentReason, valueCode: ASKED_UNKNOWN.code }],
    };
  }
  return { ...item, answer: answersOf(question, value, knowledge, language) };
}

/**
 * A saved assessment as a QuestionnaireResponse: the answers in the knowledge's question order, in `knowledge`'s
 * words (the person's language).
 */
export function assessmentResponse(
  record: SavedAssessment,
  id: string,
  subject: Reference<Patient>,
  knowledge: Knowledge,
  language: Language,
): QuestionnaireResponse {
  const item = knowledge.questions.flatMap((question) => {
    const value = record.answers[question.id];
    return value === undefined ? [] : [responseItem(question, value, knowledge, language)];
  });
  return {
    resourceType: 'QuestionnaireResponse',
    id,
    language,
    extension: [{ url: EXTENSIONS.assessmentResult, valueString: JSON.stringify(record.assessment) }],
    identifier: { system: DIARY_ENTRY_IDS, value: record.id },
    questionnaire: `${INTERVIEW_QUESTIONNAIRE_URL}|${record.assessment.knowledgeVersion}`,
    status: 'completed',
    subject,
    authored: localDateTime(record.takenAt, record.utcOffsetMinutes),
    ...(item.length > 0 ? { item } : {}),
  };
}
