import type { Episode } from '../../../src/diary/index.ts';
import {
  ACTIVITIES,
  activityLabelIn,
  episodeSide,
  formatOffset,
  INTERVENTIONS,
  interventionLabelIn,
} from '../../../src/diary/index.ts';
import { formatDate, formatDateTime, formatMinutes, formatNumber } from '../../../src/format/index.ts';
import type { TriageLevel } from '../../../src/knowledge/index.ts';
import { readable } from '../knowledge-words.ts';
import { t, webLanguage, webLocale } from '../language.ts';

/** Words and times of the diary screens: pure, so that the screens stay about layout. */

/** The things a person can tick as in place, named in the app's language. */
export function interventionChoices(): { id: string; label: string }[] {
  return INTERVENTIONS.map(({ id }) => ({ id, label: interventionLabelIn(id, webLanguage()) }));
}

/** Every activity, named in the app's language. */
export function activityChoices(): { id: string; label: string }[] {
  return ACTIVITIES.map(({ id }) => ({ id, label: activityLabelIn(id, webLanguage()) }));
}

const SIDE_WORDS = {
  left: 'webDiary.side.left',
  right: 'webDiary.side.right',
  both: 'webDiary.side.both',
  not_marked: 'webDiary.side.notMarked',
} as const;

/** A moment in the browser's own time zone: "30 Nov 2026, 07:15". */
export function whenText(instant: string): string {
  return formatDateTime(instant, { locale: webLocale() });
}

/** The day of a moment in the browser's own time zone: "30 Nov 2026". */
export function dayText(instant: string): string {
  return formatDate(instant, { locale: webLocale() });
}

/** One line about an episode: hand, activities, severity, length. */
export function episodeLine(episode: Episode): string {
  const locale = webLocale();
  const parts: string[] = [t(SIDE_WORDS[episodeSide(episode)])];
  if (episode.activities.length > 0)
    parts.push(episode.activities.map((id) => activityLabelIn(id, webLanguage())).join(', '));
  if (episode.severity !== null) parts.push(t('webDiary.episode.severity', { severity: episode.severity }));
  if (episode.durationMinutes !== null) parts.push(formatMinutes(episode.durationMinutes, { locale }));
  if (episode.interventions.length > 0) {
    const things = episode.interventions
      .map((id) => interventionLabelIn(id, webLanguage()).toLowerCase())
      .join(', ');
    parts.push(t('webDiary.withThings', { things }));
  }
  return parts.join(' · ');
}

export function levelGuidance(level: TriageLevel): { title: string; summary: string } {
  const found = readable().knowledge.levels[level];
  return { title: found?.title ?? level, summary: found?.summary ?? '' };
}

export function findingText(id: string): string {
  return readable().knowledge.findings.find((f) => f.id === id)?.label ?? id.replaceAll('_', ' ');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A date as the value of `<input type="datetime-local">`, in the browser's time zone. */
export function localInputValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A date as the value of `<input type="date">`. */
export function dateInputValue(date: Date): string {
  return localInputValue(date).slice(0, 10);
}

/**
 * The value of a datetime-local input as the diary stores a moment: the time with its UTC offset written in, and the
 * offset in minutes. Null when the value is not a time.
 */
export function momentOf(value: string): { startedAt: string; utcOffsetMinutes: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match;
  const local = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  if (Number.isNaN(local.getTime())) return null;
  const offset = -local.getTimezoneOffset();
  return { startedAt: `${value}:00${formatOffset(offset)}`, utcOffsetMinutes: offset };
}

/** "2.45" for a BCTQ score, "not scored" for null. */
export function scoreText(value: number | null): string {
  return value === null ? t('webDiary.score.none') : formatNumber(value, 2, { locale: webLocale() });
}
