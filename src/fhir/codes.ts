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
/** numbcheck's own codes: what no standard code says exactly (a 0–10 numbness rating, a BCTQ scale score). */
export const NUMBCHECK_CODES = 'https://numbcheck.example/fhir/CodeSystem/numbcheck';
/** The system of Observation.identifier: the id the entry has in the diary, so an export can be matched to it. */
export const DIARY_ENTRY_IDS = 'https://numbcheck.example/fhir/diary-entry';

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
  thumbSide: { system: NUMBCHECK_CODES, code: 'hand-thumb-side', display: 'Thumb side half of the hand' },
  littleSide: {
    system: NUMBCHECK_CODES,
    code: 'hand-little-side',
    display: 'Little finger side half of the hand',
  },
} as const satisfies Record<string, Concept>;

export const SURVEY: Concept = { system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' };

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

/** The English name of each place, for the text of its code. */
export const PLACE_NAMES: Readonly<Record<Place, string>> = {
  thumb: 'thumb',
  index: 'index finger',
  middle: 'middle finger',
  ring: 'ring finger',
  little: 'little finger',
  thumb_side: 'thumb side of the hand',
  little_side: 'little finger side of the hand',
  wrist: 'wrist',
  forearm: 'forearm',
  upper_arm: 'upper arm',
};
