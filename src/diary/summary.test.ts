import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NumbError } from '../errors.ts';
import { parseEpisode } from './episode.ts';
import { parseExposure } from './exposure.ts';
import { newSavedAssessment } from './records.ts';
import { sampleDiary } from './sample-diary.ts';
import { diaryInsights, diarySummary, parsePeriod } from './summary.ts';

describe('diarySummary', () => {
  const diary = {
    episodes: [
      parseEpisode({ id: 'old', startedAt: '2026-09-15T03:00Z', utcOffsetMinutes: 60 }),
      parseEpisode({
        id: 'in1',
        startedAt: '2026-11-02T03:00Z',
        utcOffsetMinutes: 60,
        activities: ['sleeping'],
        severity: 4,
      }),
      parseEpisode({
        id: 'in2',
        startedAt: '2026-11-10T03:00Z',
        utcOffsetMinutes: 60,
        activities: ['sleeping'],
        severity: 2,
      }),
      parseEpisode({ id: 'after', startedAt: '2026-12-02T03:00Z', utcOffsetMinutes: 60 }),
    ],
    exposures: [
      parseExposure({
        id: 'n1',
        kind: 'night',
        startedAt: '2026-11-02T22:00Z',
        utcOffsetMinutes: 60,
        episodeCount: 0,
      }),
    ],
    assessments: [
      newSavedAssessment(
        { stroke_signs: [] },
        { id: 'a1', now: '2026-10-01T10:00:00Z', utcOffsetMinutes: 60 },
      ),
      newSavedAssessment(
        { stroke_signs: [] },
        { id: 'a2', now: '2026-12-05T10:00:00Z', utcOffsetMinutes: 60 },
      ),
    ],
    bctq: [],
  };
  const period = { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' };
  const summary = diarySummary(diary, period, { utcOffsetMinutes: 60 });

  it('summarises only the period, with the latest assessment before its end', () => {
    assert.deepEqual(summary.counts, { episodes: 2, exposures: 1, assessments: 0, bctq: 0 });
    assert.equal(summary.patterns.episodes, 2);
    assert.equal(summary.latestAssessment?.id, 'a1');
    assert.equal(summary.weeks[0]?.weekStart, '2026-10-26');
    assert.equal(summary.weeks.at(-1)?.weekStart, '2026-11-30');
    assert.deepEqual(summary.exposures, [{ kind: 'night', periods: 1 }]);
  });

  it('says it in sentences for the report', () => {
    assert.equal(summary.text[0], 'Diary from 1 Nov 2026 to 1 Dec 2026: 2 episodes; logged 1 night.');
    assert.ok(summary.text.includes('Most often at night (00–06): 2 of 2.'));
    assert.ok(summary.text.some((line) => line.startsWith('Episodes in 2 of 6 weeks')));
    assert.ok(summary.text.some((line) => line.startsWith('Latest assessment, 1 Oct 2026: ')));
  });

  it('says a period without episodes in its first line, with no week counts of nothing', () => {
    const empty = diarySummary({ ...diary, episodes: [] }, period, { utcOffsetMinutes: 60 });
    assert.equal(empty.text[0], 'Diary from 1 Nov 2026 to 1 Dec 2026: 0 episodes; logged 1 night.');
    assert.ok(!empty.text.some((line) => line.startsWith('Episodes in ')));
  });
});

describe('parsePeriod', () => {
  it('reads a period and refuses one that ends before it starts', () => {
    assert.deepEqual(parsePeriod({ from: '2026-11-01T00:00+01:00', to: '2026-12-01T00:00Z' }), {
      from: '2026-10-31T23:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
    });
    assert.throws(
      () => parsePeriod({ from: '2026-12-01T00:00Z', to: '2026-11-01T00:00Z' }),
      (error: unknown) => error instanceof NumbError && error.path[0] === 'to',
    );
  });
});

describe('diaryInsights', () => {
  it('covers a long diary: patterns, trend, comparisons and the notice against reading cause into them', () => {
    const diary = sampleDiary({ days: 400, end: '2026-11-30T00:00:00Z' });
    const insights = diaryInsights(diary, { now: '2026-11-30T12:00:00.000Z' });
    assert.equal(insights.counts.episodes, 400);
    assert.equal(insights.patterns.episodes, 400);
    assert.notEqual(insights.trend.frequency, 'not_enough_data');
    const expander = insights.comparisons.find(
      (c) => c.exposureKind === 'run' && c.intervention === 'hand_expander',
    );
    assert.equal(expander?.status, 'compared');
    assert.equal(expander?.verdict, 'fewer', 'the sample has fewer episodes on runs with the expander');
    assert.match(insights.notice, /do not show what caused them/);
  });
});
