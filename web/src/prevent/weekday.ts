import { t } from '../language.ts';

/** The catalog's names of the days of the week, by JavaScript's day number (Sunday is 0). */
const WEEKDAY_IDS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** A day of the week by JavaScript's number (Sunday 0), short enough for a 360 px row: "Mon", «пн». */
export function weekdayName(day: number): string {
  return t('webPrevent.weekday', { day: WEEKDAY_IDS[day] ?? 'sun' });
}
