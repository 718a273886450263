/** For the FHIR tests: a diary that uses every field the FHIR Bundle carries, and the options of its export. */
import {
  type Diary,
  newBctqRecord,
  newEpisode,
  newExposure,
  newSavedAssessment,
  sampleDiary,
} from '../diary/index.ts';
import { bctq as bctqScales, readableIn } from '../knowledge/index.ts';
import type { Language } from '../messages/index.ts';
import type { BundleOptions } from './index.ts';

export const END = '2026-11-30T12:00:00.000Z';
/** The export's options for a reader of `language`, with the knowledge in it. */
export function optionsIn(language: Language): BundleOptions {
  return {
    period: { from: '2026-09-01T00:00:00.000Z', to: END },
    language,
    knowledge: readableIn(language).knowledge,
    utcOffsetMinutes: 60,
  };
}
export const OPTIONS = optionsIn('en');

const at = (now: string, id: string, utcOffsetMinutes = 60) => ({ id, now, utcOffsetMinutes });

/** Answers of every kind: a danger screen, a partial checklist, "I don't know", a hand map, a number, a choice. */
export const ANSWERS = {
  stroke_signs: [],
  heart_signs: ['breathless'],
  other_danger_signs: { recent_injury: 'absent', major_trauma: 'unknown' },
  risk_history: 'unknown',
  hand_map: { right: { palm: ['index', 'thumb'], arm: ['wrist'] }, left: {} },
  onset: 'gradual',
  pattern: 'episodes',
  positions: ['night_waking'],
  age: 47,
  sex: 'female',
  phalen_test: 'present',
  tinel_test: 'absent',
  elbow_flexion_test: 'unknown',
};

/** Two months of sample episodes and runs, with a saved assessment or two and BCTQ records, one with skips. */
export function fullDiary(): Diary {
  const diary = sampleDiary({ days: 60, end: END, utcOffsetMinutes: 60 });
  diary.assessments.push(newSavedAssessment(ANSWERS, at('2026-11-20T18:30:12.345Z', 'assess-full')));
  diary.assessments.push(
    newSavedAssessment({ stroke_signs: 'unknown', age: 46 }, at('2026-10-02T08:00:00Z', 'assess-short', 180)),
  );
  const scores = (symptoms: number | null, functions: number | null) => ({
    ...Object.fromEntries(bctqScales.symptomSeverity.items.map((item) => [item.id, symptoms])),
    ...Object.fromEntries(bctqScales.functionalStatus.items.map((item) => [item.id, functions])),
  });
  diary.bctq.push(newBctqRecord(scores(3, 2), at('2026-11-01T08:00:00Z', 'bctq-scored')));
  diary.bctq.push(newBctqRecord(scores(null, 4), at('2026-11-02T08:00:00Z', 'bctq-skipped')));
  diary.exposures.push(
    newExposure(
      {
        kind: 'working_day',
        durationMinutes: 480,
        interventions: ['breaks', 'desk_setup'],
        note: 'long day',
      },
      at('2026-11-25T08:00:00Z', 'day-1'),
    ),
    newExposure({ kind: 'night', episodeCount: 2 }, at('2026-11-25T22:00:00Z', 'night-1')),
  );
  diary.episodes.push(
    newEpisode(
      {
        startedAt: '2026-11-25T10:15:00.250+01:00',
        durationMinutes: 12,
        severity: 0,
        handMap: { left: { back: ['little', 'ring'] }, right: {} },
        activities: ['keyboard', 'ice_hockey'],
        symptoms: ['hand_weakness', 'neck_pain'],
        interventions: ['breaks', 'own_idea'],
        exposureId: 'day-1',
        note: 'after <the> meeting & lunch',
      },
      at(END, 'full-episode'),
    ),
  );
  return diary;
}
