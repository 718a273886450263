import { formatDuration, formatMinutes } from '../format/index.ts';
import { type Language, localeOf, translator } from '../messages/index.ts';
import { breakName } from './break-plan.ts';
import { type BreakKind, plannedBreaks } from './break-schedule.ts';
import type { BreakSettings } from './settings.ts';

/** One kind of break in the printed schedule: its name and how often and how long it comes. */
export interface ScheduleLine {
  kind: BreakKind;
  name: string;
  /** "every 25 minutes for 30 seconds"; the stair break "every 2 hours, in place of the movement break". */
  text: string;
}

/** The break coach's settings in words, one line per kind of break, in `language`. */
export function scheduleLines(settings: BreakSettings, language: Language = 'en'): ScheduleLine[] {
  const t = translator(language);
  const locale = { locale: localeOf(language) };
  return [
    {
      kind: 'micro',
      name: breakName('micro', language),
      text: t('prevent.schedule.every', {
        every: formatMinutes(settings.microEveryMinutes, locale),
        length: formatDuration(settings.microSeconds, locale),
      }),
    },
    {
      kind: 'movement',
      name: breakName('movement', language),
      text: t('prevent.schedule.every', {
        every: formatMinutes(settings.movementEveryMinutes, locale),
        length: formatMinutes(settings.movementMinutes, locale),
      }),
    },
    {
      kind: 'stair',
      name: breakName('stair', language),
      text: t('prevent.schedule.stair', { every: formatMinutes(settings.stairEveryMinutes, locale) }),
    },
  ];
}

/** A break of the day ahead: when, counted from the start of work, and which. */
export interface UpcomingBreak {
  atMinutes: number;
  /** "in 25 minutes". */
  at: string;
  kind: BreakKind;
  name: string;
}

/** The breaks of the next `workMinutes` of work, in order, their words in `language`. */
export function upcomingBreaks(
  settings: BreakSettings,
  workMinutes: number,
  language: Language = 'en',
): UpcomingBreak[] {
  const t = translator(language);
  const locale = localeOf(language);
  return plannedBreaks(settings, workMinutes).map(({ atMinutes, kind }) => ({
    atMinutes,
    at: t('prevent.schedule.in', { time: formatMinutes(atMinutes, { locale }) }),
    kind,
    name: breakName(kind, language),
  }));
}
