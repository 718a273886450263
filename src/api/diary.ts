/**
 * JSON schemas of what the diary routes send and receive, written with TypeBox like assessment.ts. They describe the
 * types of src/diary; a compile-time check at the end keeps the two in step (the store's and the server's types are
 * checked against them in src/server/schemas-match.ts), and the API tests validate real responses against the
 * published OpenAPI document.
 *
 * Request bodies are documented here but checked by the diary's own parsers (`newEpisode`, `parseDiaryDocument`, …),
 * the one place that knows each field, so that an error says `"severity" expects a whole number from 0 to 10, got 11`.
 */
import Type from 'typebox';
import {
  ACTIVITIES,
  type BctqRecord,
  DIARY_FORMAT,
  DIARY_FORMAT_VERSION,
  type DiaryDocument,
  type DiarySummary,
  type Episode,
  type EpisodeCheck,
  EXPOSURE_KINDS,
  type Exposure,
  INTERVENTIONS,
  type Insights,
  LIMITS,
  MAX_NOTE_LENGTH,
  type SavedAssessment,
} from '../diary/index.ts';
import { type Answers, ARM_REGIONS, HAND_REGIONS } from '../engine/index.ts';
import { bctq, TRIAGE_LEVELS } from '../knowledge/index.ts';
import { AssessmentShared } from './assessment.ts';
import type { Alike } from './same-type.ts';
import { closed, languageQuery, shared } from './shared.ts';

const Instant = Type.String({
  description: 'A UTC instant, ISO 8601 with milliseconds',
  examples: ['2026-11-30T07:15:00.000Z'],
});
const Offset = Type.Integer({
  minimum: -720,
  maximum: 840,
  description: "The person's UTC offset in minutes at that moment (+60 for Central European winter time)",
});
const Id = Type.String({
  maxLength: LIMITS.id,
  description: 'An entry id: 1 to 64 letters, digits, - or _ (a UUID fits)',
});
const EntryList = Type.Array(Type.String({ maxLength: LIMITS.wordId }), { maxItems: LIMITS.listItems });
const NullableNumber = (description: string) => Type.Union([Type.Number(), Type.Null()], { description });
const TriageLevel = Type.Enum(TRIAGE_LEVELS, { description: 'Triage level, most urgent first' });
const NextCursor = Type.Union([Type.String(), Type.Null()], {
  description:
    'The cursor of the next page: send it back as `cursor` (with the same `newestFirst`, `from` and `to`); null on ' +
    'the last page',
});
const Texts = (description: string) => Type.Array(Type.String(), { description });

const Hand = Type.Object(
  {
    palm: Type.Optional(Type.Array(Type.Enum(HAND_REGIONS))),
    back: Type.Optional(Type.Array(Type.Enum(HAND_REGIONS))),
    arm: Type.Optional(Type.Array(Type.Enum(ARM_REGIONS))),
  },
  closed,
);
const HandMap = Type.Object(
  { left: Type.Optional(Hand), right: Type.Optional(Hand) },
  {
    ...closed,
    description:
      'Where, as the hand map of the assessment: a hand left out was not affected; `{ "left": {} }` is the left ' +
      'hand with no places marked',
  },
);

const activityIds = ACTIVITIES.map((a) => `\`${a.id}\``).join(', ');
const interventionIds = INTERVENTIONS.map((i) => `\`${i.id}\``).join(', ');

