/**
 * JSON schemas of what the assessment routes of the HTTP API send and receive, written with TypeBox so that each one
 * also has a TypeScript type. They describe the knowledge and assessment types of src/knowledge and src/engine; a
 * compile-time check at the end of this file keeps the two in step, and the API tests validate real responses
 * against the published OpenAPI document.
 */
import Type from 'typebox';
import { ARM_REGIONS, type Assessment, HAND_REGIONS } from '../engine/index.ts';
import {
  CAUSE_IDS,
  EMERGENCY_KIND_IDS,
  type Knowledge,
  type Question,
  type RuleCondition,
  TRIAGE_LEVELS,
} from '../knowledge/index.ts';
import type { UnderstoodChoice, UnderstoodFinding, UnderstoodPlace } from '../text/index.ts';
import { ErrorShared } from './error-reply.ts';
import type { Alike } from './same-type.ts';
import { closed, shared } from './shared.ts';

const SourceIds = Type.Array(Type.String(), {
  description: 'Ids of the sources this item cites (see `sources` of the knowledge)',
});
const TriageLevelSchema = Type.Enum(TRIAGE_LEVELS, { description: 'Triage level, most urgent first' });
const CauseIdSchema = Type.Enum(CAUSE_IDS);
const BasisSchema = Type.Enum(['study', 'estimate'], {
  description: '`study`: from the cited study; `estimate`: a clinical estimate',
});

// The knowledge ---------------------------------------------------------------------------------------------------

const SourceSchema = Type.Object(
  { id: Type.String(), title: Type.String(), url: Type.Optional(Type.String()) },
  closed,
);
const FindingSchema = Type.Object(
  {
    id: Type.String(),
    label: Type.String(),
    baseRate: Type.Number({ minimum: 0, maximum: 1 }),
    baseRateBasis: BasisSchema,
    baseRateSources: SourceIds,
    danger: Type.Optional(Type.Boolean()),
  },
  closed,
);
const LikelihoodSchema = Type.Object(
  {
    ifCause: Type.Number({ minimum: 0, maximum: 1 }),
    ifNot: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
    basis: BasisSchema,
    sources: SourceIds,
  },
  closed,
);
const MedicalTestSchema = Type.Object(
  { id: Type.String(), name: Type.String(), purpose: Type.String(), sources: SourceIds },
  closed,
);
const SpecialistSchema = Type.Object({ id: Type.String(), name: Type.String(), sources: SourceIds }, closed);
const AdviceSchema = Type.Object(
  {
    id: Type.String(),
    text: Type.String(),
    exercises: Type.Optional(Type.Array(Type.String())),
    sources: SourceIds,
  },
  closed,
);
const CauseUrgencySchema = Type.Object(
  { level: TriageLevelSchema, threshold: Type.Number(), text: Type.String(), sources: SourceIds },
  closed,
);
const CauseSchema = Type.Object(
  {
    id: CauseIdSchema,
    name: Type.String(),
    description: Type.String(),
    prior: Type.Number({ minimum: 0, maximum: 1 }),
    priorBasis: BasisSchema,
    likelihoods: Type.Record(Type.String(), LikelihoodSchema),
    urgency: Type.Array(CauseUrgencySchema),
    tests: Type.Array(Type.String()),
    specialists: Type.Array(Type.String()),
    selfCare: Type.Array(AdviceSchema),
    prevention: Type.Array(AdviceSchema),
    sources: SourceIds,
  },
  closed,
);

/** Recursive, so written as plain JSON schema; its TypeScript type is the knowledge's own. */
const RuleConditionRef = Type.Unsafe<RuleCondition>({ $ref: 'RuleCondition#' });
export const RuleConditionSchema = {
  $id: 'RuleCondition',
  description:
    'When a triage rule fires: a finding present, all of, any of, or at least n of several findings',
  anyOf: [
    Type.Object({ finding: Type.String() }, closed),
    Type.Object({ allOf: Type.Array(RuleConditionRef) }, closed),
    Type.Object({ anyOf: Type.Array(RuleConditionRef) }, closed),
    Type.Object({ atLeast: Type.Integer({ minimum: 1 }), of: Type.Array(Type.String()) }, closed),
  ],
};

