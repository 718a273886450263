import { anyOf, bad, type ErrorKey, type ErrorValue, type NumbError, type Path, words } from '../errors.ts';

/** A day of the week as `Date.getUTCDay()` numbers it: 0 is Sunday, 1 Monday … 6 Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The break coach's timers. Minutes count work (activity), not wall-clock time, unless `timeOnly` is on. */
export interface BreakSettings {
  /**
   * A short hand-and-wrist micro-break after this many minutes of work. Workrave suggests every 3 min, Stretchly every
   * 10; the seed and NHS advice on carpal tunnel ask for regular short breaks from typing. 25 min sits in the
   * issue's 20–30 min range and is frequent enough to break up gripping a mouse without nagging.
   */
  microEveryMinutes: number;
  /** How long a micro-break lasts, in seconds (Workrave 30 s, Stretchly 20 s): one round of hand and wrist moves. */
  microSeconds: number;
  /** A movement break after this many minutes of work: the seed's "about every hour, take breaks". */
  movementEveryMinutes: number;
  /** How long a movement break lasts, in minutes (Stretchly 5 min; Workrave 10). */
  movementMinutes: number;
  /**
   * Every movement break that falls at or after this many minutes since the last stair break becomes a stair or
   * walking break: the seed's "every 1.5–2 hours … climb 3–5 flights of stairs". 120 min, the upper end, makes it
   * every second movement break.
   */
  stairEveryMinutes: number;
  /**
   * Time away (tab hidden, the system idle, the computer asleep) of at least this many minutes counts as a natural
   * break and starts the timers again (Workrave resets its micro-break after the break's own length of idleness;
   * 5 min matches a movement break).
   */
  naturalBreakMinutes: number;
  /** Working hours: no break is due outside them. */
  workingHours: {
    /** "HH:MM", local time. */
    start: string;
    /** "HH:MM", local time, after `start`. */
    end: string;
    /** The working days. */
    days: Weekday[];
  };
  /** Postponing a break: limited so that "later" does not become "never". */
  postpone: {
    /** How many times one break may be postponed. */
    maxPerBreak: number;
    /** By how many minutes. */
    minutes: number;
    /** Only within this many seconds of the break appearing ("early in the break"). */
    withinSeconds: number;
  };
  /** Strict mode: no Skip and no Postpone, for people who know they will always press them. */
  strict: boolean;
  /** Time-only mode: count wall-clock time whatever the activity, for reading and watching video. */
  timeOnly: boolean;
}

/** The run companion's cues. */
export interface RunSettings {
  /** A cue every this many minutes of running: the seed's "every few minutes" squeeze, the shake-out about every 5. */
  cueEveryMinutes: number;
  /** The cues, in turn: exercise ids from the knowledge (squeeze the expander 10 times, then drop and shake out). */
  cues: string[];
  /** A short beep with each cue. */
  sound: boolean;
  /** Vibrate with each cue, where the device can (`navigator.vibrate`). */
  vibrate: boolean;
  /** Say the cue aloud through speech synthesis; off by default, as it talks over music and podcasts. */
  spoken: boolean;
}

export interface PreventionSettings {
  breaks: BreakSettings;
  run: RunSettings;
}

/**
 * numbcheck's defaults for the break coach and the run companion: the one place they are set (shown in the README).
 * Sources: the seed article (hourly breaks, stairs every 1.5–2 h, expander squeezes every few minutes on a run),
 * Workrave (30 s micro-breaks every 3 min, 10 min rest breaks every 45 min) and Stretchly (20 s every 10 min, 5 min
 * every 30 min) as break-reminder practice.
 */
export const PREVENTION_DEFAULTS: PreventionSettings = {
  breaks: {
    microEveryMinutes: 25,
    microSeconds: 30,
    movementEveryMinutes: 60,
    movementMinutes: 5,
    stairEveryMinutes: 120,
    naturalBreakMinutes: 5,
    workingHours: { start: '09:00', end: '17:30', days: [1, 2, 3, 4, 5] },
    postpone: { maxPerBreak: 1, minutes: 5, withinSeconds: 10 },
    strict: false,
    timeOnly: false,
  },
  run: {
    cueEveryMinutes: 4,
    cues: ['expander_squeezes', 'shake_out'],
    sound: true,
    vibrate: true,
    spoken: false,
  },
};

/** A setting that does not fit, named by its place under `settings`. */
function badSetting(path: Path, expected: ErrorValue, got: unknown): NumbError {
  return bad('NUMB_BAD_REQUEST', ['settings', ...path], expected, got);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: unknown, path: Path, keys: readonly string[]): Record<string, unknown> {
  if (value === undefined) return {};
  if (!isRecord(value)) throw badSetting(path, words('error.type.object'), value);
  for (const key of Object.keys(value)) {
    if (!keys.includes(key))
      throw badSetting([...path, key], words('error.expected.fieldOf', { fields: anyOf(keys) }), key);
  }
  return value;
}

function number(
  value: unknown,
  fallback: number,
  path: Path,
  min: number,
  max: number,
  unit: ErrorKey,
): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badSetting(path, words('error.expected.wholeNumberOf', { unit: words(unit), min, max }), value);
  }
  return value;
}

function flag(value: unknown, fallback: boolean, path: Path): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw badSetting(path, words('error.type.boolean'), value);
  return value;
}