export const EpisodeShared = shared(
  'Episode',
  Type.Object(
    {
      id: Id,
      startedAt: Instant,
      utcOffsetMinutes: Offset,
      durationMinutes: Type.Union([Type.Integer({ minimum: 0, maximum: 43_200 }), Type.Null()], {
        description: 'How long it lasted, in whole minutes, or null when not recorded',
      }),
      handMap: HandMap,
      activities: Type.Array(Type.String(), {
        description: `What the person was doing: ${activityIds}, or their own snake_case words`,
      }),
      severity: Type.Union([Type.Integer({ minimum: 0, maximum: 10 }), Type.Null()], {
        description: 'How bad, 0 (barely there) to 10 (the worst imaginable), or null when not rated',
      }),
      symptoms: Type.Array(Type.String(), {
        description:
          'Accompanying symptoms as finding ids of the knowledge base (chest_pain, face_droop, hand_weakness, …): ' +
          'the danger check reads them',
      }),
      interventions: Type.Array(Type.String(), {
        description: `What was in place: ${interventionIds}, or the person's own snake_case words`,
      }),
      exposureId: Type.Union([Type.String(), Type.Null()], {
        description: 'The exposure period (a run, a working day) it happened in',
      }),
      note: Type.String({ maxLength: MAX_NOTE_LENGTH }),
    },
    { ...closed, description: 'One episode of numbness, as the person logged it' },
  ),
);

/** What POST and PUT /episodes take: an episode whose fields may be left out. */
export const EpisodeInputSchema = Type.Object(
  {
    id: Type.Optional(
      Type.String({ maxLength: LIMITS.id, description: 'Chosen by the server (a UUID) when left out' }),
    ),
    startedAt: Type.Optional(
      Type.String({
        description:
          'ISO 8601 with a zone (`2026-11-30T08:15+01:00` or `…Z`); POST: now when left out; PUT: the time ' +
          'already saved when left out',
      }),
    ),
    utcOffsetMinutes: Type.Optional(
      Type.Integer({
        minimum: -720,
        maximum: 840,
        description: 'The offset written in `startedAt`, else this, else 0 (UTC)',
      }),
    ),
    durationMinutes: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 43_200 }), Type.Null()])),
    handMap: Type.Optional(Type.Union([HandMap, Type.Null()])),
    activities: Type.Optional(EntryList),
    severity: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 10 }), Type.Null()])),
    symptoms: Type.Optional(EntryList),
    interventions: Type.Optional(EntryList),
    exposureId: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    note: Type.Optional(Type.Union([Type.String({ maxLength: MAX_NOTE_LENGTH }), Type.Null()])),
  },
  { ...closed, description: 'An episode; fields left out are empty (not recorded)' },
);

export const EpisodeCheckSchema = Type.Object(
  {
    level: TriageLevel,
    emergency: Type.Boolean({
      description: 'True: show the emergency screen before anything else, not "saved" (the episode is saved)',
    }),
    assessment: AssessmentShared.ref,
  },
  { ...closed, description: "The danger check of the episode: the engine's assessment of what was logged" },
);

export const EpisodeWithCheckSchema = Type.Object(
  { episode: EpisodeShared.ref, check: EpisodeCheckSchema },
  { ...closed, description: 'The saved episode and its danger check' },
);
export const EpisodeListSchema = Type.Object(
  { episodes: Type.Array(EpisodeShared.ref), next: NextCursor },
  { ...closed, description: 'One page of episodes' },
);

export const ExposureShared = shared(
  'Exposure',
  Type.Object(
    {
      id: Id,
      kind: Type.Enum(EXPOSURE_KINDS),
      startedAt: Instant,
      utcOffsetMinutes: Offset,
      durationMinutes: Type.Union([Type.Integer({ minimum: 0, maximum: 43_200 }), Type.Null()]),
      interventions: Type.Array(Type.String(), {
        description: `What was in place for the whole period: ${interventionIds}, or the person's own words`,
      }),
      episodeCount: Type.Integer({
        minimum: 0,
        maximum: 1000,
        description: 'How many episodes the person counted in the period',
      }),
      note: Type.String({ maxLength: MAX_NOTE_LENGTH }),
    },
    {
      ...closed,
      description:
        'A period the person was exposed to a trigger (a run, a working day): the denominator of "episodes per run"',
    },
  ),
);

