import type { ARM_REGIONS, HAND_REGIONS } from '../engine/index.ts';

/** A place a person can mark on the hand map. */
export type Place = (typeof HAND_REGIONS)[number] | (typeof ARM_REGIONS)[number];

/**
 * The code systems and codes of numbcheck's FHIR export. Standard codes (SNOMED CT, UCUM, HL7) are used where one
 * means exactly what numbcheck recorded; everything else is a local code of the numbcheck CodeSystem, listed in
 * docs/fhir.md, so that a receiving system never reads a local meaning into a standard code.
 */

export const SNOMED = 'http://snomed.info/sct';
export const UCUM = 'http://unitsofmeasure.org';
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const DATA_ABSENT_REASON = 'http://terminology.hl7.org/CodeSystem/data-absent-reason';

/**
 * The base of every entry's fullUrl and of numbcheck's code systems and extensions. `Patient/numbcheck-person` in an
 * Observation resolves to the Patient of the same Bundle (a relative reference resolves against its fullUrl's base).
 */
export const FHIR_BASE = 'https://numbcheck.example/fhir';
/** numbcheck's own codes: what no standard code says exactly (a 0–10 numbness rating, a BCTQ scale score). */
export const NUMBCHECK_CODES = `${FHIR_BASE}/CodeSystem/numbcheck`;
/** The system of Observation.identifier: the id the entry has in the diary, so an export can be matched to it. */
export const DIARY_ENTRY_IDS = `${FHIR_BASE}/diary-entry`;
/** The findings of numbcheck's knowledge base by id (`night_waking`): checklist answers and an episode's symptoms. */
export const FINDING_CODES = `${FHIR_BASE}/CodeSystem/finding`;
/** The options of the interview's choice questions, `question.option` (`onset.sudden`). */
export const ANSWER_CODES = `${FHIR_BASE}/CodeSystem/interview-answer`;
/** The hand map's marks: `left` (the hand, no place marked), `left.palm.index`, `right.arm.wrist`, `both` (body site). */
export const HAND_MAP_CODES = `${FHIR_BASE}/CodeSystem/hand-map`;
/** What the person was doing (`running`, or their own snake_case words). */
export const ACTIVITY_CODES = `${FHIR_BASE}/CodeSystem/activity`;
/** What was in place (`hand_expander`, or their own snake_case words). */
export const INTERVENTION_CODES = `${FHIR_BASE}/CodeSystem/intervention`;
/** The kinds of exposure period (`run`, `workday`, …). */
export const EXPOSURE_KIND_CODES = `${FHIR_BASE}/CodeSystem/exposure-kind`;
/** The BCTQ items by id (`night_pain_severity`). */
export const BCTQ_ITEM_CODES = `${FHIR_BASE}/CodeSystem/bctq-item`;

/** numbcheck's extensions. */
export const EXTENSIONS = {
  /** On a QuestionnaireResponse: the assessment numbcheck gave for these answers then, as its JSON (valueString). */
  assessmentResult: `${FHIR_BASE}/StructureDefinition/assessment-result`,
  /**
   * A modifier on a checklist answer given item by item: `present`, `absent` or `unknown` for the finding coded.
   * A modifier, because an answer coded `absent` says the opposite of what the coding alone says.
   */
  findingState: `${FHIR_BASE}/StructureDefinition/finding-state`,
  /** On an episode's Observation: the exposure period (its Observation) the person linked it to. */
  exposurePeriod: `${FHIR_BASE}/StructureDefinition/exposure-period`,
  /** On the Patient: the age the person gave (`age`, a Quantity in years) and when they gave it (`reportedOn`). */
  reportedAge: `${FHIR_BASE}/StructureDefinition/reported-age`,
  /** HL7's: why a value is missing (on a question answered "I don't know"). */
  dataAbsentReason: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason',
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
} as const;

/** The canonical URL of the interview's Questionnaire; a response names it with the knowledge version, `url|version`. */
export const INTERVIEW_QUESTIONNAIRE_ID = 'numbcheck-interview';
export const INTERVIEW_QUESTIONNAIRE_URL = `${FHIR_BASE}/Questionnaire/${INTERVIEW_QUESTIONNAIRE_ID}`;