const TriageRuleSchema = Type.Object(
  {
    id: Type.String(),
    level: TriageLevelSchema,
    when: RuleConditionRef,
    text: Type.String(),
    sources: SourceIds,
    causes: Type.Optional(
      Type.Array(CauseIdSchema, {
        description: 'Conditions the sign points to; their advice joins the plan',
      }),
    ),
    now: Type.Optional(
      Type.Array(AdviceSchema, { description: 'What to do now for this sign in particular' }),
    ),
    withholdsSelfCare: Type.Optional(
      Type.Boolean({ description: "While it fires, the plan carries only its own causes' advice" }),
    ),
  },
  closed,
);

const questionBase = {
  id: Type.String(),
  text: Type.String({ description: 'The question as asked' }),
  help: Type.Optional(Type.String()),
  dangerScreen: Type.Optional(Type.Boolean({ description: 'Asked first, in knowledge order' })),
  optional: Type.Optional(
    Type.Boolean({ description: 'Offered (guided self-tests), never needed to finish' }),
  ),
  askWhenDecisive: Type.Optional(
    Type.Boolean({ description: 'Asked whenever an answer could change the level or the likeliest causes' }),
  ),
};
export const QuestionShared = shared(
  'Question',
  Type.Union(
    [
      Type.Object({ ...questionBase, kind: Type.Literal('yesno'), finding: Type.String() }, closed),
      Type.Object(
        { ...questionBase, kind: Type.Literal('checklist'), findings: Type.Array(Type.String()) },
        closed,
      ),
      Type.Object(
        {
          ...questionBase,
          kind: Type.Literal('choice'),
          options: Type.Array(
            Type.Object(
              { value: Type.String(), label: Type.String(), present: Type.Array(Type.String()) },
              closed,
            ),
          ),
        },
        closed,
      ),
      Type.Object(
        {
          ...questionBase,
          kind: Type.Literal('number'),
          unit: Type.String(),
          min: Type.Number(),
          max: Type.Number(),
          bands: Type.Array(
            Type.Object(
              {
                finding: Type.String(),
                min: Type.Optional(Type.Number()),
                max: Type.Optional(Type.Number()),
              },
              closed,
            ),
          ),
        },
        closed,
      ),
      Type.Object({ ...questionBase, kind: Type.Literal('handMap') }, closed),
      Type.Object(
        {
          ...questionBase,
          kind: Type.Literal('selfTest'),
          finding: Type.String(),
          steps: Type.Array(Type.String()),
          seconds: Type.Number(),
          sources: SourceIds,
        },
        closed,
      ),
    ],
    { description: 'A question, by its `kind`; the answer each kind takes is described by the request body' },
  ),
);

const ExerciseSchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    purpose: Type.String(),
    steps: Type.Array(Type.String()),
    durationSeconds: Type.Number(),
    repetitions: Type.Number(),
    cautions: Type.Array(Type.String()),
    sources: SourceIds,
  },
  closed,
);
const LevelGuidanceSchema = Type.Object(
  { title: Type.String(), summary: Type.String(), now: Type.Array(AdviceSchema) },
  closed,
);
const EmergencyKindSchema = Type.Object(
  {
    id: Type.Enum(EMERGENCY_KIND_IDS),
    title: Type.String(),
    summary: Type.String({
      description: 'For the top of the emergency page when this is the one kind that fired',
    }),
    signs: Type.Object(
      { text: Type.String(), sources: SourceIds },
      { ...closed, description: 'What it looks like, for the emergency page without an assessment' },
    ),
    rules: Type.Array(Type.String(), { description: 'Emergency rules of this kind' }),
    causes: Type.Array(CauseIdSchema, { description: 'Causes whose emergency urgency is of this kind' }),
    now: Type.Array(AdviceSchema, { description: 'What to do now, the call first' }),
    tell: Type.Array(AdviceSchema, { description: 'What to tell the call handler' }),
    wait: Type.Array(AdviceSchema, { description: 'While waiting for the ambulance' }),
  },
  { ...closed, description: "One kind of emergency and its steps, in place of the emergency level's" },
);

