import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NumbError } from '../errors.ts';
import { knowledge } from '../knowledge/index.ts';
import { parseAnswers, stateFromAnswers } from './answers.ts';
import { assess } from './assess.ts';
import { ABSENT, modelOf, PRESENT, UNKNOWN } from './model.ts';

function parseError(input: unknown): NumbError {
  try {
    parseAnswers(input, knowledge);
  } catch (error) {
    if (error instanceof NumbError) return error;
    throw error;
  }
  assert.fail('expected the answers to be refused');
}

describe('parsing answers', () => {
  it('accepts every answer form', () => {
    const answers = parseAnswers(
      {
        stroke_signs: [],
        heart_signs: { chest_pain: 'absent', nausea: 'unknown' },
        other_danger_signs: 'unknown',
        hand_map: { left: { palm: ['thumb', 'index'], arm: ['wrist'] } },
        onset: 'gradual',
        age: 41,
        phalen_test: 'present',
      },
      knowledge,
    );
    assert.equal(answers.age, 41);
    assert.deepEqual(answers.heart_signs, { chest_pain: 'absent', nausea: 'unknown' });
  });

  it('names the field, what it expects and what it got', () => {
    const error = parseError({ heart_signs: { chest_pain: 'yes' } });
    assert.equal(error.code, 'NUMB_BAD_ANSWER');
    assert.deepEqual(error.path, ['heart_signs', 'chest_pain']);
    assert.equal(error.message, '"heart_signs.chest_pain" expects present, absent or unknown, got "yes"');
  });

  it('refuses unknown questions, options out of range and misplaced hand regions', () => {
    assert.equal(parseError({ chest: 'present' }).code, 'NUMB_UNKNOWN_QUESTION');
    assert.match(parseError({ age: 130 }).message, /"age" expects a number of years from 0 to 120, got 130/);
    assert.match(
      parseError({ onset: 'yesterday' }).message,
      /expects one of sudden, days, gradual or unknown, got "yesterday"/,
    );
    assert.deepEqual(parseError({ hand_map: { left: { arm: ['thumb'] } } }).path, [
      'hand_map',
      'left',
      'arm',
      0,
    ]);
    assert.deepEqual(parseError({ stroke_signs: ['chest_pain'] }).path, ['stroke_signs', 0]);
    assert.match(parseError([]).message, /expects an object of question id → answer, got a list/);
  });
});

describe('answers to findings', () => {
  it('reads a ticked checklist as the other items absent, and a partial one as the rest unknown', () => {
    const ticked = assess(parseAnswers({ stroke_signs: ['face_droop'] }, knowledge), knowledge);
    assert.equal(ticked.triage.level, 'emergency');
    const none = assess(parseAnswers({ stroke_signs: [] }, knowledge), knowledge);
    assert.ok(!none.unscreened.includes('speech_trouble'));
    const partial = assess(parseAnswers({ stroke_signs: { face_droop: 'absent' } }, knowledge), knowledge);
    assert.ok(partial.unscreened.includes('speech_trouble'));
    assert.ok(!partial.unscreened.includes('face_droop'));
  });

  it('turns an age into bands and a choice into its findings', () => {
    const model = modelOf(knowledge);
    const state = stateFromAnswers(model, parseAnswers({ age: 70, sex: 'female' }, knowledge));
    const stateOf = (id: string): number | undefined => state[model.findingIndex.get(id) ?? -1];
    assert.equal(stateOf('age_65_plus'), PRESENT);
    assert.equal(stateOf('age_50_plus'), PRESENT);
    assert.equal(stateOf('age_under_30'), ABSENT);
    assert.equal(stateOf('sex_female'), PRESENT);
    assert.equal(stateOf('sex_male'), ABSENT);
    assert.equal(stateOf('diabetes'), UNKNOWN);
  });
});
