import type {
  CodeableConcept,
  Coding,
  Observation,
  ObservationComponent,
  Patient,
  Reference,
} from '@medplum/fhirtypes';
import type { BctqRecord, Episode, Exposure } from '../diary/index.ts';
import { activityLabelIn, EXPOSURE_WORDS, exposureWords, interventionLabelIn } from '../diary/index.ts';
import { ARM_REGIONS, HAND_REGIONS, type HandAnswer } from '../engine/index.ts';
import { bctq as bctqInstrument, type Knowledge } from '../knowledge/index.ts';
import { type Language, translator } from '../messages/index.ts';
import {
  ACTIVITY_CODES,
  ASKED_DECLINED,
  BCTQ_ITEM_CODES,
  type Concept,
  DIARY_ENTRY_IDS,
  EXPOSURE_KIND_CODES,
  EXTENSIONS,
  HAND,
  HAND_MAP_CODES,
  INTERVENTION_CODES,
  LOCAL,
  NUMBNESS,
  PLACE_CODES,
  type Place,
  SURVEY,
  UCUM,
} from './codes.ts';
import { handMapCoding } from './hand-map.ts';
import { localDateTime } from './local-time.ts';
import { findingCoding } from './questionnaire.ts';

/**
 * The diary's entries as Observations: an episode of numbness, an exposure period, a BCTQ record. Each keeps its
 * diary id in `identifier`, and whatever the entry recorded has a place, so that `fromFhir` reads the same entry back;
 * what the entry did not record is left out, never filled in.
 */

function coding({ system, code, display }: Concept): Coding {
  return { system, code, display };
}

export function concept(code: Concept, text?: string): CodeableConcept {
  return text === undefined ? { coding: [coding(code)] } : { coding: [coding(code)], text };
}

function placesOf(side: 'left' | 'right', hand: HandAnswer, language: Language): ObservationComponent[] {
  const marked: { place: Place; face: string }[] = [
    ...HAND_REGIONS.filter((r) => hand.palm?.includes(r)).map((place) => ({ place, face: 'palm' })),
    ...HAND_REGIONS.filter((r) => hand.back?.includes(r)).map((place) => ({ place, face: 'back' })),
    ...ARM_REGIONS.filter((r) => hand.arm?.includes(r)).map((place) => ({ place, face: 'arm' })),
  ];
  return marked.map(({ place, face }) => {
    // The body-site code says what the place is; the hand-map code says which side and face, exactly.
    const mark = handMapCoding(`${side}.${face}.${place}`, language);
    return {
      code: concept(LOCAL.place),
      valueCodeableConcept: {
        coding: [coding(PLACE_CODES[place]), { system: mark.system, code: mark.code }],
        text: mark.display,
      },
    };
  });
}

/** The hand as the body site when the episode names one, with the hand-map code of the side (`left`, `both`). */
function bodySiteOf(episode: Episode, language: Language): CodeableConcept | undefined {
  const { left, right } = episode.handMap;
  const side = left && right ? 'both' : left ? 'left' : right ? 'right' : null;
  if (side === null) return undefined;
  const t = translator(language);
  const text =
    side === 'both'
      ? t('diary.fhir.bothHands')
      : t(side === 'left' ? 'diary.fhir.leftHand' : 'diary.fhir.rightHand');
  return { coding: [coding(HAND), { system: HAND_MAP_CODES, code: side }], text };
}

function listed(code: Concept, system: string, ids: readonly string[], label: (id: string) => string) {
  return ids.map(
    (id): ObservationComponent => ({
      code: concept(code),
      valueCodeableConcept: { coding: [{ system, code: id, display: label(id) }], text: label(id) },
    }),
  );
}

function interventionsOf(ids: readonly string[], language: Language): ObservationComponent[] {
  return listed(LOCAL.intervention, INTERVENTION_CODES, ids, (id) => interventionLabelIn(id, language));
}

function minutes(value: number) {
  return { value, unit: 'min', system: UCUM, code: 'min' };
}