export const KnowledgeShared = shared(
  'Knowledge',
  Type.Object(
    {
      version: Type.String({ description: 'Reported by every assessment as `knowledgeVersion`' }),
      sources: Type.Array(SourceSchema),
      findings: Type.Array(FindingSchema),
      questions: Type.Array(QuestionShared.ref),
      causes: Type.Array(CauseSchema),
      rules: Type.Array(TriageRuleSchema),
      tests: Type.Array(MedicalTestSchema),
      specialists: Type.Array(SpecialistSchema),
      exercises: Type.Array(ExerciseSchema),
      levels: Type.Object(
        {
          emergency: Type.Readonly(LevelGuidanceSchema),
          urgent: Type.Readonly(LevelGuidanceSchema),
          doctor: Type.Readonly(LevelGuidanceSchema),
          self_care: Type.Readonly(LevelGuidanceSchema),
        },
        closed,
      ),
      emergencyKinds: Type.Array(EmergencyKindSchema),
      genericEmergencies: Type.Object(
        { rules: Type.Array(Type.String()), causes: Type.Array(CauseIdSchema) },
        { ...closed, description: "Emergencies of no kind, which take the emergency level's steps" },
      ),
      notice: Type.String(),
      unsure: Type.Object(
        { level: TriageLevelSchema, text: Type.String(), sources: SourceIds },
        { ...closed, description: 'What a danger sign answered "don\'t know" calls for' },
      ),
      phrases: Type.Object(
        {
          nothingUrgent: Type.Object({ text: Type.String(), sources: SourceIds }, closed),
          notAsked: Type.Object({ text: Type.String(), sources: SourceIds }, closed),
          none: Type.String(),
          handMapNotTypical: Type.String(),
        },
        { ...closed, description: 'The words the engine puts into a result itself' },
      ),
    },
    {
      ...closed,
      description: "numbcheck's whole knowledge base: everything the engine knows, with its sources",
    },
  ),
);

// The assessment --------------------------------------------------------------------------------------------------

const ContributionSchema = Type.Object(
  {
    finding: Type.String(),
    text: Type.String(),
    weight: Type.Number({ description: "This finding's share of the cause's score, in natural-log odds" }),
  },
  closed,
);
const PlanItemSchema = Type.Object(
  {
    id: Type.String(),
    text: Type.String(),
    sources: SourceIds,
    exercises: Type.Optional(
      Type.Array(Type.String(), { description: 'Exercises that carry this item out' }),
    ),
    forCauses: Type.Optional(Type.Array(CauseIdSchema, { description: 'Causes this item is for' })),
  },
  closed,
);
const PlanItems = Type.Array(PlanItemSchema);