export const ExposureInputSchema = Type.Object(
  {
    id: Type.Optional(Type.String()),
    kind: Type.Enum(EXPOSURE_KINDS),
    startedAt: Type.Optional(Type.String({ description: 'As for an episode' })),
    utcOffsetMinutes: Type.Optional(Type.Integer({ minimum: -720, maximum: 840 })),
    durationMinutes: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 43_200 }), Type.Null()])),
    interventions: Type.Optional(EntryList),
    episodeCount: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
    note: Type.Optional(Type.Union([Type.String({ maxLength: MAX_NOTE_LENGTH }), Type.Null()])),
  },
  { ...closed, description: 'An exposure period; fields left out are empty, `episodeCount` 0' },
);
export const ExposureOneSchema = Type.Object({ exposure: ExposureShared.ref }, closed);
export const ExposureListSchema = Type.Object(
  { exposures: Type.Array(ExposureShared.ref), next: NextCursor },
  { ...closed, description: 'One page of exposure periods' },
);

const AnswersSchema = Type.Unsafe<Answers>({
  type: 'object',
  description: 'question id → answer, as POST /api/v1/assessments takes them',
});

export const SavedAssessmentShared = shared(
  'SavedAssessment',
  Type.Object(
    {
      id: Id,
      takenAt: Instant,
      utcOffsetMinutes: Offset,
      answers: AnswersSchema,
      assessment: AssessmentShared.ref,
    },
    { ...closed, description: 'An assessment saved to the diary: the answers, the result then, and when' },
  ),
);
export const AssessmentListSchema = Type.Object(
  { assessments: Type.Array(SavedAssessmentShared.ref), next: NextCursor },
  { ...closed, description: 'One page of saved assessments' },
);

const bctqItems = [...bctq.symptomSeverity.items, ...bctq.functionalStatus.items];
const BctqAnswersSchema = Type.Object(
  Object.fromEntries(
    bctqItems.map((item) => [
      item.id,
      Type.Optional(
        Type.Union([Type.Integer({ minimum: 1, maximum: 5 }), Type.Null()], { description: item.text }),
      ),
    ]),
  ),
  {
    ...closed,
    description: 'BCTQ item id → the score of the chosen answer, 1 (none) to 5; null or left out: skipped',
  },
);
const BctqScoresSchema = Type.Object(
  {
    symptomSeverity: NullableNumber(
      'Mean of the Symptom Severity items, 1–5; null when too many are skipped',
    ),
    functionalStatus: NullableNumber(
      'Mean of the Functional Status items, 1–5; null when too many are skipped',
    ),
    answeredSymptom: Type.Integer({ minimum: 0 }),
    answeredFunction: Type.Integer({ minimum: 0 }),
  },
  closed,
);
export const BctqRecordShared = shared(
  'BctqRecord',
  Type.Object(
    {
      id: Id,
      takenAt: Instant,
      utcOffsetMinutes: Offset,
      answers: Type.Unsafe<BctqRecord['answers']>(BctqAnswersSchema),
      scores: BctqScoresSchema,
    },
    {
      ...closed,
      description: 'Boston Carpal Tunnel Questionnaire answers with their scores, computed by numbcheck',
    },
  ),
);
export const BctqListSchema = Type.Object(
  { bctq: Type.Array(BctqRecordShared.ref), next: NextCursor },
  { ...closed, description: 'One page of BCTQ entries' },
);

const utcOffsetInput = Type.Optional(
  Type.Integer({ minimum: -720, maximum: 840, description: "The person's UTC offset now; default 0 (UTC)" }),
);
export const SaveAssessmentRequestSchema = Type.Object(
  {
    answers: Type.Object(
      {},
      { additionalProperties: true, description: 'question id → answer; may be partial' },
    ),
    utcOffsetMinutes: utcOffsetInput,
  },
  { ...closed, description: 'Answers to assess and save; numbcheck assesses them itself' },
);
export const SaveBctqRequestSchema = Type.Object(
  { answers: BctqAnswersSchema, utcOffsetMinutes: utcOffsetInput },
  closed,
);
export const RepeatRequestSchema = Type.Object(
  {
    utcOffsetMinutes: Type.Optional(
      Type.Integer({
        minimum: -720,
        maximum: 840,
        description: "The person's UTC offset now; default the repeated episode's",
      }),
    ),
  },
  { ...closed, description: '`{}` (or no body at all), or the offset now' },
);

