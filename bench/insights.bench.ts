/**
 * Diary insights benchmark: `diaryInsights()` over ten years of daily entries (3,650 episodes and 1,825 runs, half
 * with the hand expander), against DESIGN.md's budget of 50 ms. Median of 15 rounds after a warm-up. Also times
 * `diarySummary()` for the last year, what the doctor report renders. Run with `npm run bench`.
 */
import { diaryInsights, diarySummary, sampleDiary } from '../src/diary/index.ts';
import { median } from './statistics.ts';

const END = '2026-11-30T00:00:00.000Z';
const NOW = '2026-11-30T12:00:00.000Z';
const diary = sampleDiary({ days: 3650, end: END });

function time(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

const insights = () => diaryInsights(diary, { now: NOW });
const summary = () => diarySummary(diary, { from: '2025-11-30T00:00:00.000Z', to: NOW });
for (let i = 0; i < 3; i++) {
  insights(); // warm-up: let the JIT settle before measuring
  summary();
}
const rounds = Array.from({ length: 15 }, () => time(insights));
const summaryRounds = Array.from({ length: 15 }, () => time(summary));
const ms = median(rounds);
console.log(
  `node ${process.version}, ${diary.episodes.length.toLocaleString('en')} episodes and ${diary.exposures.length.toLocaleString('en')} runs over 10 years`,
);
console.log(
  `diary insights (median of 15): ${ms.toFixed(1)} ms (min ${Math.min(...rounds).toFixed(1)}, max ${Math.max(...rounds).toFixed(1)})` +
    ` — budget ≤ 50 ms: ${ms <= 50 ? 'met' : 'NOT met'}`,
);
console.log(`diary summary of the last year (median of 15): ${median(summaryRounds).toFixed(1)} ms`);
