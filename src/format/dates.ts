import { cached, DEFAULT_LOCALE, type LocaleOption } from './locale.ts';

/** A moment: an ISO 8601 instant as the diary stores it, milliseconds since 1970, or a Date. */
export type Moment = string | number | Date;

export interface MomentOptions extends LocaleOption {
  /**
   * The UTC offset, in minutes, of the place where the moment happened: the diary stores it with every entry, so a
   * morning episode reads as morning wherever the diary is read. Without it, the runtime's own time zone.
   */
  utcOffsetMinutes?: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

const MINUTE_MS = 60_000;

function write(moment: Moment, style: Intl.DateTimeFormatOptions, options: MomentOptions): string {
  const ms =
    moment instanceof Date ? moment.getTime() : typeof moment === 'number' ? moment : Date.parse(moment);
  const locale = options.locale ?? DEFAULT_LOCALE;
  const offset = options.utcOffsetMinutes;
  // A fixed offset is applied by moving the instant and reading it as UTC: the same in every runtime, and no
  // time-zone database is needed (the diary stores offsets, not zone names).
  const fields: Intl.DateTimeFormatOptions = offset === undefined ? style : { ...style, timeZone: 'UTC' };
  const formatter = cached(formatters, [locale, fields], () => new Intl.DateTimeFormat(locale, fields));
  return formatter.format(offset === undefined ? ms : ms + offset * MINUTE_MS);
}

/** A calendar date, the one style numbcheck shows a person: "6 Dec 2026". */
export function formatDate(moment: Moment, options: MomentOptions = {}): string {
  return write(moment, { dateStyle: 'medium' }, options);
}

/** A date with its time of day: "6 Dec 2026, 07:15". */
export function formatDateTime(moment: Moment, options: MomentOptions = {}): string {
  return write(moment, { dateStyle: 'medium', timeStyle: 'short' }, options);
}

/** A time of day: "07:15". */
export function formatTime(moment: Moment, options: MomentOptions = {}): string {
  return write(moment, { timeStyle: 'short' }, options);
}

/** Day and month without the year, for a chart's axis where the year would crowd the labels: "6 Dec". */
export function formatDayMonth(moment: Moment, options: MomentOptions = {}): string {
  return write(moment, { day: 'numeric', month: 'short' }, options);
}

/**
 * A calendar day written `YYYY-MM-DD` (as the diary's weeks and the break log name days) in the same style as
 * formatDate. The day is read at noon UTC, so no offset can move it to the day before or after.
 */
export function formatCalendarDay(day: string, options: LocaleOption = {}): string {
  return formatDate(`${day}T12:00:00Z`, { ...options, utcOffsetMinutes: 0 });
}
