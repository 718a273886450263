import type { Episode } from '../../../src/diary/index.ts';
import { activityLabel, episodeSide, formatOffset, interventionLabel } from '../../../src/diary/index.ts';
import { formatDate, formatDateTime, formatMinutes, formatNumber } from '../../../src/format/index.ts';
import type { TriageLevel } from '../../../src/knowledge/index.ts';
import { readable } from '../knowledge-words.ts';

/** Words and times of the diary screens: pure, so that the screens stay about layout. */

const SIDE_WORDS = {
  left: 'Left hand',
  right: 'Right hand',
  both: 'Both hands',
  not_marked: 'Hand not marked',
} as const;

/** A moment in the browser's own time zone: "30 Nov 2026, 07:15". */
export function whenText(instant: string): string {
  return formatDateTime(instant);
}

/** The day of a moment in the browser's own time zone: "30 Nov 2026". */
export function dayText(instant: string): string {
  return formatDate(instant);
}

/** One line about an episode: hand, activities, severity, length. */
export function episodeLine(episode: Episode): string {
  const parts: string[] = [SIDE_WORDS[episodeSide(episode)]];
  if (episode.activities.length > 0) parts.push(episode.activities.map(activityLabel).join(', '));
  if (episode.severity !== null) parts.push(`severity ${episode.severity} of 10`);
  if (episode.durationMinutes !== null) parts.push(formatMinutes(episode.durationMinutes));
  if (episode.interventions.length > 0)
    parts.push(`with ${episode.interventions.map((id) => interventionLabel(id).toLowerCase()).join(', ')}`);
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
  return value === null ? 'not scored' : formatNumber(value, 2);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
