import assert from 'node:assert/strict';
import { test } from 'node:test';
import { knowledge } from '../knowledge/index.ts';
import { breakSeconds, planBreak, stepSeconds } from './break-plan.ts';
import { PREVENTION_DEFAULTS } from './settings.ts';

const settings = PREVENTION_DEFAULTS.breaks;

test('every break kind uses exercises from the knowledge and fills its length exactly', () => {
  for (const kind of ['micro', 'movement', 'stair'] as const) {
    const plan = planBreak(kind, settings, knowledge);
    assert.ok(plan.length > 0);
    const total = plan.reduce((sum, item) => sum + item.seconds, 0);
    assert.equal(total, breakSeconds(kind, settings), kind);
    for (const item of plan) assert.ok(stepSeconds(item) >= 1);
  }
  assert.deepEqual(
    planBreak('micro', settings, knowledge).map((p) => p.exercise.id),
    ['hand_wrist_moves'],
  );
  assert.ok(planBreak('stair', settings, knowledge).some((p) => p.exercise.id === 'stair_break'));
});
