import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { type Episode, parseEpisode } from './episode.ts';
import { parseExposure } from './exposure.ts';
import {
  compareSeverity,
  EPISODE_FREQUENCY_NOTE,
  interventionsTried,
  MIN_RATED_PER_SIDE,
} from './severity-comparison.ts';
import { diaryInsights, diarySummary } from './summary.ts';

let counter = 0;
function ep(
  severity: number | null,
  interventions: string[] = [],
  fields: Record<string, unknown> = {},
): Episode {
  counter++;
  const startedAt = new Date(Date.UTC(2026, 10, 1) + counter * 3_600_000).toISOString();
  return parseEpisode({
    id: `s${counter}`,
    startedAt,
    utcOffsetMinutes: 0,
    severity,
    interventions,
    ...fields,
  });
}

const rated = (values: number[], interventions: string[] = []): Episode[] =>
  values.map((v) => ep(v, interventions));

/** Words that would claim the intervention did something. */
const CAUSAL =
  /\b(because|due to|thanks to|caused by|causes|reduc\w*|lower\w* your|helps|helped|works|worked|improv\w*|effective|prevent\w*|leads? to|results? in)\b/i;

describe('compareSeverity', () => {
  it(`says how many more rated episodes are needed below ${MIN_RATED_PER_SIDE} on a side`, () => {
    const c = compareSeverity('splint', rated([3, 2], ['splint']), rated([6, 5, 7, 6, 6]));
    assert.equal(c.status, 'not_enough_data');
    assert.deepEqual(c.needed, { with: 1, without: 0 });
    assert.equal(c.difference, null);
    assert.equal(c.verdict, null);
    assert.equal(
      c.text,
      'Not enough data yet: 1 more rated episode with the wrist splint, to compare severity (at least 3 rated ' +
        'episodes of each are needed; so far 2 with, 5 without).',
    );
  });

  it('names both sides when both are short, and counts only rated episodes', () => {
    const c = compareSeverity('splint', [ep(3, ['splint']), ep(null, ['splint'])], [ep(null)]);
    assert.deepEqual(c.needed, { with: 2, without: 3 });
    assert.deepEqual(c.with, { episodes: 2, rated: 1, meanSeverity: 3 });
    assert.deepEqual(c.without, { episodes: 1, rated: 0, meanSeverity: null });
    assert.match(
      c.text,
      /^Not enough data yet: 2 more rated episodes with the wrist splint and 3 more without it,/,
    );
    const short = compareSeverity('breaks', rated([1, 2, 3], ['breaks']), rated([4, 5]));
    assert.match(short.text, /^Not enough data yet: 1 more rated episode without regular breaks,/);
  });

  it('compares at exactly the minimum: less severe, with the interval of the difference turned round', () => {
    // Hand computation in mean-difference.test.ts: difference −3, 95 % interval −5.27 to −0.73.
    const c = compareSeverity('splint', rated([2, 3, 4], ['splint']), rated([5, 6, 7]));
    assert.equal(c.status, 'compared');
    assert.equal(c.verdict, 'less_severe');
    assert.deepEqual(c.needed, { with: 0, without: 0 });
    assert.equal(
      c.text,
      'Episodes logged with the wrist splint were on average 3.0 points less severe (95% interval 0.7 to 5.3 ' +
        'points; average 3.0 of 10 with, 6.0 without), 3 rated episodes with and 3 without. This shows what ' +
        'happened together, not that the wrist splint caused it.',
    );
  });

  it('says "more severe" when the interval lies above 0', () => {
    const c = compareSeverity('stretching', rated([5, 6, 7], ['stretching']), rated([2, 3, 4]));
    assert.equal(c.verdict, 'more_severe');
    assert.match(
      c.text,
      /^Episodes logged with stretching were on average 3\.0 points more severe \(95% interval 0\.7 to 5\.3 points;/,
    );
  });

  it('says "no clear difference" when the interval spans 0', () => {
    const c = compareSeverity('splint', rated([1, 2, 3, 4, 5], ['splint']), rated([4, 6, 8]));
    assert.equal(c.verdict, 'no_clear_difference');
    assert.equal(
      c.text,
      'No clear difference in severity between episodes logged with and without the wrist splint (average 3.0 ' +
        'of 10 with, 6.0 without; the 95% interval runs from 7.0 points lower to 1.0 points higher with it), 5 ' +
        'rated episodes with and 3 without. This shows what happened together, not that the wrist splint caused it.',
    );
  });

  it('never claims a cause, and its verdict, interval and words always point the same way', () => {
    const ratings = fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }), { maxLength: 15 });
    fc.assert(
      fc.property(ratings, ratings, fc.constantFrom('splint', 'breaks', 'ice_pack'), (a, b, id) => {
        const c = compareSeverity(
          id,
          a.map((s) => ep(s, [id])),
          b.map((s) => ep(s)),
        );
        assert.doesNotMatch(c.text, CAUSAL);
        const ready = c.with.rated >= MIN_RATED_PER_SIDE && c.without.rated >= MIN_RATED_PER_SIDE;
        assert.equal(c.status, ready ? 'compared' : 'not_enough_data');
        if (!c.difference) {
          assert.match(c.text, /^Not enough data yet: /);
          assert.match(c.text, /at least 3 rated episodes of each/);
          return;
        }
        assert.match(c.text, /This shows what happened together, not that .+ caused it\.$/);
        const d = c.difference;
        close(d.difference, (c.with.meanSeverity ?? 0) - (c.without.meanSeverity ?? 0));
        if (c.verdict === 'less_severe') {
          assert.ok(d.high < 0 && d.difference < 0);
          assert.match(c.text, /less severe/);
          assert.doesNotMatch(c.text, /more severe|No clear/);
        } else if (c.verdict === 'more_severe') {
          assert.ok(d.low > 0 && d.difference > 0);
          assert.match(c.text, /more severe/);
          assert.doesNotMatch(c.text, /less severe|No clear/);
        } else {
          assert.ok(d.low <= 0 && d.high >= 0);
          assert.match(c.text, /^No clear difference/);
        }
      }),
    );
  });
});

