import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { knowledge } from '../knowledge/index.ts';
import { aWeekOfEpisodes, ep, run } from './diary-testkit.ts';
import { parseExposure } from './exposure.ts';
import {
  assessmentHistory,
  bctqHistory,
  compareInterventions,
  episodesPerExposure,
  patterns,
  trend,
  weeklyCounts,
} from './insights.ts';
import { newBctqRecord, newSavedAssessment } from './records.ts';
import { DAY_MS } from './time.ts';

describe('patterns', () => {
  const episodes = aWeekOfEpisodes();
  const p = patterns(episodes);

  it('counts local time of day and day of the week', () => {
    assert.equal(p.episodes, 5);
    assert.deepEqual(
      p.timeOfDay.map((t) => [t.key, t.episodes]),
      [
        ['night', 4],
        ['morning', 0],
        ['afternoon', 1],
        ['evening', 0],
      ],
    );
    assert.equal(p.hours[0], 1);
    assert.equal(p.hours[2], 1);
    assert.equal(p.dayOfWeek[0]?.episodes, 4, 'Mondays, the first on local time');
    assert.equal(p.dayOfWeek[1]?.episodes, 1);
    assert.equal(p.dayOfWeek[6]?.episodes, 0, 'no Sunday: the first episode was Monday in local time');
  });

  it('counts activities with their severity, hands and places', () => {
    assert.deepEqual(
      p.activities.map((a) => [a.key, a.episodes, a.meanSeverity]),
      [
        ['sleeping', 3, 5],
        ['cold', 1, null],
        ['keyboard', 1, 2],
      ],
    );
    assert.deepEqual(
      p.hands.map((h) => [h.key, h.episodes]),
      [
        ['left', 0],
        ['right', 3],
        ['both', 1],
        ['not_marked', 1],
      ],
    );
    const index = p.places.find((pl) => pl.place === 'index');
    assert.deepEqual(index, { place: 'index', label: 'index finger', left: 1, right: 3, episodes: 3 });
    assert.equal(p.places.find((pl) => pl.place === 'forearm')?.right, 1);
    assert.deepEqual(p.severity, { rated: 3, mean: 4 });
    assert.deepEqual(p.duration, { timed: 2, medianMinutes: 20 });
  });

  it('says the patterns in sentences', () => {
    assert.deepEqual(p.text, [
      '5 episodes.',
      'Most often at night (00–06): 4 of 5.',
      'More often on Mondays: 4 of 5.',
      'Most often while sleeping or waking up: 3 of 5, average severity 5.0 of 10.',
      'Hands: right hand 3, both hands 1, not marked 1.',
      'Places marked most: index finger 3, thumb 1, middle finger 1.',
      'Average severity 4.0 of 10 (3 rated).',
      'Typical length 20 minutes (median of 2).',
    ]);
    assert.deepEqual(patterns([]).text, ['No episodes logged yet.']);
  });

  it('names no time of day or activity as the most frequent when another is as frequent', () => {
    const tied = patterns([
      ep('2026-11-02T08:00:00Z', { activities: ['keyboard'] }),
      ep('2026-11-03T20:00:00Z', { activities: ['phone'] }),
    ]);
    assert.deepEqual(tied.about.time, ['No time of day stands out.']);
    assert.deepEqual(tied.about.activity, [
      'Equally often while typing or using a mouse and while holding a phone: 1 of 2 each.',
    ]);
    const ahead = patterns([
      ep('2026-11-02T08:00:00Z', { activities: ['keyboard'] }),
      ep('2026-11-03T09:00:00Z', { activities: ['keyboard'] }),
      ep('2026-11-03T20:00:00Z', { activities: ['phone'] }),
    ]);
    assert.match(ahead.about.time[0] ?? '', /^Most often in the morning \(06–12\): 2 of 3\.$/);
    assert.match(ahead.about.activity[0] ?? '', /^Most often while typing or using a mouse: 2 of 3/);
  });
});

