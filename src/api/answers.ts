/**
 * The answer each question accepts, as JSON schema, generated from the knowledge so that the OpenAPI document stays
 * in step with the questions. It documents what the engine's `parseAnswers` accepts; `parseAnswers` remains the one
 * that checks (a test compares the two over random answers).
 */
import Type, { type TSchema } from 'typebox';
import { ARM_REGIONS, HAND_REGIONS } from '../engine/index.ts';
import type { Knowledge, Question } from '../knowledge/index.ts';
import { langSchema, textSchema } from './assessment.ts';
import { closed } from './shared.ts';

const UNKNOWN = Type.Literal('unknown', { description: "Don't know" });
const YES_NO = ['present', 'absent', 'unknown'] as const;

function handSchema(): TSchema {
  const regions = Type.Array(Type.Enum(HAND_REGIONS), { maxItems: HAND_REGIONS.length });
  return Type.Object(
    {
      palm: Type.Optional(regions),
      back: Type.Optional(regions),
      arm: Type.Optional(Type.Array(Type.Enum(ARM_REGIONS), { maxItems: ARM_REGIONS.length })),
    },
    closed,
  );
}

/** The JSON schema of one question's answer. */
export function answerSchema(question: Question): TSchema {
  const description = question.text;
  switch (question.kind) {
    case 'yesno':
    case 'selfTest':
      return Type.Enum(YES_NO, { description });
    case 'checklist':
      return Type.Union(
        [
          Type.Array(Type.Enum(question.findings), {
            maxItems: question.findings.length,
            description: 'The ticked items; the others are absent',
          }),
          Type.Object(
            Object.fromEntries(
              question.findings.map((finding) => [finding, Type.Optional(Type.Enum(YES_NO))]),
            ),
            { ...closed, description: 'Item → present, absent or unknown; items left out are unknown' },
          ),
          UNKNOWN,
        ],
        { description },
      );
    case 'choice':
      return Type.Enum([...question.options.map((option) => option.value), 'unknown'], { description });
    case 'number':
      return Type.Union(
        [Type.Number({ minimum: question.min, maximum: question.max, description: question.unit }), UNKNOWN],
        { description },
      );
    case 'handMap':
      return Type.Union(
        [
          Type.Object(
            { left: Type.Optional(handSchema()), right: Type.Optional(handSchema()) },
            { ...closed, description: 'A hand left out is not affected' },
          ),
          UNKNOWN,
        ],
        { description },
      );
  }
}

/** The schema of a whole answer set: question id → answer, every question optional. */
export function answersSchema(knowledge: Knowledge): TSchema {
  return Type.Object(
    Object.fromEntries(
      knowledge.questions.map((question) => [question.id, Type.Optional(answerSchema(question))]),
    ),
    {
      ...closed,
      description:
        'Question id → answer. Answers may be partial: `next` names the question that would help most now, and ' +
        '`unscreened` the danger signs not yet answered.',
    },
  );
}

/** The documented body of `POST /api/v1/assessments`: answers, a person's own words, or both (at least one). */
export function assessmentRequestDocSchema(knowledge: Knowledge): TSchema {
  return Type.Object(
    {
      answers: Type.Optional(answersSchema(knowledge)),
      text: Type.Optional(textSchema()),
      lang: Type.Optional(langSchema()),
    },
    {
      ...closed,
      minProperties: 1,
      description: 'At least one of `answers` and `text`; when both are given, `answers` win over the text',
    },
  );
}
