import type {
  Coding,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireItemAnswerOption,
} from '@medplum/fhirtypes';
import type { Knowledge, Question } from '../knowledge/index.ts';
import { type Language, translator } from '../messages/index.ts';
import {
  ANSWER_CODES,
  EXTENSIONS,
  FINDING_CODES,
  INTERVIEW_QUESTIONNAIRE_ID,
  INTERVIEW_QUESTIONNAIRE_URL,
  LOCAL,
} from './codes.ts';
import { allHandMapCodes, handMapCoding } from './hand-map.ts';

/**
 * numbcheck's interview as a FHIR R4 Questionnaire, made from the knowledge base's questions: one item per question,
 * in the knowledge's order, with its answers. It has no enableWhen: numbcheck picks each next question by what the
 * answers so far would change, which no fixed condition on one earlier answer can say. No item is required: an
 * assessment may stop after the danger screen.
 */

/** The item type each kind of question is answered with. */
export const ITEM_TYPES: Readonly<Record<Question['kind'], QuestionnaireItem['type']>> = {
  yesno: 'boolean',
  selfTest: 'boolean',
  checklist: 'choice',
  choice: 'choice',
  number: 'decimal',
  handMap: 'choice',
};

/** A finding as a coding, its display the finding as the knowledge words it. */
export function findingCoding(id: string, knowledge: Knowledge): Coding {
  const finding = knowledge.findings.find((f) => f.id === id);
  return finding === undefined
    ? { system: FINDING_CODES, code: id }
    : { system: FINDING_CODES, code: id, display: finding.label };
}

/** A choice question's option as a coding: `onset.sudden`. */
export function optionCoding(question: string, value: string, label?: string): Coding {
  const code = `${question}.${value}`;
  return label === undefined
    ? { system: ANSWER_CODES, code }
    : { system: ANSWER_CODES, code, display: label };
}

/** "None of these", the answer of a checklist with nothing ticked. */
export function noneOfThese(language: Language): Coding {
  return { ...LOCAL.noneOfThese, display: translator(language)('interview.noneOfThese') };
}

function options(question: Question, knowledge: Knowledge, language: Language): Coding[] {
  switch (question.kind) {
    case 'checklist':
      return [...question.findings.map((id) => findingCoding(id, knowledge)), noneOfThese(language)];
    case 'choice':
      return question.options.map((o) => optionCoding(question.id, o.value, o.label));
    case 'handMap':
      return allHandMapCodes().map((code) => handMapCoding(code, language));
    default:
      return [];
  }
}

function display(linkId: string, text: string): QuestionnaireItem {
  return { linkId, type: 'display', text };
}

function item(question: Question, knowledge: Knowledge, language: Language): QuestionnaireItem {
  const answerOption: QuestionnaireItemAnswerOption[] = options(question, knowledge, language).map(
    (valueCoding) => ({ valueCoding }),
  );
  const children: QuestionnaireItem[] = [];
  if (question.kind === 'selfTest') {
    const steps = question.steps.map((step, i) => `${i + 1}. ${step}`).join('\n');
    children.push(display(`${question.id}.steps`, steps));
  }
  if (question.help !== undefined) children.push(display(`${question.id}.help`, question.help));
  return {
    linkId: question.id,
    text: question.text,
    type: ITEM_TYPES[question.kind],
    ...(question.kind === 'number'
      ? {
          extension: [
            { url: EXTENSIONS.minValue, valueDecimal: question.min },
            { url: EXTENSIONS.maxValue, valueDecimal: question.max },
          ],
        }
      : {}),
    ...(question.kind === 'checklist' || question.kind === 'handMap' ? { repeats: true } : {}),
    ...(answerOption.length > 0 ? { answerOption } : {}),
    ...(children.length > 0 ? { item: children } : {}),
  };
}

/**
 * The interview's Questionnaire in `language`: `knowledge` is the knowledge in that language's words. Its version is
 * the knowledge version, the one every assessment records.
 */
export function interviewQuestionnaire(knowledge: Knowledge, language: Language): Questionnaire {
  const t = translator(language);
  return {
    resourceType: 'Questionnaire',
    id: INTERVIEW_QUESTIONNAIRE_ID,
    language,
    url: INTERVIEW_QUESTIONNAIRE_URL,
    version: knowledge.version,
    name: 'NumbcheckInterview',
    title: t('diary.fhir.questionnaireTitle'),
    status: 'active',
    subjectType: ['Patient'],
    publisher: 'numbcheck',
    description: t('diary.fhir.questionnaireDescription'),
    item: knowledge.questions.map((question) => item(question, knowledge, language)),
  };
}