describe('weeklyCounts', () => {
  it('counts every local week, Monday first, empty weeks included', () => {
    const day = (iso: string) => Math.floor(Date.parse(iso) / DAY_MS);
    const weeks = weeklyCounts(
      [
        ep('2026-11-02T10:00Z', { severity: 2 }),
        ep('2026-11-08T23:00Z', { severity: 4 }),
        ep('2026-11-23T10:00Z'),
      ],
      day('2026-11-04T00:00Z'),
      day('2026-11-25T00:00Z'),
    );
    assert.deepEqual(weeks, [
      { weekStart: '2026-11-02', episodes: 2, meanSeverity: 3 },
      { weekStart: '2026-11-09', episodes: 0, meanSeverity: null },
      { weekStart: '2026-11-16', episodes: 0, meanSeverity: null },
      { weekStart: '2026-11-23', episodes: 1, meanSeverity: null },
    ]);
  });
});

describe('trend', () => {
  const now = '2026-11-30T12:00:00.000Z';
  const daysAgo = (days: number, hour = 0) =>
    new Date(Date.parse(now) - days * DAY_MS + hour * 3_600_000).toISOString();

  it('finds more, and worse, episodes in the last 4 weeks than in the 4 before', () => {
    const before = [35, 45].map((d) => ep(daysAgo(d), { severity: 2 }));
    const lately = [1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23].map((d) =>
      ep(daysAgo(d), { severity: d < 10 ? 6 : 5 }),
    );
    const extra = ep(daysAgo(40), { severity: 2 });
    const t = trend([...before, extra, ...lately], now, daysAgo(60), 0);
    assert.equal(t.recent.episodes, 12);
    assert.equal(t.previous.episodes, 3);
    assert.equal(t.frequency, 'more');
    assert.equal(t.severity, 'worse');
    assert.equal(
      t.text[0],
      'More episodes lately: 12 episodes in the last 4 weeks, 3 in the 4 before (rate ratio 4.0, 95% interval 1.1–14).',
    );
    assert.equal(t.text[1], 'Worse lately: average severity 5.4 in the last 4 weeks, 2.0 in the 4 before.');
    assert.equal(t.weeks.at(-1)?.weekStart, '2026-11-30');
  });

  it('is "not enough data" until the diary reaches 8 weeks back, not "fewer"', () => {
    const t = trend([ep(daysAgo(2)), ep(daysAgo(3))], now, daysAgo(20), 0);
    assert.equal(t.frequency, 'not_enough_data');
    assert.equal(t.severity, 'not_enough_data');
    assert.equal(t.rateRatio, null);
    assert.match(t.text[0] ?? '', /^Not enough data yet/);
  });

  it('sees no clear change when the interval spans 1', () => {
    const t = trend(
      [ep(daysAgo(2)), ep(daysAgo(3)), ep(daysAgo(30)), ep(daysAgo(31)), ep(daysAgo(40))],
      now,
      daysAgo(80),
      0,
    );
    assert.equal(t.frequency, 'no_clear_change');
    assert.match(
      t.text[0] ?? '',
      /^No clear change in how often: 2 episodes in the last 4 weeks, 3 in the 4 before/,
    );
  });
});