export const AssessmentShared = shared(
  'Assessment',
  Type.Object(
    {
      knowledgeVersion: Type.String(),
      notice: Type.String({ description: 'Information, not a diagnosis' }),
      triage: Type.Object(
        {
          level: TriageLevelSchema,
          reasons: Type.Array(
            Type.Object(
              { text: Type.String(), findings: Type.Array(Type.String()), sources: SourceIds },
              closed,
            ),
          ),
        },
        closed,
      ),
      causes: Type.Array(
        Type.Object(
          {
            id: CauseIdSchema,
            name: Type.String(),
            probability: Type.Number({ minimum: 0, maximum: 1 }),
            why: Type.Object(
              { for: Type.Array(ContributionSchema), against: Type.Array(ContributionSchema) },
              closed,
            ),
            sources: SourceIds,
          },
          closed,
        ),
        { description: 'Likely causes, most likely first; they are weighed one by one, not as rivals' },
      ),
      next: Type.Union([QuestionShared.ref, Type.Null()], {
        description: 'The question that would help most now, or null when the interview is over',
      }),
      plan: Type.Object(
        {
          now: PlanItems,
          tests: PlanItems,
          specialists: PlanItems,
          selfCare: PlanItems,
          prevention: PlanItems,
        },
        closed,
      ),
      unscreened: Type.Array(Type.String(), {
        description: 'Danger signs still unknown: the level was computed without them',
      }),
      unsure: Type.Array(Type.String(), {
        description:
          'The unscreened danger signs answered "don\'t know": the level is held at doctor or above, and the first reason names them',
      }),
      instruments: Type.Object(
        {
          katz: Type.Union([
            Type.Object(
              {
                rating: Type.Enum(['classic', 'probable', 'possible', 'unlikely']),
                hand: Type.Enum(['left', 'right']),
              },
              closed,
            ),
            Type.Null(),
          ]),
          cts6: Type.Union([
            Type.Object(
              { score: Type.Number(), max: Type.Number(), items: Type.Array(Type.String()) },
              closed,
            ),
            Type.Null(),
          ]),
        },
        closed,
      ),
    },
    { ...closed, description: 'One assessment: the contract of DESIGN.md' },
  ),
);

// Requests and health ---------------------------------------------------------------------------------------------

/** The most characters a text may have: a few paragraphs, which is all the intake reads well, and bounded work. */
export const TEXT_LIMIT = 2000;

/** A person's own words. A function, so that each use gets its own schema object (TypeBox schemas are plain data). */
export function textSchema() {
  return Type.String({
    minLength: 1,
    maxLength: TEXT_LIMIT,
    description: `The person's own words, in English or Russian, at most ${TEXT_LIMIT} characters`,
  });
}

/** The language of `text`: without it, text with Cyrillic letters is read as Russian and any other as English. */
export function langSchema() {
  return Type.Union([Type.Literal('en'), Type.Literal('ru')], {
    description:
      'The language of `text`: `en` or `ru`. Without it, text with Cyrillic letters is read as Russian, any other as English',
  });
}

/**
 * What the body of `POST /api/v1/assessments` is validated against: an object with one field, `answers`, itself an
 * object. The answers are then checked question by question by the engine's `parseAnswers`, the one place that
 * knows what each question accepts; the OpenAPI document shows those shapes (see answer-schemas.ts).
 */
export const AssessmentRequestSchema = Type.Object(
  {
    answers: Type.Optional(
      Type.Object({}, { additionalProperties: true, description: 'question id → answer; may be partial' }),
    ),
    text: Type.Optional(textSchema()),
    lang: Type.Optional(langSchema()),
  },
  closed,
);
export type AssessmentRequest = Type.Static<typeof AssessmentRequestSchema>;

/** The body of `POST /api/v1/parse`. */
export const ParseRequestSchema = Type.Object(
  { text: textSchema(), lang: Type.Optional(langSchema()) },
  closed,
);
export type ParseRequest = Type.Static<typeof ParseRequestSchema>;

const Offsets = {
  start: Type.Integer({ minimum: 0, description: 'Where `words` start in the text (UTF-16 code units)' }),
  end: Type.Integer({ minimum: 0, description: 'Where `words` end in the text' }),
};
const YesNoSchema = Type.Enum(['present', 'absent', 'unknown']);
const HandRegionSchema = Type.Enum(HAND_REGIONS);

