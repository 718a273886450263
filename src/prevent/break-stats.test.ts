import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BreakOutcome, BreakRecord } from './break-schedule.ts';
import { breakStats, dayOf, lastDates } from './break-stats.ts';

function rec(date: string, outcome: BreakOutcome, hour = 10, offset = 0): BreakRecord {
  return {
    at: Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00Z`),
    utcOffsetMinutes: offset,
    kind: 'micro',
    outcome,
  };
}

test('counts taken, skipped and postponed per local day', () => {
  const stats = breakStats(
    [
      rec('2026-11-30', 'taken'),
      rec('2026-11-30', 'postponed'),
      rec('2026-11-30', 'taken'),
      rec('2026-11-30', 'skipped'),
    ],
    '2026-11-30',
  );
  assert.deepEqual(dayOf(stats, '2026-11-30'), {
    date: '2026-11-30',
    taken: 2,
    skipped: 1,
    postponed: 1,
    natural: 0,
  });
  // 23:30 UTC at +60 is the next local day.
  const late = breakStats([rec('2026-11-30', 'taken', 23, 60)], '2026-12-01');
  assert.equal(late.days[0]?.date, '2026-12-01');
});

test('streaks: good days in a row, days without records passed over, a skip ends it', () => {
  const stats = breakStats(
    [
      rec('2026-11-20', 'taken'),
      rec('2026-11-23', 'taken'),
      rec('2026-11-23', 'skipped'),
      rec('2026-11-24', 'taken'),
      rec('2026-11-25', 'natural'),
      rec('2026-11-27', 'taken'),
      rec('2026-11-30', 'taken'),
    ],
    '2026-11-30',
  );
  assert.equal(stats.currentStreak, 4);
  assert.equal(stats.longestStreak, 4);
  // Today without any break yet keeps yesterday's streak.
  assert.equal(breakStats([rec('2026-11-27', 'taken')], '2026-11-30').currentStreak, 1);
  assert.equal(breakStats([], '2026-11-30').currentStreak, 0);
});

test('lastDates gives the last 7 days, oldest first', () => {
  assert.deepEqual(lastDates('2026-12-02', 3), ['2026-11-30', '2026-12-01', '2026-12-02']);
});
