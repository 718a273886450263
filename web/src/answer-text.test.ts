import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { knowledge } from '../../src/knowledge/index.ts';
import { describeAnswer, handMapText, splitSelfTestText } from './answer-text.ts';
import { loadLanguage } from './language.ts';

describe('answers in words', () => {
  // The app's words in English, as the app loads them before it draws these screens.
  before(() => loadLanguage());

  test('checklists, choices, numbers and the hand map', () => {
    const byId = (id: string) => {
      const question = knowledge.questions.find((q) => q.id === id);
      if (question === undefined) throw new Error(id);
      return question;
    };
    assert.equal(describeAnswer(byId('stroke_signs'), [], knowledge), 'None of these');
    assert.equal(describeAnswer(byId('stroke_signs'), 'unknown', knowledge), 'I don’t know');
    assert.match(describeAnswer(byId('stroke_signs'), ['face_droop'], knowledge), /^Face drooping/);
    assert.equal(describeAnswer(byId('duration'), 'weeks', knowledge), 'More than two weeks ago');
    assert.equal(describeAnswer(byId('age'), 45, knowledge), '45 years');
    assert.deepEqual(handMapText({ left: { palm: ['thumb', 'index'], arm: ['wrist'] } }), [
      'Left hand — palm side: thumb, index finger; arm: wrist',
    ]);
    assert.equal(describeAnswer(byId('hand_map'), {}, knowledge), 'Nothing marked');
  });

  test('a self-test question splits into its name and what to answer', () => {
    assert.deepEqual(splitSelfTestText('Self-test (wrist bend): did it come?'), {
      title: 'Self-test (wrist bend)',
      question: 'Did it come?',
    });
  });
});