export const UnderstoodFindingShared = shared(
  'UnderstoodFinding',
  Type.Object(
    {
      finding: Type.String({ description: 'A finding id of the knowledge' }),
      state: YesNoSchema,
      words: Type.String({ description: 'The words that said it, as written' }),
      ...Offsets,
      uncertain: Type.Optional(
        Type.Boolean({ description: 'Said with doubt; a danger sign said with doubt is read as present' }),
      ),
    },
    { ...closed, description: 'One finding understood from the text, with the words that said it' },
  ),
);

const UnderstoodPlaceSchema = Type.Object(
  {
    side: Type.Enum(['left', 'right']),
    palm: Type.Array(HandRegionSchema),
    back: Type.Array(HandRegionSchema),
    arm: Type.Array(Type.Enum(ARM_REGIONS)),
    words: Type.String(),
    ...Offsets,
    assumedSide: Type.Optional(
      Type.Boolean({ description: 'No side was named: the right hand was assumed' }),
    ),
  },
  { ...closed, description: 'A place on the hand map understood from the text' },
);
const UnderstoodChoiceSchema = Type.Object(
  {
    question: Type.String({ description: 'A choice or number question id' }),
    value: Type.Union([Type.String(), Type.Number()]),
    words: Type.String(),
    ...Offsets,
  },
  { ...closed, description: 'A choice or number question answered from the text (onset, duration, age…)' },
);

export const ParseResultShared = shared(
  'ParseResult',
  Type.Object(
    {
      findings: Type.Array(UnderstoodFindingShared.ref, { description: 'In the order they were said' }),
      answers: Type.Object(
        {},
        {
          additionalProperties: true,
          description: 'The same as answers (question id → answer), ready for POST /api/v1/assessments',
        },
      ),
      notes: Type.Array(Type.String(), { description: 'Assumptions, doubts and contradictions to show' }),
      places: Type.Array(UnderstoodPlaceSchema),
      choices: Type.Array(UnderstoodChoiceSchema),
    },
    { ...closed, description: 'What numbcheck understood from a person’s own words' },
  ),
);

/** An assessment, with the findings understood from `text` when the request gave one. */
export const TextAssessmentSchema = Type.Object(
  {
    ...AssessmentShared.schema.properties,
    understood: Type.Optional(
      Type.Array(UnderstoodFindingShared.ref, {
        description:
          'Present when the request gave `text`: the findings understood from it, with their words',
      }),
    ),
  },
  { ...closed, description: 'One assessment (the contract of DESIGN.md), with `understood` for a text' },
);

export const HealthSchema = Type.Object(
  { status: Type.Literal('ok'), knowledgeVersion: Type.String() },
  { ...closed, description: 'The server is up, with the version of the knowledge it assesses with' },
);

export const QuestionParamsSchema = Type.Object(
  { id: Type.String({ description: 'A question id, for example `age`', examples: ['age'] }) },
  closed,
);
export type QuestionParams = Type.Static<typeof QuestionParamsSchema>;

/** Every schema the routes refer to by `$id`, to register with Fastify before the routes. */
export const SHARED_SCHEMAS = [
  RuleConditionSchema,
  QuestionShared.schema,
  KnowledgeShared.schema,
  AssessmentShared.schema,
  UnderstoodFindingShared.schema,
  ParseResultShared.schema,
  ErrorShared.schema,
];

// Compile-time guard: each schema's type and the engine's type must be assignable both ways, so that a field added
// to one and not the other fails `tsc`.
export const SCHEMAS_MATCH_TYPES: [
  Alike<Type.Static<typeof AssessmentShared.schema>, Assessment>,
  Alike<Type.Static<typeof KnowledgeShared.schema>, Knowledge>,
  Alike<Type.Static<typeof QuestionShared.schema>, Question>,
  Alike<Type.Static<typeof UnderstoodFindingShared.schema>, UnderstoodFinding>,
  Alike<Type.Static<typeof UnderstoodPlaceSchema>, UnderstoodPlace>,
  Alike<Type.Static<typeof UnderstoodChoiceSchema>, UnderstoodChoice>,
] = [true, true, true, true, true, true];