describe('compareInterventions', () => {
  // 10 runs with the expander and 2 episodes; 10 runs without and 10 episodes.
  const runs = [
    ...Array.from({ length: 10 }, (_, i) => run(i, ['hand_expander'], i < 2 ? 1 : 0)),
    ...Array.from({ length: 10 }, (_, i) => run(20 + i, [], 1)),
  ];

  it('compares episode rates per run with and without, with the interval and no claim of cause', () => {
    const [c] = compareInterventions(runs, []);
    assert.ok(c);
    assert.equal(c.status, 'compared');
    assert.equal(c.verdict, 'fewer');
    assert.deepEqual(c.with, { periods: 10, episodes: 2, rate: 0.2 });
    assert.deepEqual(c.without, { periods: 10, episodes: 10, rate: 1 });
    assert.equal(
      c.text,
      'Fewer episodes on runs with the hand expander (rate ratio 0.2, 95% interval 0.04–0.9): 2 episodes in 10 runs with, 10 episodes in 10 runs without.',
    );
    assert.doesNotMatch(c.text, /caus|because|thanks to|works/i);
  });

  it('says "not enough data yet" below 3 periods on either side', () => {
    const [c] = compareInterventions(
      [
        run(1, ['hand_expander'], 0),
        run(2, ['hand_expander'], 0),
        run(3, [], 2),
        run(4, [], 1),
        run(5, [], 3),
      ],
      [],
    );
    assert.equal(c?.status, 'not_enough_data');
    assert.equal(c?.rateRatio, null);
    assert.equal(
      c?.text,
      'Not enough data yet to compare runs with and without the hand expander: 2 runs with and 3 without; at least 3 of each are needed.',
    );
  });

  it('says "no clear difference" when the interval spans 1', () => {
    const [c] = compareInterventions(
      [
        run(1, ['splint'], 1),
        run(2, ['splint'], 0),
        run(3, ['splint'], 1),
        run(4, [], 1),
        run(5, [], 2),
        run(6, [], 1),
      ],
      [],
    );
    assert.equal(c?.verdict, 'no_clear_difference');
    assert.match(
      c?.text ?? '',
      /^No clear difference yet between runs with and without the wrist splint \(rate ratio 0\.5, 95% interval/,
    );
  });

  it('counts episodes linked to a period when the person logged more than the period says', () => {
    const periods = [run(1, [], 0, 'a'), run(2, [], 3, 'b')];
    const linked = [
      ep('2026-10-02T10:00Z', { exposureId: 'a' }),
      ep('2026-10-02T10:05Z', { exposureId: 'a' }),
      ep('2026-10-03T10:00Z', { exposureId: 'b' }),
    ];
    assert.deepEqual(
      [...episodesPerExposure(periods, linked)],
      [
        ['a', 2],
        ['b', 3],
      ],
    );
  });

  it('compares each kind of period separately, each intervention in turn', () => {
    const nights = Array.from({ length: 6 }, (_, i) =>
      parseExposure({
        id: `n${i}`,
        kind: 'night',
        startedAt: '2026-10-01T22:00Z',
        utcOffsetMinutes: 0,
        interventions: i < 3 ? ['new_pillow'] : [],
        episodeCount: 1,
      }),
    );
    const all = compareInterventions([...runs, ...nights], []);
    assert.deepEqual(
      all.map((c) => [c.exposureKind, c.intervention]),
      [
        ['run', 'hand_expander'],
        ['night', 'new_pillow'],
      ],
    );
  });
});

describe('assessment and BCTQ history', () => {
  const at = (now: string) => ({ id: `a-${now.replace(/\D/g, '')}`, now, utcOffsetMinutes: 0 });
  it('compares the latest assessment with the one before', () => {
    const first = newSavedAssessment(
      { stroke_signs: [], heart_signs: [], other_danger_signs: [] },
      at('2026-10-01T10:00:00Z'),
    );
    const later = newSavedAssessment(
      {
        stroke_signs: [],
        heart_signs: [],
        other_danger_signs: [],
        course: ['hand_weakness'],
        hand_map: { right: { palm: ['thumb', 'index', 'middle'] } },
      },
      at('2026-11-01T10:00:00Z'),
    );
    const history = assessmentHistory([later, first], knowledge);
    assert.deepEqual(
      history.points.map((p) => [p.takenAt, p.level]),
      [
        ['2026-10-01T10:00:00.000Z', 'self_care'],
        ['2026-11-01T10:00:00.000Z', 'doctor'],
      ],
    );
    assert.match(history.text[0] ?? '', /^Latest assessment, 1 Nov 2026: Book a doctor’s appointment; /);
    assert.equal(history.text[2], 'The latest triage level is more urgent than before.');
    assert.deepEqual(assessmentHistory([], knowledge).text, ['No assessments saved yet.']);
  });

  it('tracks BCTQ scores over time', () => {
    const all = (score: number) =>
      Object.fromEntries(
        [
          'night_pain_severity',
          'night_pain_waking',
          'day_pain_severity',
          'day_pain_frequency',
          'day_pain_duration',
          'numbness',
          'weakness',
          'tingling',
          'night_numbness_severity',
          'night_numbness_waking',
          'grasping_small_objects',
        ].map((id) => [id, score]),
      );
    const history = bctqHistory([
      newBctqRecord(all(2), at('2026-11-20T10:00:00Z')),
      newBctqRecord(all(4), at('2026-09-01T10:00:00Z')),
    ]);
    assert.deepEqual(
      history.points.map((p) => [p.symptomSeverity, p.functionalStatus]),
      [
        [4, null],
        [2, null],
      ],
    );
    assert.equal(
      history.text[0],
      'Boston Carpal Tunnel Questionnaire, 2 times: symptom severity 4.00 on 1 Sept 2026, 2.00 on 20 Nov 2026; function not scored, then not scored (1 = none, 5 = the worst).',
    );
  });
});
