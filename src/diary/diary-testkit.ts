/** Small diaries for the diary's tests: episodes and runs with made-up ids, and the same five-episode week. */
import { type Episode, parseEpisode } from './episode.ts';
import { type Exposure, parseExposure } from './exposure.ts';
import { DAY_MS } from './time.ts';

let counter = 0;

/** An episode at `startedAt` (UTC unless `fields` give an offset), with a new id. */
export function ep(startedAt: string, fields: Record<string, unknown> = {}): Episode {
  return parseEpisode({ id: `e${++counter}`, startedAt, utcOffsetMinutes: 0, ...fields });
}

/** A run `day` days after 1 October 2026, with what was in place and how many episodes it had. */
export function run(day: number, interventions: string[], episodeCount: number, id = `r${day}`): Exposure {
  const startedAt = new Date(Date.UTC(2026, 9, 1) + day * DAY_MS).toISOString();
  return parseExposure({ id, kind: 'run', startedAt, utcOffsetMinutes: 60, interventions, episodeCount });
}

/**
 * Five episodes over a week: three at night around Monday 30 November (one logged at +01:00, so 00:30 Monday), most
 * while asleep, the right index finger marked most, two timed.
 */
export function aWeekOfEpisodes(): Episode[] {
  return [
    // 23:30 UTC on Sunday 29 November is 00:30 on Monday 30 November at +01:00: night, Monday.
    ep('2026-11-29T23:30Z', {
      utcOffsetMinutes: 60,
      handMap: { right: { palm: ['thumb', 'index'] } },
      activities: ['sleeping'],
      severity: 6,
    }),
    ep('2026-11-30T02:10Z', {
      handMap: { right: { palm: ['index', 'middle'] } },
      activities: ['sleeping'],
      severity: 4,
    }),
    ep('2026-11-30T03:00Z', {
      handMap: { left: { back: ['index'] }, right: { palm: ['index'] } },
      activities: ['sleeping', 'cold'],
    }),
    ep('2026-12-01T14:00Z', { activities: ['keyboard'], severity: 2, durationMinutes: 10 }),
    ep('2026-12-07T05:00Z', { handMap: { right: { arm: ['forearm'] } }, durationMinutes: 30 }),
  ];
}