/** Minutes after midnight of an "HH:MM" time, or null. */
export function minutesOfDay(text: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

function time(value: unknown, fallback: string, path: Path): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || minutesOfDay(value) === null)
    throw badSetting(path, words('error.expected.clockTime'), value);
  return value;
}

function isWeekday(value: unknown): value is Weekday {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 6;
}

function weekdays(value: unknown, fallback: Weekday[], path: Path): Weekday[] {
  if (value === undefined) return [...fallback];
  if (!Array.isArray(value)) throw badSetting(path, words('error.expected.weekdays'), value);
  const days: Weekday[] = [];
  for (const [index, day] of value.entries()) {
    if (!isWeekday(day)) throw badSetting([...path, index], words('error.expected.weekday'), day);
    if (!days.includes(day)) days.push(day);
  }
  return days.sort((a, b) => a - b);
}

const CUE_IDS = ['expander_squeezes', 'shake_out'];

function cues(value: unknown, fallback: string[], path: Path): string[] {
  if (value === undefined) return [...fallback];
  if (!Array.isArray(value) || value.length === 0)
    throw badSetting(path, words('error.expected.cues', { cues: anyOf(CUE_IDS) }), value);
  return value.map((cue, index) => {
    if (typeof cue !== 'string' || !CUE_IDS.includes(cue))
      throw badSetting([...path, index], anyOf(CUE_IDS), cue);
    return cue;
  });
}

/**
 * Checks settings from outside (localStorage, a form, a file) and returns them complete: a field left out takes its
 * default, so settings saved by an older numbcheck still load. Throws a `NUMB_BAD_REQUEST` NumbError naming the
 * field, what it expects and what it got.
 */
export function parseSettings(input: unknown): PreventionSettings {
  const top = record(input, [], ['breaks', 'run']);
  const d = PREVENTION_DEFAULTS.breaks;
  const b = record(top.breaks, ['breaks'], Object.keys(d));
  const hours = record(b.workingHours, ['breaks', 'workingHours'], ['start', 'end', 'days']);
  const postpone = record(b.postpone, ['breaks', 'postpone'], ['maxPerBreak', 'minutes', 'withinSeconds']);
  const at = (...rest: string[]): Path => ['breaks', ...rest];
  const start = time(hours.start, d.workingHours.start, at('workingHours', 'start'));
  const end = time(hours.end, d.workingHours.end, at('workingHours', 'end'));
  if ((minutesOfDay(end) ?? 0) <= (minutesOfDay(start) ?? 0)) {
    throw badSetting(at('workingHours', 'end'), words('error.expected.timeAfter', { start }), end);
  }
  const breaks: BreakSettings = {
    microEveryMinutes: number(
      b.microEveryMinutes,
      d.microEveryMinutes,
      at('microEveryMinutes'),
      1,
      240,
      'error.unit.minutes',
    ),
    microSeconds: number(b.microSeconds, d.microSeconds, at('microSeconds'), 5, 300, 'error.unit.seconds'),
    movementEveryMinutes: number(
      b.movementEveryMinutes,
      d.movementEveryMinutes,
      at('movementEveryMinutes'),
      5,
      480,
      'error.unit.minutes',
    ),
    movementMinutes: number(
      b.movementMinutes,
      d.movementMinutes,
      at('movementMinutes'),
      1,
      30,
      'error.unit.minutes',
    ),
    stairEveryMinutes: number(
      b.stairEveryMinutes,
      d.stairEveryMinutes,
      at('stairEveryMinutes'),
      30,
      480,
      'error.unit.minutes',
    ),
    naturalBreakMinutes: number(
      b.naturalBreakMinutes,
      d.naturalBreakMinutes,
      at('naturalBreakMinutes'),
      1,
      60,
      'error.unit.minutes',
    ),
    workingHours: { start, end, days: weekdays(hours.days, d.workingHours.days, at('workingHours', 'days')) },
    postpone: {
      maxPerBreak: number(
        postpone.maxPerBreak,
        d.postpone.maxPerBreak,
        at('postpone', 'maxPerBreak'),
        0,
        3,
        'error.unit.times',
      ),
      minutes: number(
        postpone.minutes,
        d.postpone.minutes,
        at('postpone', 'error.unit.minutes'),
        1,
        30,
        'error.unit.minutes',
      ),
      withinSeconds: number(
        postpone.withinSeconds,
        d.postpone.withinSeconds,
        at('postpone', 'withinSeconds'),
        1,
        600,
        'error.unit.seconds',
      ),
    },
    strict: flag(b.strict, d.strict, at('strict')),
    timeOnly: flag(b.timeOnly, d.timeOnly, at('timeOnly')),
  };
  const r = PREVENTION_DEFAULTS.run;
  const run = record(top.run, ['run'], Object.keys(r));
  return {
    breaks,
    run: {
      cueEveryMinutes: number(
        run.cueEveryMinutes,
        r.cueEveryMinutes,
        ['run', 'cueEveryMinutes'],
        1,
        30,
        'error.unit.minutes',
      ),
      cues: cues(run.cues, r.cues, ['run', 'cues']),
      sound: flag(run.sound, r.sound, ['run', 'sound']),
      vibrate: flag(run.vibrate, r.vibrate, ['run', 'vibrate']),
      spoken: flag(run.spoken, r.spoken, ['run', 'spoken']),
    },
  };
}
