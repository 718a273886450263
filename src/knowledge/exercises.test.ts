import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exercises } from './exercises.ts';

// Other knowledge files refer to these ids, so losing or renaming one breaks a plan.
const EXPECTED_IDS = [
  'hand_wrist_moves',
  'neck_tilts',
  'shoulder_drops',
  'arm_hand_circles',
  'stair_break',
  'expander_squeezes',
  'median_nerve_glide',
  'ulnar_nerve_glide',
  'shake_out',
  'slow_breathing',
];

// A CLINICAL.md id such as `NHS-CTS`, or a seed section such as `SEED:running`.
const SOURCE_ID = /^(SEED:[a-z_]+|[A-Z][A-Z0-9]*(-[A-Z0-9]+)*)$/;

describe('exercises', () => {
  it('has exactly the ids other files reference, each once', () => {
    const ids = exercises.map((exercise) => exercise.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate exercise id');
    assert.deepEqual([...ids].sort(), [...EXPECTED_IDS].sort());
  });

  for (const exercise of exercises) {
    describe(exercise.id, () => {
      it('has a name, a one-sentence purpose and 3–6 steps', () => {
        assert.ok(exercise.name.trim().length > 0);
        assert.match(exercise.purpose, /^[A-Z].*\.$/);
        assert.ok(exercise.steps.length >= 3 && exercise.steps.length <= 6, `${exercise.steps.length} steps`);
        for (const step of exercise.steps) assert.match(step, /^[A-Z].*\.$/, step);
      });

      it('has a positive whole duration and number of repetitions', () => {
        assert.ok(Number.isInteger(exercise.durationSeconds) && exercise.durationSeconds > 0);
        assert.ok(Number.isInteger(exercise.repetitions) && exercise.repetitions > 0);
      });

      it('says when to stop', () => {
        assert.ok(exercise.cautions.length >= 1);
        for (const caution of exercise.cautions) assert.ok(caution.trim().length > 0);
      });

      it('names its sources', () => {
        assert.ok(exercise.sources.length >= 1);
        for (const source of exercise.sources) assert.match(source, SOURCE_ID);
      });
    });
  }

  it('warns against throwing the head back in the neck exercise', () => {
    const neck = exercises.find((exercise) => exercise.id === 'neck_tilts');
    assert.ok(neck);
    assert.ok(neck.cautions.some((caution) => /never throw your head back/i.test(caution)));
  });

  it('sends chest symptoms during exertion or breathing exercises to the emergency number', () => {
    for (const id of ['stair_break', 'expander_squeezes', 'shake_out', 'slow_breathing']) {
      const exercise = exercises.find((candidate) => candidate.id === id);
      assert.ok(exercise, id);
      assert.ok(
        exercise.cautions.some((caution) => /chest/i.test(caution) && /emergency number/i.test(caution)),
        `${id} must send chest symptoms to the emergency number`,
      );
    }
  });
});