const BctqItemSchema = Type.Object(
  {
    id: Type.String(),
    number: Type.Integer(),
    text: Type.String(),
    labels: Type.Array(Type.String(), {
      minItems: 5,
      maxItems: 5,
      description: 'The five answers in score order: the first scores 1, the last 5',
    }),
  },
  closed,
);
const BctqScaleSchema = Type.Object(
  { name: Type.String(), instructions: Type.String(), items: Type.Array(BctqItemSchema) },
  closed,
);
export const BctqQuestionnaireSchema = Type.Object(
  {
    id: Type.Literal('bctq'),
    name: Type.String(),
    recallDays: Type.Integer(),
    symptomSeverity: BctqScaleSchema,
    functionalStatus: BctqScaleSchema,
    sources: Type.Array(Type.String()),
  },
  { ...closed, description: 'The Boston Carpal Tunnel Questionnaire: both scales, their items and answers' },
);

// Insights and the summary ----------------------------------------------------------------------------------------

export const CountsSchema = Type.Object(
  {
    episodes: Type.Integer({ minimum: 0 }),
    exposures: Type.Integer({ minimum: 0 }),
    assessments: Type.Integer({ minimum: 0 }),
    bctq: Type.Integer({ minimum: 0 }),
  },
  closed,
);
const tallyFields = {
  key: Type.String(),
  label: Type.String(),
  episodes: Type.Integer({ minimum: 0 }),
  share: Type.Number({ minimum: 0, description: 'Share of all episodes, 0–1' }),
};
const TallySchema = Type.Object(tallyFields, closed);
const PatternsSchema = Type.Object(
  {
    episodes: Type.Integer({ minimum: 0 }),
    timeOfDay: Type.Array(TallySchema),
    hours: Type.Array(Type.Integer({ minimum: 0 }), { description: 'Episodes by local hour, 0–23' }),
    dayOfWeek: Type.Array(TallySchema),
    activities: Type.Array(
      Type.Object(
        { ...tallyFields, meanSeverity: NullableNumber('Mean severity of the rated ones') },
        closed,
      ),
    ),
    hands: Type.Array(TallySchema),
    places: Type.Array(
      Type.Object(
        {
          place: Type.Enum([...HAND_REGIONS, ...ARM_REGIONS]),
          label: Type.String(),
          left: Type.Integer({ minimum: 0 }),
          right: Type.Integer({ minimum: 0 }),
          episodes: Type.Integer({ minimum: 0 }),
        },
        closed,
      ),
    ),
    severity: Type.Object(
      { rated: Type.Integer({ minimum: 0 }), mean: NullableNumber('Mean severity') },
      closed,
    ),
    duration: Type.Object(
      { timed: Type.Integer({ minimum: 0 }), medianMinutes: NullableNumber('Median duration') },
      closed,
    ),
    text: Texts('The patterns in sentences'),
    about: Type.Object(
      {
        time: Texts('What stands out in the time of day'),
        day: Texts('What stands out in the day of the week'),
        activity: Texts('What stands out in the activities'),
        hands: Texts('Which hands, then the places marked most'),
      },
      { ...closed, description: 'The same sentences by the chart they belong to' },
    ),
  },
  { ...closed, description: 'When, where and doing what the episodes happened' },
);
const WeekCountSchema = Type.Object(
  {
    weekStart: Type.String({ description: 'The Monday, YYYY-MM-DD' }),
    episodes: Type.Integer({ minimum: 0 }),
    meanSeverity: NullableNumber('Mean severity of the rated episodes'),
  },
  closed,
);
const TrendWindowSchema = Type.Object(
  {
    from: Type.String(),
    to: Type.String(),
    episodes: Type.Integer({ minimum: 0 }),
    rated: Type.Integer({ minimum: 0 }),
    meanSeverity: NullableNumber('Mean severity of the rated episodes'),
  },
  closed,
);
const RateRatioSchema = Type.Union(
  [
    Type.Object(
      { ratio: Type.Number(), low: Type.Number(), high: Type.Number(), corrected: Type.Boolean() },
      { ...closed, description: 'A Poisson rate ratio with its 95% interval' },
    ),
    Type.Null(),
  ],
  { description: 'null when not compared' },
);
const TrendSchema = Type.Object(
  {
    weeks: Type.Array(WeekCountSchema),
    recent: TrendWindowSchema,
    previous: TrendWindowSchema,
    frequency: Type.Enum(['more', 'fewer', 'no_clear_change', 'not_enough_data']),
    rateRatio: RateRatioSchema,
    severity: Type.Enum(['worse', 'milder', 'no_clear_change', 'not_enough_data']),
    text: Texts('The trend in sentences'),
  },
  { ...closed, description: 'The last 4 weeks against the 4 before' },
);
const RateSideSchema = Type.Object(
  {
    periods: Type.Integer({ minimum: 0 }),
    episodes: Type.Integer({ minimum: 0 }),
    rate: Type.Number({ minimum: 0, description: 'Episodes per period' }),
  },
  closed,
);
const ComparisonSchema = Type.Object(
  {
    exposureKind: Type.Enum(EXPOSURE_KINDS),
    intervention: Type.String(),
    with: RateSideSchema,
    without: RateSideSchema,
    status: Type.Enum(['compared', 'not_enough_data']),
    rateRatio: RateRatioSchema,
    verdict: Type.Union([Type.Enum(['fewer', 'more', 'no_clear_difference']), Type.Null()]),
    text: Type.String({ description: 'One sentence; it compares rates and never claims a cause' }),
  },
  closed,
);
const SeveritySideSchema = Type.Object(
  {
    episodes: Type.Integer({ minimum: 0, description: 'Episodes on this side, rated or not' }),
    rated: Type.Integer({ minimum: 0, description: 'Episodes on this side with a severity' }),
    meanSeverity: NullableNumber('Mean severity of the rated ones, 0–10'),
  },
  closed,
);
const SeverityComparisonSchema = Type.Object(
  {
    intervention: Type.String(),
    with: SeveritySideSchema,
    without: SeveritySideSchema,
    status: Type.Enum(['compared', 'not_enough_data']),
    needed: Type.Object(
      { with: Type.Integer({ minimum: 0 }), without: Type.Integer({ minimum: 0 }) },
      { ...closed, description: 'Rated episodes still needed on each side; both 0 once compared' },
    ),
    difference: Type.Union(
      [
        Type.Object(
          {
            difference: Type.Number({ description: 'Mean severity with it minus without it' }),
            low: Type.Number(),
            high: Type.Number(),
            standardError: Type.Number({ minimum: 0 }),
            degreesOfFreedom: Type.Number({ minimum: 0, description: 'Welch–Satterthwaite' }),
          },
          { ...closed, description: "The difference of the mean severities with Welch's 95 % interval" },
        ),
        Type.Null(),
      ],
      { description: 'null when not compared' },
    ),
    verdict: Type.Union([Type.Enum(['less_severe', 'more_severe', 'no_clear_difference']), Type.Null()]),
    text: Type.String({ description: 'What happened together; never a claim of cause' }),
  },
  closed,
);
const InterventionsTriedSchema = Type.Object(
  {
    episodes: Type.Integer({ minimum: 0 }),
    minimumRatedPerSide: Type.Integer({ minimum: 1, description: 'Rated episodes needed on each side' }),
    severity: Type.Array(SeverityComparisonSchema, {
      description: 'One per intervention ticked on some episode, the most used first',
    }),
    frequencyNote: Type.String({ description: 'Why episodes alone do not compare how often' }),
    text: Texts('The report lines ("Interventions tried: …"), none when nothing was tried'),
  },
  {
    ...closed,
    description:
      'Severity of episodes logged with and without each intervention ticked on them (or on the period they are linked to)',
  },
);
const AssessmentHistorySchema = Type.Object(
  {
    points: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          takenAt: Type.String(),
          utcOffsetMinutes: Type.Integer(),
          knowledgeVersion: Type.String(),
          level: TriageLevel,
          topCauses: Type.Array(
            Type.Object({ id: Type.String(), name: Type.String(), probability: Type.Number() }, closed),
          ),
        },
        closed,
      ),
    ),
    text: Texts('The history in sentences'),
  },
  closed,
);
const BctqHistorySchema = Type.Object(
  {
    points: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          takenAt: Type.String(),
          utcOffsetMinutes: Type.Integer(),
          symptomSeverity: NullableNumber('1–5'),
          functionalStatus: NullableNumber('1–5'),
        },
        closed,
      ),
    ),
    text: Texts('The history in sentences'),
  },
  closed,
);
const ChangeReportSchema = Type.Object(
  {
    changes: Type.Array(
      Type.Object(
        {
          kind: Type.Enum([
            'new_pattern',
            'spreading',
            'more_frequent',
            'more_severe',
            'weakness',
            'danger_signs',
          ]),
          text: Type.String(),
        },
        closed,
      ),
    ),
    level: Type.Union([TriageLevel, Type.Null()], { description: 'null when nothing changed' }),
    reasons: Type.Array(
      Type.Object(
        { text: Type.String(), findings: Type.Array(Type.String()), sources: Type.Array(Type.String()) },
        closed,
      ),
    ),
    prompt: Type.Union([Type.String(), Type.Null()], { description: 'A calm sentence or two, or null' }),
  },
  { ...closed, description: "Changes worth a doctor's look" },
);

