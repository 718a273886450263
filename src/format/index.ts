/**
 * How numbcheck writes dates, times, numbers, percentages and lengths of time for a person to read, in one style
 * everywhere (the web app, the terminal, the diary's sentences), through Intl. Pure, with no imports, so every layer
 * can use it in Node.js and in the browser. Machine-read output (JSON, CSV, the API's fields) keeps ISO 8601 and plain
 * numbers and does not come through here.
 */
export {
  formatCalendarDay,
  formatDate,
  formatDateTime,
  formatDayMonth,
  formatTime,
  type Moment,
  type MomentOptions,
} from './dates.ts';
export { durationFromUnits, formatDose, formatDuration, formatMinutes } from './durations.ts';
export { formatList, type ListKind } from './lists.ts';
export { DEFAULT_LOCALE, type LocaleOption } from './locale.ts';
export {
  formatNumber,
  formatPercent,
  formatSignificant,
  formatWeight,
  type PercentOptions,
} from './numbers.ts';
