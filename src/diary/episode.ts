import {
  ARM_REGIONS,
  HAND_REGIONS,
  type HandAnswer,
  type HandMapAnswer,
  parseHandMap,
} from '../engine/index.ts';
import { bad, type Path, words } from '../errors.ts';
import { knowledge as defaultKnowledge, type Knowledge } from '../knowledge/index.ts';
import { isUtcOffset, parseInstant } from './time.ts';
import {
  fieldsOf,
  isWordId,
  LIMITS,
  parseId,
  parseIdList,
  parseOptionalInteger,
  parseText,
} from './validate.ts';

/** The longest episode the diary takes, in minutes: 30 days. Longer than that is constant numbness, not an episode. */
export const MAX_EPISODE_MINUTES = 43_200;
export const MAX_NOTE_LENGTH = LIMITS.note;

/** One episode of numbness, as the person logged it. */
export interface Episode {
  /** Stable id, chosen by whoever creates the episode (a UUID by default). */
  id: string;
  /** When it started: a UTC instant, ISO 8601 with milliseconds. */
  startedAt: string;
  /** The person's UTC offset in minutes at that moment (+60 for Central European winter time). */
  utcOffsetMinutes: number;
  /** How long it lasted, in whole minutes, or null when not recorded. */
  durationMinutes: number | null;
  /** Where: the hand map of the assessment (`{}` when not recorded; `{ left: {} }` is the left hand, places not marked). */
  handMap: HandMapAnswer;
  /** What the person was doing: ids from `ACTIVITIES` or their own snake_case words. */
  activities: string[];
  /** How bad, 0 (barely there) to 10 (the worst imaginable), or null when not rated. */
  severity: number | null;
  /** Accompanying symptoms as finding ids of the knowledge base, so that the danger check can read them. */
  symptoms: string[];
  /** What was in place: ids from `INTERVENTIONS` or the person's own snake_case words. */
  interventions: string[];
  /** The exposure period (a run, a working day) it happened in, if the person linked one. */
  exposureId: string | null;
  note: string;
}

export const EPISODE_FIELDS = [
  'id',
  'startedAt',
  'utcOffsetMinutes',
  'durationMinutes',
  'handMap',
  'activities',
  'severity',
  'symptoms',
  'interventions',
  'exposureId',
  'note',
] as const;

const symptomCache = new WeakMap<Knowledge, Set<string>>();

/** The finding ids an episode may list as symptoms: every finding a checklist or yes/no question sets. */
export function symptomIds(knowledge: Knowledge): Set<string> {
  let ids = symptomCache.get(knowledge);
  if (!ids) {
    ids = new Set<string>();
    for (const question of knowledge.questions) {
      if (question.kind === 'checklist') for (const id of question.findings) ids.add(id);
      if (question.kind === 'yesno') ids.add(question.finding);
    }
    symptomCache.set(knowledge, ids);
  }
  return ids;
}

/**
 * The hand map in one canonical form: hands and places in a fixed order, no repeats, no empty lists. Both stores and
 * every export then hold a map the same way, whatever order it was marked in. A hand with no places marked (`{}`)
 * is kept: the person said which hand, not where on it.
 */
export function canonicalHandMap(map: HandMapAnswer): HandMapAnswer {
  const canonical: HandMapAnswer = {};
  for (const side of ['left', 'right'] as const) {
    const hand = map[side];
    if (!hand) continue;
    const out: HandAnswer = {};
    const palm = HAND_REGIONS.filter((r) => hand.palm?.includes(r));
    const back = HAND_REGIONS.filter((r) => hand.back?.includes(r));
    const arm = ARM_REGIONS.filter((r) => hand.arm?.includes(r));
    if (palm.length > 0) out.palm = palm;
    if (back.length > 0) out.back = back;
    if (arm.length > 0) out.arm = arm;
    canonical[side] = out;
  }
  return canonical;
}

export interface ParseOptions {
  /** Where the episode sits in a larger input, for error paths such as `episodes.3.severity`. */
  path?: Path;
  knowledge?: Knowledge;
}

/**
 * Checks an episode from outside (a form, an HTTP body, an import) and returns it typed and canonical. Throws a
 * NumbError (`NUMB_BAD_ENTRY`, or `NUMB_BAD_ANSWER` for the hand map) whose `path` points at the first value that does
 * not fit and whose message says what was expected and what was found. Optional fields may be left out.
 */
