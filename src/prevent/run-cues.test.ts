import assert from 'node:assert/strict';
import { mock, test } from 'node:test';
import { lastCue, nextCue } from './run-cues.ts';
import { PREVENTION_DEFAULTS } from './settings.ts';

const run = PREVENTION_DEFAULTS.run;
const MIN = 60_000;

test('cues every 4 min, alternating the expander squeeze and the shake-out', () => {
  assert.equal(lastCue(4 * MIN - 1, run, true), null);
  assert.deepEqual(
    [1, 2, 3, 4].map((n) => lastCue(n * 4 * MIN, run, true)?.text),
    [
      'Squeeze your expander 10 times',
      'Drop your arms and shake them out',
      'Squeeze your expander 10 times',
      'Drop your arms and shake them out',
    ],
  );
  assert.equal(nextCue(5 * MIN, run, true).atMs, 8 * MIN);
});

test('without an expander only the shake-out is cued', () => {
  assert.deepEqual(
    [1, 2].map((n) => lastCue(n * 4 * MIN, run, false)?.exercise),
    ['shake_out', 'shake_out'],
  );
});

test('a run timer on mock timers fires each cue once, at its time', () => {
  mock.timers.enable({ apis: ['setTimeout', 'Date'], now: 0 });
  try {
    const fired: string[] = [];
    const start = Date.now();
    const schedule = (): void => {
      const cue = nextCue(Date.now() - start, run, true);
      setTimeout(
        () => {
          fired.push(`${(Date.now() - start) / MIN}:${cue.exercise}`);
          schedule();
        },
        cue.atMs - (Date.now() - start),
      );
    };
    schedule();
    for (let i = 0; i < 13; i++) mock.timers.tick(MIN);
    assert.deepEqual(fired, ['4:expander_squeezes', '8:shake_out', '12:expander_squeezes']);
  } finally {
    mock.timers.reset();
  }
});