export const InsightsSchema = Type.Object(
  {
    now: Type.String(),
    counts: CountsSchema,
    patterns: PatternsSchema,
    trend: TrendSchema,
    comparisons: Type.Array(ComparisonSchema, {
      description: 'Episode rates of periods with and without each intervention',
    }),
    interventions: InterventionsTriedSchema,
    assessments: AssessmentHistorySchema,
    bctq: BctqHistorySchema,
    changes: ChangeReportSchema,
    notice: Type.String({ description: 'Comparisons compare rates; they do not show causes' }),
  },
  { ...closed, description: 'Everything the diary shows as insight, as `numbcheck diary stats --json`' },
);

export const SummarySchema = Type.Object(
  {
    period: Type.Object({ from: Type.String(), to: Type.String() }, closed),
    counts: CountsSchema,
    patterns: PatternsSchema,
    weeks: Type.Array(WeekCountSchema),
    comparisons: Type.Array(ComparisonSchema),
    interventions: InterventionsTriedSchema,
    exposures: Type.Array(
      Type.Object({ kind: Type.Enum(EXPOSURE_KINDS), periods: Type.Integer({ minimum: 0 }) }, closed),
    ),
    assessments: AssessmentHistorySchema,
    latestAssessment: Type.Union([SavedAssessmentShared.ref, Type.Null()]),
    bctq: BctqHistorySchema,
    changes: ChangeReportSchema,
    text: Texts('The summary in sentences: the report text'),
    notice: Type.String(),
  },
  { ...closed, description: 'The diary summary of a period, for the printable doctor report' },
);

