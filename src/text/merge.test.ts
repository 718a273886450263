import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeAnswers } from './merge.ts';

describe('mergeAnswers', () => {
  it('lets explicit answers win, and merges checklists item by item', () => {
    const merged = mergeAnswers(
      { heart_signs: { chest_pain: 'present', nausea: 'absent' }, duration: 'weeks', age: 60 },
      { heart_signs: { nausea: 'present', breathless: 'absent' }, duration: 'days' },
    );
    assert.deepEqual(merged, {
      heart_signs: { chest_pain: 'present', nausea: 'present', breathless: 'absent' },
      duration: 'days',
      age: 60,
    });
  });

  it('never lets "don\'t know" erase what the words said', () => {
    const merged = mergeAnswers(
      { heart_signs: { chest_pain: 'present' }, onset: 'sudden' },
      { heart_signs: { chest_pain: 'unknown', nausea: 'unknown' }, onset: 'unknown', sex: 'unknown' },
    );
    assert.deepEqual(merged, {
      heart_signs: { chest_pain: 'present', nausea: 'unknown' },
      onset: 'sudden',
      sex: 'unknown',
    });
  });

  it('takes a ticked list and a hand map as complete answers', () => {
    const merged = mergeAnswers(
      { stroke_signs: { face_droop: 'absent' }, hand_map: { left: { palm: ['thumb'] } } },
      { stroke_signs: ['speech_trouble'], hand_map: { right: { arm: ['wrist'] } } },
    );
    assert.deepEqual(merged, { stroke_signs: ['speech_trouble'], hand_map: { right: { arm: ['wrist'] } } });
  });

  it('does not change its inputs', () => {
    const text = { heart_signs: { chest_pain: 'present' as const } };
    mergeAnswers(text, { heart_signs: { chest_pain: 'absent' } });
    assert.deepEqual(text, { heart_signs: { chest_pain: 'present' } });
  });
});