export function parseEpisode(input: unknown, options: ParseOptions = {}): Episode {
  const path = options.path ?? [];
  const knowledge = options.knowledge ?? defaultKnowledge;
  const fields = fieldsOf(input, path, EPISODE_FIELDS, 'error.entry.episode');
  const at = (key: string): Path => [...path, key];
  const started = parseInstant(fields.startedAt, at('startedAt'));
  const symptoms = symptomIds(knowledge);
  return {
    id: parseId(fields.id, at('id')),
    startedAt: started.instant,
    utcOffsetMinutes: parseOffset(fields.utcOffsetMinutes, started.offsetMinutes, at('utcOffsetMinutes')),
    durationMinutes: parseOptionalInteger(
      fields.durationMinutes,
      at('durationMinutes'),
      0,
      MAX_EPISODE_MINUTES,
      'error.unit.minutes',
    ),
    handMap:
      fields.handMap === undefined || fields.handMap === null
        ? {}
        : canonicalHandMap(parseHandMap(fields.handMap, at('handMap'))),
    activities: parseIdList(
      fields.activities,
      at('activities'),
      isWordId,
      words('error.expected.activityId'),
    ),
    severity: parseOptionalInteger(fields.severity, at('severity'), 0, 10),
    symptoms: parseIdList(
      fields.symptoms,
      at('symptoms'),
      (item): item is string => typeof item === 'string' && symptoms.has(item),
      words('error.expected.symptomId'),
    ),
    interventions: parseIdList(
      fields.interventions,
      at('interventions'),
      isWordId,
      words('error.expected.interventionId'),
    ),
    exposureId:
      fields.exposureId === undefined || fields.exposureId === null
        ? null
        : parseId(fields.exposureId, at('exposureId')),
    note: parseText(fields.note, at('note'), MAX_NOTE_LENGTH),
  };
}

/** The offset given, else the one written in the time, else an error naming the field. */
export function parseOffset(value: unknown, fromTime: number | null, path: Path): number {
  if (value === undefined || value === null) {
    if (fromTime !== null) return fromTime;
    throw bad('NUMB_BAD_ENTRY', path, words('error.expected.utcOffsetOrTime'), value);
  }
  if (!isUtcOffset(value)) throw bad('NUMB_BAD_ENTRY', path, words('error.expected.utcOffset'), value);
  return value;
}

/** What a new entry gets when its input leaves these out: a fresh id, the current time and the person's offset. */
export interface EntryDefaults {
  id: string;
  /** The current UTC instant, ISO 8601. */
  now: string;
  /** The person's UTC offset now, in minutes. */
  utcOffsetMinutes: number;
}

/**
 * Fills a new entry's id and time from `defaults` when the input leaves them out: `startedAt` defaults to now, and
 * the offset to the one written in `startedAt`, else the person's offset now.
 */
export function withEntryDefaults(input: unknown, defaults: EntryDefaults, timeField: string): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const filled: Record<string, unknown> = { ...input };
  if (filled.id === undefined) filled.id = defaults.id;
  const time = filled[timeField];
  if (time === undefined) {
    filled[timeField] = defaults.now;
    if (filled.utcOffsetMinutes === undefined) filled.utcOffsetMinutes = defaults.utcOffsetMinutes;
  } else if (filled.utcOffsetMinutes === undefined) {
    const written = typeof time === 'string' && /[+-]\d{2}:\d{2}$/.test(time);
    if (!written) filled.utcOffsetMinutes = defaults.utcOffsetMinutes;
  }
  return filled;
}

/** A new episode from a form or an HTTP body: `parseEpisode` after the id, time and offset defaults. */
export function newEpisode(input: unknown, defaults: EntryDefaults, knowledge?: Knowledge): Episode {
  return parseEpisode(withEntryDefaults(input, defaults, 'startedAt'), knowledge ? { knowledge } : {});
}

/**
 * The same episode again, now: where, what the person was doing, severity, symptoms and what was in place are
 * copied; the time, the note and the link to an exposure are not. This is the "log it again" shortcut.
 */
export function repeatEpisode(previous: Episode, defaults: EntryDefaults): Episode {
  return {
    ...previous,
    id: defaults.id,
    startedAt: defaults.now,
    utcOffsetMinutes: defaults.utcOffsetMinutes,
    durationMinutes: previous.durationMinutes,
    exposureId: null,
    note: '',
  };
}

/** Which hand an episode affected. */
export type EpisodeSide = 'left' | 'right' | 'both' | 'not_marked';

export function episodeSide(episode: Episode): EpisodeSide {
  const left = episode.handMap.left !== undefined;
  const right = episode.handMap.right !== undefined;
  if (left && right) return 'both';
  if (left) return 'left';
  if (right) return 'right';
  return 'not_marked';
}
