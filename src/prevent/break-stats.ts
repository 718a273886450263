import type { BreakRecord } from './break-schedule.ts';

export interface DayStats {
  /** The local date, YYYY-MM-DD. */
  date: string;
  taken: number;
  skipped: number;
  postponed: number;
  /** Natural breaks: time away that the coach counted as a break. */
  natural: number;
}

export interface BreakStats {
  /** Days with any record, oldest first. */
  days: DayStats[];
  /** Consecutive "good" days up to today (or to the last day with records, if today has none yet). */
  currentStreak: number;
  longestStreak: number;
}

/** The local date of a record. */
export function localDate(at: number, utcOffsetMinutes: number): string {
  return new Date(at + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

/**
 * A good day: at least one break taken (or a natural one) and none skipped. Days without records (weekends,
 * holidays) are passed over rather than ending a streak, because the coach only runs on working days.
 */
export function isGoodDay(day: DayStats): boolean {
  return day.taken + day.natural > 0 && day.skipped === 0;
}

/** Breaks taken, skipped and postponed per local day, and the streaks of good days. */
export function breakStats(records: readonly BreakRecord[], today: string): BreakStats {
  const byDate = new Map<string, DayStats>();
  for (const r of records) {
    const date = localDate(r.at, r.utcOffsetMinutes);
    const day = byDate.get(date) ?? { date, taken: 0, skipped: 0, postponed: 0, natural: 0 };
    day[r.outcome]++;
    byDate.set(date, day);
  }
  const days = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
  let longest = 0;
  let run = 0;
  for (const day of days) {
    run = isGoodDay(day) ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  // Today without a break yet does not end the streak: the day is not over.
  const past = days.filter((day) => day.date < today || (day.date === today && isGoodDay(day)));
  let current = 0;
  for (let i = past.length - 1; i >= 0; i--) {
    const day = past[i];
    if (day === undefined || !isGoodDay(day)) break;
    current++;
  }
  return { days, currentStreak: current, longestStreak: longest };
}

/** The stats of one day (zeros when it has no records). */
export function dayOf(stats: BreakStats, date: string): DayStats {
  return (
    stats.days.find((day) => day.date === date) ?? { date, taken: 0, skipped: 0, postponed: 0, natural: 0 }
  );
}

/** The last `count` dates up to `today`, oldest first. */
export function lastDates(today: string, count: number): string[] {
  const end = Date.parse(`${today}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) =>
    new Date(end - (count - 1 - i) * 86_400_000).toISOString().slice(0, 10),
  );
}