function close(actual: number, expected: number): void {
  assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≈ ${expected}`);
}

describe('interventionsTried', () => {
  it('compares each intervention ticked on episodes, the most used first, with one report line each', () => {
    const episodes = [
      ...rated([3, 2, 3, 4, 3, 2, 4, 3], ['splint']),
      ...rated([6, 5, 7, 6, 6, 5, 7, 6]),
      ep(5, ['breaks']),
    ];
    const tried = interventionsTried(episodes, []);
    assert.equal(tried.episodes, 17);
    assert.equal(tried.minimumRatedPerSide, 3);
    assert.deepEqual(
      tried.severity.map((c) => [c.intervention, c.with.episodes, c.status]),
      [
        ['splint', 8, 'compared'],
        ['breaks', 1, 'not_enough_data'],
      ],
    );
    assert.equal(
      tried.text[0],
      'Interventions tried: wrist splint (on 8 of 17 episodes), regular breaks (on 1 of 17 episodes).',
    );
    assert.match(
      tried.text[1] ?? '',
      /^Wrist splint — Episodes logged with the wrist splint were on average 2\.9 points less severe/,
    );
    assert.match(
      tried.text[2] ?? '',
      /^Regular breaks — Not enough data yet: 2 more rated episodes with regular breaks/,
    );
    assert.equal(tried.text[3], EPISODE_FREQUENCY_NOTE);
  });

  it('writes one intervention as a single line', () => {
    const tried = interventionsTried([...rated([3, 3, 3], ['wrist_splint']), ...rated([6, 6, 6])], []);
    assert.match(
      tried.text[0] ?? '',
      /^Interventions tried: wrist splint \(on 3 of 6 episodes\) — Episodes logged with wrist splint were on average 3\.0 points less severe/,
    );
  });

  it('counts an episode linked to a period with the period’s interventions', () => {
    const run = parseExposure({
      id: 'run1',
      kind: 'run',
      startedAt: '2026-11-01T07:00Z',
      utcOffsetMinutes: 0,
      interventions: ['hand_expander'],
      episodeCount: 1,
    });
    const linked = ep(2, [], { exposureId: 'run1' });
    const tried = interventionsTried([linked, ep(3, ['hand_expander']), ep(6)], [run]);
    assert.deepEqual(tried.severity[0]?.with, { episodes: 2, rated: 2, meanSeverity: 2.5 });
    assert.deepEqual(tried.severity[0]?.without, { episodes: 1, rated: 1, meanSeverity: 6 });
  });

  it('has nothing to say when nothing was tried', () => {
    const tried = interventionsTried(rated([3, 4]), []);
    assert.deepEqual(tried.severity, []);
    assert.deepEqual(tried.text, []);
  });

  it('is in the insights and in the summary of a period, whose report text names the intervention', () => {
    const at = (severity: number, i: number, interventions: string[] = []): Episode =>
      ep(severity, interventions, { startedAt: `2026-11-${10 + i}T08:00:00.000Z` });
    const episodes = [
      ...[3, 2, 3, 4].map((s, i) => at(s, i, ['splint'])),
      ...[6, 5, 7, 6].map((s, i) => at(s, i + 4)),
    ];
    const diary = { episodes, exposures: [], assessments: [], bctq: [] };
    const insights = diaryInsights(diary, { now: '2026-12-01T00:00:00.000Z' });
    assert.equal(insights.interventions.severity[0]?.verdict, 'less_severe');
    const summary = diarySummary(diary, { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' });
    assert.deepEqual(summary.interventions, interventionsTried(episodes, []));
    const line = summary.text.find((l) => l.startsWith('Interventions tried: '));
    assert.match(
      line ?? '',
      /^Interventions tried: wrist splint \(on 4 of 8 episodes\) — Episodes logged with the wrist splint were/,
    );
    assert.ok(summary.text.includes(EPISODE_FREQUENCY_NOTE));
    // A period without the episodes has nothing tried.
    const empty = diarySummary(diary, { from: '2026-12-01T00:00:00.000Z', to: '2026-12-08T00:00:00.000Z' });
    assert.deepEqual(empty.interventions.severity, []);
  });
});