/** A code of a code system with its display. */
export interface Concept {
  system: string;
  code: string;
  display: string;
}

/** SNOMED CT 44077006: every diary episode is an episode of numbness. */
export const NUMBNESS: Concept = { system: SNOMED, code: '44077006', display: 'Numbness' };

/**
 * Local codes. LOINC 72514-3 rates pain, not numbness, so the 0–10 rating is local; no LOINC code for the Boston
 * Carpal Tunnel Questionnaire could be confirmed, so its scores are local too.
 */
export const LOCAL = {
  severity: {
    system: NUMBCHECK_CODES,
    code: 'numbness-severity',
    display: 'Numbness severity, 0–10, self-rated',
  },
  duration: {
    system: NUMBCHECK_CODES,
    code: 'episode-duration',
    display: 'Duration of the numbness episode',
  },
  place: { system: NUMBCHECK_CODES, code: 'numb-place', display: 'Place where numbness was felt' },
  bctq: { system: NUMBCHECK_CODES, code: 'bctq', display: 'Boston Carpal Tunnel Questionnaire scores' },
  bctqSymptomSeverity: {
    system: NUMBCHECK_CODES,
    code: 'bctq-symptom-severity',
    display: 'BCTQ Symptom Severity Scale score (1–5)',
  },
  bctqFunctionalStatus: {
    system: NUMBCHECK_CODES,
    code: 'bctq-functional-status',
    display: 'BCTQ Functional Status Scale score (1–5)',
  },
  activity: { system: NUMBCHECK_CODES, code: 'activity', display: 'What the person was doing' },
  symptom: {
    system: NUMBCHECK_CODES,
    code: 'accompanying-symptom',
    display: 'Symptom that came with the numbness',
  },
  intervention: { system: NUMBCHECK_CODES, code: 'intervention-in-place', display: 'What was in place' },
  exposure: {
    system: NUMBCHECK_CODES,
    code: 'exposure-period',
    display: 'Exposure period (a run, a working day, a night)',
  },
  episodeCount: {
    system: NUMBCHECK_CODES,
    code: 'episode-count',
    display: 'Episodes of numbness counted in the period',
  },
  noneOfThese: { system: NUMBCHECK_CODES, code: 'none-of-these', display: 'None of these' },
  diaryReport: { system: NUMBCHECK_CODES, code: 'diary-report', display: 'Numbness diary report' },
  thumbSide: { system: NUMBCHECK_CODES, code: 'hand-thumb-side', display: 'Thumb side half of the hand' },
  littleSide: {
    system: NUMBCHECK_CODES,
    code: 'hand-little-side',
    display: 'Little finger side half of the hand',
  },
} as const satisfies Record<string, Concept>;

export const SURVEY: Concept = { system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' };

/** HL7 data-absent-reason: "I don't know" to a question, and a BCTQ item the person skipped. */
export const ASKED_UNKNOWN: Concept = {
  system: DATA_ABSENT_REASON,
  code: 'asked-unknown',
  display: 'Asked But Unknown',
};
export const ASKED_DECLINED: Concept = {
  system: DATA_ABSENT_REASON,
  code: 'asked-declined',
  display: 'Asked But Declined',
};

/** SNOMED CT 85562004: the hand, the body site of an episode that marks a hand. */
export const HAND: Concept = { system: SNOMED, code: '85562004', display: 'Hand structure' };

const FINGER: Concept = { system: SNOMED, code: '7569003', display: 'Finger structure' };

/**
 * Each place of the hand map as a body-site code. The four fingers share SNOMED CT's "Finger structure" and keep
 * which finger in the text; the halves of the palm or back have no single SNOMED CT concept, so they are local.
 */
export const PLACE_CODES: Readonly<Record<Place, Concept>> = {
  thumb: { system: SNOMED, code: '76505004', display: 'Thumb structure' },
  index: FINGER,
  middle: FINGER,
  ring: FINGER,
  little: FINGER,
  thumb_side: LOCAL.thumbSide,
  little_side: LOCAL.littleSide,
  wrist: { system: SNOMED, code: '8205005', display: 'Wrist region structure' },
  forearm: { system: SNOMED, code: '14975008', display: 'Forearm structure' },
  upper_arm: { system: SNOMED, code: '40983000', display: 'Upper arm structure' },
};
