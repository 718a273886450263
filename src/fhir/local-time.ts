import { formatOffset } from '../diary/index.ts';

/**
 * A UTC instant written in the person's local time with their offset, as they lived it: `2026-11-30T07:15:00+01:00`.
 * Milliseconds are written when there are any, so that reading the time back gives the same instant.
 */
export function localDateTime(instant: string, utcOffsetMinutes: number): string {
  const local = new Date(Date.parse(instant) + utcOffsetMinutes * 60_000).toISOString();
  const seconds = local.endsWith('.000Z') ? local.slice(0, 19) : local.slice(0, 23);
  return `${seconds}${formatOffset(utcOffsetMinutes)}`;
}