export function episodeObservation(
  episode: Episode,
  id: string,
  subject: Reference<Patient>,
  words: { knowledge: Knowledge; language: Language },
  exposureObservation: (exposureId: string) => string | undefined,
): Observation {
  const { knowledge, language } = words;
  const component: ObservationComponent[] = [];
  if (episode.severity !== null)
    component.push({ code: concept(LOCAL.severity), valueInteger: episode.severity });
  if (episode.durationMinutes !== null) {
    component.push({ code: concept(LOCAL.duration), valueQuantity: minutes(episode.durationMinutes) });
  }
  const { left, right } = episode.handMap;
  if (left) component.push(...placesOf('left', left, language));
  if (right) component.push(...placesOf('right', right, language));
  component.push(
    ...listed(LOCAL.activity, ACTIVITY_CODES, episode.activities, (id) => activityLabelIn(id, language)),
  );
  for (const symptom of episode.symptoms) {
    const value = findingCoding(symptom, knowledge);
    component.push({
      code: concept(LOCAL.symptom),
      valueCodeableConcept:
        value.display === undefined ? { coding: [value] } : { coding: [value], text: value.display },
    });
  }
  component.push(...interventionsOf(episode.interventions, language));
  const bodySite = bodySiteOf(episode, language);
  const exposure = episode.exposureId === null ? undefined : exposureObservation(episode.exposureId);
  return {
    resourceType: 'Observation',
    id,
    ...(episode.exposureId === null
      ? {}
      : {
          extension: [
            {
              url: EXTENSIONS.exposurePeriod,
              valueReference:
                exposure === undefined
                  ? { identifier: { system: DIARY_ENTRY_IDS, value: episode.exposureId } }
                  : { reference: `Observation/${exposure}` },
            },
          ],
        }),
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

/**
 * An exposure period: its kind as the value, the time as `effectivePeriod` (with an end when its length is known),
 * the episodes counted and what was in place as components.
 */
export function exposureObservation(
  exposure: Exposure,
  id: string,
  subject: Reference<Patient>,
  language: Language,
): Observation {
  const start = localDateTime(exposure.startedAt, exposure.utcOffsetMinutes);
  const end =
    exposure.durationMinutes === null
      ? undefined
      : localDateTime(
          new Date(Date.parse(exposure.startedAt) + exposure.durationMinutes * 60_000).toISOString(),
          exposure.utcOffsetMinutes,
        );
  return {
    resourceType: 'Observation',
    id,
    identifier: [{ system: DIARY_ENTRY_IDS, value: exposure.id }],
    status: 'final',
    code: concept(LOCAL.exposure),
    subject,
    effectivePeriod: end === undefined ? { start } : { start, end },
    valueCodeableConcept: {
      coding: [
        { system: EXPOSURE_KIND_CODES, code: exposure.kind, display: EXPOSURE_WORDS[exposure.kind].one },
      ],
      text: exposureWords(exposure.kind, language).one,
    },
    component: [
      { code: concept(LOCAL.episodeCount), valueInteger: exposure.episodeCount },
      ...interventionsOf(exposure.interventions, language),
    ],
    ...(exposure.note === '' ? {} : { note: [{ text: exposure.note }] }),
  };
}

const BCTQ_ITEMS = [...bctqInstrument.symptomSeverity.items, ...bctqInstrument.functionalStatus.items];

/**
 * A BCTQ record: the two scale scores (a scale with too many items unanswered has no score and is left out), then
 * each item answered, 1–5, or with data-absent-reason `asked-declined` when the person skipped it.
 */
export function bctqObservation(record: BctqRecord, id: string, subject: Reference<Patient>): Observation {
  const component: ObservationComponent[] = [];
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
  for (const item of BCTQ_ITEMS) {
    const answer = record.answers[item.id];
    if (answer === undefined) continue;
    const code = { coding: [{ system: BCTQ_ITEM_CODES, code: item.id, display: item.text }] };
    component.push(
      answer === null ? { code, dataAbsentReason: concept(ASKED_DECLINED) } : { code, valueInteger: answer },
    );
  }
  return {
    resourceType: 'Observation',
    id,
    identifier: [{ system: DIARY_ENTRY_IDS, value: record.id }],
    status: 'final',
    category: [concept(SURVEY)],
    code: concept(LOCAL.bctq),
    subject,
    effectiveDateTime: localDateTime(record.takenAt, record.utcOffsetMinutes),
    ...(component.length === 0 ? {} : { component }),
  };
}
