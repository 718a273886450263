import type {
  Bundle,
  CodeableConcept,
  Coding,
  Observation,
  ObservationComponent,
  Patient,
  Reference,
} from '@medplum/fhirtypes';
import type { BctqRecord, Diary, Episode } from '../diary/index.ts';
import { formatOffset } from '../diary/index.ts';
import { ARM_REGIONS, HAND_REGIONS, type HandAnswer } from '../engine/index.ts';
import {
  type Concept,
  DIARY_ENTRY_IDS,
  HAND,
  LOCAL,
  NUMBNESS,
  PLACE_CODES,
  PLACE_NAMES,
  type Place,
  SURVEY,
  UCUM,
} from './codes.ts';

/**
 * The base of every entry's fullUrl, so that `Patient/numbcheck-person` in an Observation resolves to the Patient of
 * the same Bundle (FHIR resolves a relative reference against the base of the fullUrl that holds it).
 */
export const FHIR_BASE = 'https://numbcheck.example/fhir';
/** The id of the one person a diary belongs to. Local, and never an identifier: the diary holds no name or number. */
export const PERSON_ID = 'numbcheck-person';

type Resource = Patient | Observation;

function coding({ system, code, display }: Concept): Coding {
  return { system, code, display };
}

function concept(code: Concept, text?: string): CodeableConcept {
  return text === undefined ? { coding: [coding(code)] } : { coding: [coding(code)], text };
}

/** A UTC instant written in the person's local time with their offset, as they lived it: `2026-11-30T07:15:00+01:00`. */
export function localDateTime(instant: string, utcOffsetMinutes: number): string {
  const local = new Date(Date.parse(instant) + utcOffsetMinutes * 60_000).toISOString().slice(0, 19);
  return `${local}${formatOffset(utcOffsetMinutes)}`;
}

/** The person: only an id, since the diary holds no personal facts (no name, birth date or sex) to put in it. */
function patient(): Patient {
  return { resourceType: 'Patient', id: PERSON_ID };
}

const subject: Reference<Patient> = { reference: `Patient/${PERSON_ID}` };

function placesOf(side: 'left' | 'right', hand: HandAnswer): ObservationComponent[] {
  const marked: { place: Place; where: string }[] = [
    ...HAND_REGIONS.filter((r) => hand.palm?.includes(r)).map((place) => ({ place, where: ', palm side' })),
    ...HAND_REGIONS.filter((r) => hand.back?.includes(r)).map((place) => ({ place, where: ', back' })),
    ...ARM_REGIONS.filter((r) => hand.arm?.includes(r)).map((place) => ({ place, where: '' })),
  ];
  return marked.map(({ place, where }) => ({
    code: concept(LOCAL.place),
    valueCodeableConcept: concept(PLACE_CODES[place], `${side} ${PLACE_NAMES[place]}${where}`),
  }));
}

/** The hand as the body site when the episode names one; the places marked are components, one per place. */
function bodySiteOf(episode: Episode): CodeableConcept | undefined {
  const { left, right } = episode.handMap;
  if (left && right) return concept(HAND, 'both hands');
  if (left) return concept(HAND, 'left hand');
  if (right) return concept(HAND, 'right hand');
  return undefined;
}

function episodeObservation(episode: Episode, number: number): Observation {
  const component: ObservationComponent[] = [];
  if (episode.severity !== null)
    component.push({ code: concept(LOCAL.severity), valueInteger: episode.severity });
  if (episode.durationMinutes !== null) {
    component.push({
      code: concept(LOCAL.duration),
      valueQuantity: { value: episode.durationMinutes, unit: 'min', system: UCUM, code: 'min' },
    });
  }
  const { left, right } = episode.handMap;
  if (left) component.push(...placesOf('left', left));
  if (right) component.push(...placesOf('right', right));
  const bodySite = bodySiteOf(episode);
  return {
    resourceType: 'Observation',
    id: `episode-${number}`,
    identifier: [{ system: DIARY_ENTRY_IDS, value: episode.id }],
    status: 'final',
    code: concept(NUMBNESS),
    subject,
    effectiveDateTime: localDateTime(episode.startedAt, episode.utcOffsetMinutes),
    ...(bodySite === undefined ? {} : { bodySite }),
    ...(component.length === 0 ? {} : { component }),
    ...(episode.note === '' ? {} : { note: [{ text: episode.note }] }),
  };
}

function bctqObservation(record: BctqRecord, number: number): Observation {
  const component: ObservationComponent[] = [];
  // A scale with too many items unanswered has no score (scoreBctq): it is left out rather than given a number.
  const scores = [
    [LOCAL.bctqSymptomSeverity, record.scores.symptomSeverity],
    [LOCAL.bctqFunctionalStatus, record.scores.functionalStatus],
  ] as const;
  for (const [code, score] of scores) {
    if (score !== null) {
      component.push({
        code: concept(code),
        valueQuantity: { value: score, unit: 'score', system: UCUM, code: '{score}' },
      });
    }
  }
  return {
    resourceType: 'Observation',
    id: `bctq-${number}`,
    identifier: [{ system: DIARY_ENTRY_IDS, value: record.id }],
    status: 'final',
    category: [concept(SURVEY)],
    code: concept(LOCAL.bctq),
    subject,
    effectiveDateTime: localDateTime(record.takenAt, record.utcOffsetMinutes),
    ...(component.length === 0 ? {} : { component }),
  };
}

/**
 * The diary as a FHIR R4 Bundle of type `collection`: the person, an Observation per episode of numbness and an
 * Observation per BCTQ record. Exposure periods and saved assessments are not in it yet.
 */
export function diaryBundle(diary: Diary): Bundle<Resource> {
  const resources: Resource[] = [
    patient(),
    ...diary.episodes.map((episode, i) => episodeObservation(episode, i + 1)),
    ...diary.bctq.map((record, i) => bctqObservation(record, i + 1)),
  ];
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: resources.map((resource) => ({
      fullUrl: `${FHIR_BASE}/${resource.resourceType}/${resource.id}`,
      resource,
    })),
  };
}
