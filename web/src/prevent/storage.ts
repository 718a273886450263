import type { BreakRecord } from '../../../src/prevent/index.ts';
import {
  isSleepAnswer,
  PREVENTION_DEFAULTS,
  type PreventionSettings,
  parseSettings,
  type SleepAnswers,
} from '../../../src/prevent/index.ts';

/** What the prevention tools keep in this browser (localStorage): nothing of it leaves the device unless recorded. */
export const KEYS = {
  settings: 'numbcheck.prevent.settings.v1',
  breaks: 'numbcheck.prevent.breaks.v1',
  coach: 'numbcheck.prevent.coach.v1',
  recordedDays: 'numbcheck.prevent.recorded-days.v1',
  sleep: 'numbcheck.prevent.sleep.v1',
} as const;

function read(key: string): unknown {
  try {
    const text = localStorage.getItem(key);
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Saves; false when the browser refuses (storage full or switched off). */
export function write(key: string, value: unknown): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** The saved settings, or the defaults when none are saved or they no longer fit. */
export function loadSettings(): PreventionSettings {
  try {
    return parseSettings(read(KEYS.settings));
  } catch {
    return PREVENTION_DEFAULTS;
  }
}

function isBreakRecord(value: unknown): value is BreakRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r: Record<string, unknown> = { ...value };
  return (
    typeof r.at === 'number' &&
    typeof r.utcOffsetMinutes === 'number' &&
    (r.kind === 'micro' || r.kind === 'movement' || r.kind === 'stair') &&
    (r.outcome === 'taken' || r.outcome === 'skipped' || r.outcome === 'postponed' || r.outcome === 'natural')
  );
}

/** The break records of the last 60 days: enough for the statistics, small enough for localStorage. */
export function loadBreaks(now: number): BreakRecord[] {
  const value = read(KEYS.breaks);
  const cutoff = now - 60 * 86_400_000;
  return Array.isArray(value) ? value.filter(isBreakRecord).filter((r) => r.at >= cutoff) : [];
}

export function loadStrings(key: string): string[] {
  const value = read(key);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function loadFlag(key: string): boolean {
  return read(key) === true;
}

export function loadSleep(): { answers: SleepAnswers; carpalTunnel: boolean } {
  const value = read(KEYS.sleep);
  const answers: SleepAnswers = {};
  let carpalTunnel = false;
  if (typeof value === 'object' && value !== null) {
    const saved: Record<string, unknown> = { ...value };
    if (typeof saved.answers === 'object' && saved.answers !== null) {
      for (const [id, answer] of Object.entries(saved.answers))
        if (isSleepAnswer(answer)) answers[id] = answer;
    }
    carpalTunnel = saved.carpalTunnel === true;
  }
  return { answers, carpalTunnel };
}

/** The person's UTC offset now, in minutes (+60 for Central European winter time). */
export function utcOffsetNow(now: number): number {
  return -new Date(now).getTimezoneOffset();
}

/** The local date of `now`, YYYY-MM-DD. */
export function localToday(now: number): string {
  return new Date(now + utcOffsetNow(now) * 60_000).toISOString().slice(0, 10);
}