// Export, import, delete -------------------------------------------------------------------------------------------

export const DiaryDocumentShared = shared(
  'DiaryDocument',
  Type.Object(
    {
      format: Type.Literal(DIARY_FORMAT),
      version: Type.Literal(DIARY_FORMAT_VERSION),
      episodes: Type.Array(EpisodeShared.ref),
      exposures: Type.Array(ExposureShared.ref),
      assessments: Type.Array(SavedAssessmentShared.ref),
      bctq: Type.Array(BctqRecordShared.ref),
    },
    { ...closed, description: 'A whole diary as one JSON document: what export writes and import reads' },
  ),
);

export const ImportResultSchema = Type.Object(
  {
    added: CountsSchema,
    skipped: CountsSchema,
  },
  {
    ...closed,
    description: 'Entries written, and entries skipped because the diary had their id (never overwritten)',
  },
);

export const DELETE_CONFIRMATION = 'delete everything';
export const DeleteAllRequestSchema = Type.Object(
  { confirm: Type.Literal(DELETE_CONFIRMATION) },
  {
    ...closed,
    description: `Deleting every entry cannot be undone: send { "confirm": "${DELETE_CONFIRMATION}" }`,
  },
);
export const DeleteAllResultSchema = Type.Object({ deleted: CountsSchema }, closed);

