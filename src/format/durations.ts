import { cached, DEFAULT_LOCALE, type LocaleOption } from './locale.ts';

/** Hours, minutes and seconds: the parts numbcheck's durations (exercises, breaks, episodes) are made of. */
interface DurationParts {
  hours: number;
  minutes: number;
  seconds: number;
}

function partsOf(totalSeconds: number): DurationParts {
  const whole = Math.max(0, Math.round(totalSeconds));
  return { hours: Math.floor(whole / 3600), minutes: Math.floor((whole % 3600) / 60), seconds: whole % 60 };
}

const durationFormats = new Map<string, Intl.DurationFormat>();
const unitFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/**
 * The same words as Intl.DurationFormat's long style, built from unit numbers and a unit list, for a runtime
 * without DurationFormat (Node.js before 23, Safari before 16.4, Firefox before 136).
 */
export function durationFromUnits(totalSeconds: number, options: LocaleOption = {}): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const parts = partsOf(totalSeconds);
  const units = (['hours', 'minutes', 'seconds'] as const).filter((unit) => parts[unit] > 0);
  if (units.length === 0) units.push('seconds');
  const words = units.map((unit) => {
    const unitName = unit.slice(0, -1);
    const format = cached(
      unitFormats,
      [locale, unitName],
      () => new Intl.NumberFormat(locale, { style: 'unit', unit: unitName, unitDisplay: 'long' }),
    );
    return format.format(parts[unit]);
  });
  const list = cached(
    listFormats,
    locale,
    () => new Intl.ListFormat(locale, { type: 'unit', style: 'long' }),
  );
  return list.format(words);
}

/**
 * A length of time in words: "45 seconds", "1 minute, 30 seconds", "2 hours, 5 minutes". Whole seconds; zero parts
 * are left out. Words rather than "90 s" or "1:30" because a screen reader and a person reading aloud say them alike.
 */
export function formatDuration(totalSeconds: number, options: LocaleOption = {}): string {
  if (typeof Intl.DurationFormat !== 'function') return durationFromUnits(totalSeconds, options);
  const locale = options.locale ?? DEFAULT_LOCALE;
  const parts = partsOf(totalSeconds);
  const format = cached(durationFormats, locale, () => new Intl.DurationFormat(locale, { style: 'long' }));
  // DurationFormat writes nothing for all zeros; "0 seconds" says the time is up.
  if (parts.hours + parts.minutes + parts.seconds === 0) return durationFromUnits(0, options);
  return format.format(parts);
}

/** A length of time given in minutes, as the diary stores episodes and periods: "15 minutes", "1 hour, 30 minutes". */
export function formatMinutes(minutes: number, options: LocaleOption = {}): string {
  return formatDuration(minutes * 60, options);
}

/** How long and how often an exercise is done: "30 seconds × 3 times", "2 minutes × once". */
export function formatDose(
  exercise: { durationSeconds: number; repetitions: number },
  options: LocaleOption = {},
): string {
  const times = exercise.repetitions === 1 ? 'once' : `${exercise.repetitions} times`;
  return `${formatDuration(exercise.durationSeconds, options)} × ${times}`;
}
