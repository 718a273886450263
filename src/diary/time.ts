import { bad, type Path, words } from '../errors.ts';

/**
 * Time without a date library. numbcheck stores each moment as a UTC instant (ISO 8601 with milliseconds, for example
 * `2026-11-30T07:15:00.000Z`) together with the person's UTC offset in minutes at that moment, so local time of day
 * and day of the week are plain arithmetic, and daylight-saving changes need no time-zone database.
 */

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
/** UTC offsets in use run from −12:00 to +14:00. */
export const MIN_OFFSET = -720;
export const MAX_OFFSET = 840;

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

/** A parsed moment: the UTC instant and, when the text carried one, its UTC offset in minutes. */
export interface ParsedInstant {
  instant: string;
  /** The offset written in the text (`+01:00` is 60), or null for `Z`. */
  offsetMinutes: number | null;
}

/**
 * Reads an ISO 8601 date and time with a zone (`Z` or `±HH:MM`), checks it is a real calendar date, and returns it as
 * a UTC instant with millisecond precision (digits beyond milliseconds are dropped).
 */
export function parseInstant(value: unknown, path: Path): ParsedInstant {
  const expected = words('error.expected.instant');
  const match = typeof value === 'string' ? ISO.exec(value) : null;
  if (!match) throw bad('NUMB_BAD_ENTRY', path, expected, value);
  const [, y, mo, d, h, mi, s, frac, z, sign, oh, om] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s ?? '0');
  const ms = Number((frac ?? '').padEnd(3, '0').slice(0, 3));
  const local = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const check = new Date(local);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    year < 1900
  ) {
    throw bad('NUMB_BAD_ENTRY', path, words('error.expected.realInstant', { expected }), value);
  }
  let offsetMinutes: number | null = null;
  if (z === undefined) {
    const size = Number(oh) * 60 + Number(om);
    offsetMinutes = sign === '-' ? -size : size;
    if (offsetMinutes < MIN_OFFSET || offsetMinutes > MAX_OFFSET || Number(om) > 59) {
      throw bad('NUMB_BAD_ENTRY', path, words('error.expected.offsetInRange', { expected }), value);
    }
  }
  return { instant: new Date(local - (offsetMinutes ?? 0) * MINUTE_MS).toISOString(), offsetMinutes };
}

/** Checks a UTC offset in minutes (−720 to 840). */
export function isUtcOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_OFFSET && value <= MAX_OFFSET;
}

/** Milliseconds since 1970 of a stored instant. */
export function epochMs(instant: string): number {
  return Date.parse(instant);
}

/** The local time of a moment, as milliseconds since 1970 on a clock that runs in the person's zone. */
export function localMs(instant: string, utcOffsetMinutes: number): number {
  return Date.parse(instant) + utcOffsetMinutes * MINUTE_MS;
}

/** Local hour of the day, 0–23. */
export function localHour(instant: string, utcOffsetMinutes: number): number {
  return new Date(localMs(instant, utcOffsetMinutes)).getUTCHours();
}

/** Local day of the week, Monday 0 to Sunday 6 (ISO 8601 order). */
export function localWeekday(instant: string, utcOffsetMinutes: number): number {
  return (new Date(localMs(instant, utcOffsetMinutes)).getUTCDay() + 6) % 7;
}

/** The local calendar day as a day number (days since 1970-01-01). */
export function localDay(instant: string, utcOffsetMinutes: number): number {
  return Math.floor(localMs(instant, utcOffsetMinutes) / DAY_MS);
}

/** The Monday that starts the week of a day number, as a day number. */
export function weekStartDay(day: number): number {
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counted from Monday.
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** A day number as `YYYY-MM-DD`. */
export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A moment as the person's local date and time, `YYYY-MM-DD HH:MM`. */
export function formatLocal(instant: string, utcOffsetMinutes: number): string {
  return new Date(localMs(instant, utcOffsetMinutes)).toISOString().slice(0, 16).replace('T', ' ');
}

/** An offset in minutes as `+01:00`. */
export function formatOffset(utcOffsetMinutes: number): string {
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  const size = Math.abs(utcOffsetMinutes);
  return `${sign}${String(Math.floor(size / 60)).padStart(2, '0')}:${String(size % 60).padStart(2, '0')}`;
}

/** The instant `days` days before (negative: after) `instant`. */
export function daysBefore(instant: string, days: number): string {
  return new Date(Date.parse(instant) - days * DAY_MS).toISOString();
}