// Parameters --------------------------------------------------------------------------------------------------------

export const EntryParamsSchema = Type.Object({ id: Type.String({ description: 'The entry id' }) }, closed);
export type EntryParams = Type.Static<typeof EntryParamsSchema>;

const ListQueryFields = {
  ...languageQuery,
  from: Type.Optional(
    Type.String({ description: 'Entries from this time on (included), ISO 8601 with a zone' }),
  ),
  to: Type.Optional(Type.String({ description: 'Entries before this time (not included)' })),
  newestFirst: Type.Optional(
    Type.Enum(['true', 'false'], { description: 'Newest first; default oldest first' }),
  ),
  cursor: Type.Optional(
    Type.String({ description: 'The `next` of the previous page, unchanged; left out for the first page' }),
  ),
};

/** The query of a paged listing, with its page sizes in the documentation. */
export function listQuerySchema(size: { default: number; max: number }) {
  return Type.Object(
    {
      ...ListQueryFields,
      limit: Type.Optional(
        Type.String({ description: `Entries in a page, 1 to ${size.max}; default ${size.default}` }),
      ),
    },
    closed,
  );
}
export type ListQuery = Type.Static<ReturnType<typeof listQuerySchema>>;

export const InsightsQuerySchema = Type.Object(
  {
    ...languageQuery,
    utcOffsetMinutes: Type.Optional(
      Type.String({
        description:
          "The person's UTC offset now, in minutes (-720 to 840); default that of the latest episode",
      }),
    ),
  },
  closed,
);
export type InsightsQuery = Type.Static<typeof InsightsQuerySchema>;

export const SummaryQuerySchema = Type.Object(
  {
    ...languageQuery,
    from: Type.Optional(
      Type.String({ description: 'Start (included), ISO 8601 with a zone; default `to` − 90 days' }),
    ),
    to: Type.Optional(Type.String({ description: 'End (not included); default now' })),
    utcOffsetMinutes: Type.Optional(
      Type.String({ description: "The person's UTC offset, in minutes; default that of the latest episode" }),
    ),
  },
  closed,
);
export type SummaryQuery = Type.Static<typeof SummaryQuerySchema>;

export const ExportQuerySchema = Type.Object(
  {
    ...languageQuery,
    format: Type.Optional(Type.Enum(['json', 'csv', 'fhir'], { description: 'Default json' })),
  },
  closed,
);
export type ExportQuery = Type.Static<typeof ExportQuerySchema>;

/** Every diary schema the routes refer to by `$id`, to register with Fastify before the routes. */
export const DIARY_SHARED_SCHEMAS = [
  EpisodeShared.schema,
  ExposureShared.schema,
  SavedAssessmentShared.schema,
  BctqRecordShared.schema,
  DiaryDocumentShared.schema,
];

// Compile-time guard: each schema's type and the diary's type must be assignable both ways.
export const DIARY_SCHEMAS_MATCH_TYPES: [
  Alike<Type.Static<typeof EpisodeShared.schema>, Episode>,
  Alike<Type.Static<typeof ExposureShared.schema>, Exposure>,
  Alike<Type.Static<typeof SavedAssessmentShared.schema>, SavedAssessment>,
  Alike<Type.Static<typeof BctqRecordShared.schema>, BctqRecord>,
  Alike<Type.Static<typeof EpisodeCheckSchema>, EpisodeCheck>,
  Alike<Type.Static<typeof InsightsSchema>, Insights>,
  Alike<Type.Static<typeof SummarySchema>, DiarySummary>,
  Alike<Type.Static<typeof DiaryDocumentShared.schema>, DiaryDocument>,
] = [true, true, true, true, true, true, true, true];
