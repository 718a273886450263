import { anyOf, bad, type Path, words } from '../errors.ts';
import {
  type EntryDefaults,
  MAX_EPISODE_MINUTES,
  MAX_NOTE_LENGTH,
  parseOffset,
  withEntryDefaults,
} from './episode.ts';
import { parseInstant } from './time.ts';
import {
  fieldsOf,
  isWordId,
  parseId,
  parseIdList,
  parseInteger,
  parseOptionalInteger,
  parseText,
} from './validate.ts';
import { EXPOSURE_KINDS, type ExposureKind, isExposureKind } from './vocabulary.ts';

/** The most episodes one exposure period can hold. */
export const MAX_EPISODES_PER_EXPOSURE = 1000;

/**
 * A period the person was exposed to a trigger (a run, a working day, a night), with what was in place and how many
 * episodes happened. Exposures are the denominator of a rate: "runs with the expander" against "runs without".
 */
export interface Exposure {
  id: string;
  kind: ExposureKind;
  startedAt: string;
  utcOffsetMinutes: number;
  durationMinutes: number | null;
  /** What was in place for the whole period: ids from `INTERVENTIONS` or the person's own words. */
  interventions: string[];
  /**
   * How many episodes the person counted in the period (0 for a run without numbness). Episodes logged in detail
   * and linked to the period count towards it: the period's episodes are the larger of the two numbers.
   */
  episodeCount: number;
  note: string;
}

export const EXPOSURE_FIELDS = [
  'id',
  'kind',
  'startedAt',
  'utcOffsetMinutes',
  'durationMinutes',
  'interventions',
  'episodeCount',
  'note',
] as const;

/** Checks an exposure from outside and returns it typed; errors as `parseEpisode`. */
export function parseExposure(input: unknown, path: Path = []): Exposure {
  const fields = fieldsOf(input, path, EXPOSURE_FIELDS, 'error.entry.exposure');
  const at = (key: string): Path => [...path, key];
  if (!isExposureKind(fields.kind)) {
    throw bad(
      'NUMB_BAD_ENTRY',
      at('kind'),
      words('error.expected.oneOf', { choices: anyOf(EXPOSURE_KINDS) }),
      fields.kind,
    );
  }
  const started = parseInstant(fields.startedAt, at('startedAt'));
  return {
    id: parseId(fields.id, at('id')),
    kind: fields.kind,
    startedAt: started.instant,
    utcOffsetMinutes: parseOffset(fields.utcOffsetMinutes, started.offsetMinutes, at('utcOffsetMinutes')),
    durationMinutes: parseOptionalInteger(
      fields.durationMinutes,
      at('durationMinutes'),
      0,
      MAX_EPISODE_MINUTES,
      'error.unit.minutes',
    ),
    interventions: parseIdList(
      fields.interventions,
      at('interventions'),
      isWordId,
      words('error.expected.interventionId'),
    ),
    episodeCount:
      fields.episodeCount === undefined
        ? 0
        : parseInteger(
            fields.episodeCount,
            at('episodeCount'),
            0,
            MAX_EPISODES_PER_EXPOSURE,
            'error.unit.episodes',
          ),
    note: parseText(fields.note, at('note'), MAX_NOTE_LENGTH),
  };
}

/** A new exposure from a form or an HTTP body: `parseExposure` after the id, time and offset defaults. */
export function newExposure(input: unknown, defaults: EntryDefaults): Exposure {
  return parseExposure(withEntryDefaults(input, defaults, 'startedAt'));
}
