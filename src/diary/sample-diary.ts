import { HAND_REGIONS, type HandRegion } from '../engine/index.ts';
import type { Diary } from './document.ts';
import type { Episode } from './episode.ts';
import type { Exposure } from './exposure.ts';
import { DAY_MS } from './time.ts';

/**
 * A made-up diary for benchmarks, demos and tests: one episode a day for `days` days ending at `end`, a run every
 * other day (with the hand expander on half of them, and fewer episodes then), deterministic for a seed. Nothing here
 * is anyone's data.
 */
export interface SampleOptions {
  days: number;
  /** The last day's instant, ISO 8601. */
  end: string;
  seed?: number;
  utcOffsetMinutes?: number;
}

/** Mulberry32: a small, fast, seedable generator; the sample only has to be the same every time. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const ACTIVITIES = ['sleeping', 'keyboard', 'running', 'phone', 'cycling', 'cold'];

export function sampleDiary(options: SampleOptions): Diary {
  const random = generator(options.seed ?? 1);
  const offset = options.utcOffsetMinutes ?? 60;
  const endMs = Date.parse(options.end);
  const pick = (items: readonly string[]): string => items[Math.floor(random() * items.length)] ?? 'other';
  const episodes: Episode[] = [];
  const exposures: Exposure[] = [];
  for (let day = options.days - 1; day >= 0; day--) {
    const dayStart = endMs - day * DAY_MS;
    const n = options.days - day;
    // Nights dominate, as in carpal tunnel syndrome; the rest spread over the day.
    const hour = random() < 0.5 ? Math.floor(random() * 6) : Math.floor(random() * 24);
    const fingers: HandRegion[] = HAND_REGIONS.filter(() => random() < 0.4);
    const side = random() < 0.7 ? 'right' : random() < 0.5 ? 'left' : 'both';
    const hand = { palm: fingers.length > 0 ? fingers : (['index'] satisfies HandRegion[]) };
    let exposureId: string | null = null;
    if (n % 2 === 0) {
      const expander = random() < 0.5;
      exposureId = `run-${n}`;
      exposures.push({
        id: exposureId,
        kind: 'run',
        startedAt: new Date(dayStart + 7 * 3_600_000).toISOString(),
        utcOffsetMinutes: offset,
        durationMinutes: 30 + Math.floor(random() * 40),
        interventions: expander ? ['hand_expander'] : [],
        episodeCount: random() < (expander ? 0.2 : 0.6) ? 1 : 0,
        note: '',
      });
    }
    episodes.push({
      id: `ep-${n}`,
      startedAt: new Date(dayStart + hour * 3_600_000 + Math.floor(random() * 60) * 60_000).toISOString(),
      utcOffsetMinutes: offset,
      durationMinutes: 1 + Math.floor(random() * 30),
      handMap:
        side === 'both' ? { left: hand, right: hand } : side === 'left' ? { left: hand } : { right: hand },
      activities: [pick(ACTIVITIES)],
      severity: Math.floor(random() * 11),
      symptoms: random() < 0.05 ? ['neck_pain'] : [],
      interventions: random() < 0.3 ? ['splint'] : [],
      exposureId: exposureId !== null && random() < 0.1 ? exposureId : null,
      note: random() < 0.1 ? 'woke up with it' : '',
    });
  }
  return { episodes, exposures, assessments: [], bctq: [] };
}
