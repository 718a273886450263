import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NumbError } from '../errors.ts';
import { bctq } from '../knowledge/instruments/bctq.ts';
import { BCTQ_MAX_MISSING_PER_SCALE, type BctqAnswers, scoreBctq } from './bctq.ts';

/** Answers every item of both scales with the given scores, in questionnaire order. */
function answersFrom(symptom: number[], func: number[]): BctqAnswers {
  const answers: BctqAnswers = {};
  bctq.symptomSeverity.items.forEach((item, i) => {
    answers[item.id] = symptom[i];
  });
  bctq.functionalStatus.items.forEach((item, i) => {
    answers[item.id] = func[i];
  });
  return answers;
}

describe('BCTQ data', () => {
  it('has 11 symptom items and 8 function items, numbered in order, each with five answers', () => {
    assert.equal(bctq.symptomSeverity.items.length, 11);
    assert.equal(bctq.functionalStatus.items.length, 8);
    for (const scale of [bctq.symptomSeverity, bctq.functionalStatus]) {
      scale.items.forEach((item, i) => {
        assert.equal(item.number, i + 1);
        assert.equal(item.labels.length, 5);
        assert.ok(item.labels.every((label) => label.length > 0));
      });
    }
    assert.equal(bctq.recallDays, 14);
  });

  it('uses unique item ids across both scales', () => {
    const ids = [...bctq.symptomSeverity.items, ...bctq.functionalStatus.items].map((item) => item.id);
    assert.equal(new Set(ids).size, ids.length);
  });
});

describe('scoreBctq', () => {
  it('scores all 1s as 1.0 on both scales', () => {
    const result = scoreBctq(answersFrom(new Array<number>(11).fill(1), new Array<number>(8).fill(1)));
    assert.deepEqual(result, {
      symptomSeverity: 1,
      functionalStatus: 1,
      answeredSymptom: 11,
      answeredFunction: 8,
    });
  });

  it('scores all 5s as 5.0 on both scales', () => {
    const result = scoreBctq(answersFrom(new Array<number>(11).fill(5), new Array<number>(8).fill(5)));
    assert.equal(result.symptomSeverity, 5);
    assert.equal(result.functionalStatus, 5);
  });

  it('scores a mixed set as the mean of each scale', () => {
    // Symptom: 1+2+3+4+5+1+2+3+4+5+3 = 33, / 11 = 3. Function: 1+2+2+3+1+1+4+4 = 18, / 8 = 2.25.
    const result = scoreBctq(answersFrom([1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 3], [1, 2, 2, 3, 1, 1, 4, 4]));
    assert.deepEqual(result, {
      symptomSeverity: 3,
      functionalStatus: 2.25,
      answeredSymptom: 11,
      answeredFunction: 8,
    });
  });

  it('scores a scale with one item missing as the mean of the items answered', () => {
    // Symptom item 11 left out: 2+3+2+3+2+3+2+3+2+3 = 25, / 10 = 2.5. Function item 8 skipped (null): 14 / 7 = 2.
    const answers = answersFrom([2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 1], [2, 2, 2, 2, 2, 2, 2, 1]);
    delete answers.grasping_small_objects;
    answers.bathing_dressing = null;
    assert.equal(BCTQ_MAX_MISSING_PER_SCALE, 1);
    assert.deepEqual(scoreBctq(answers), {
      symptomSeverity: 2.5,
      functionalStatus: 2,
      answeredSymptom: 10,
      answeredFunction: 7,
    });
  });

  it('does not score a scale with two items missing, and still scores the other scale', () => {
    const answers = answersFrom(new Array<number>(11).fill(4), new Array<number>(8).fill(2));
    delete answers.night_pain_severity;
    delete answers.tingling;
    assert.deepEqual(scoreBctq(answers), {
      symptomSeverity: null,
      functionalStatus: 2,
      answeredSymptom: 9,
      answeredFunction: 8,
    });
  });

  it('scores nothing for no answers', () => {
    assert.deepEqual(scoreBctq({}), {
      symptomSeverity: null,
      functionalStatus: null,
      answeredSymptom: 0,
      answeredFunction: 0,
    });
  });

  it('rejects an answer outside 1–5, naming the item, what it expects and what it got', () => {
    const answers = {
      ...answersFrom(new Array<number>(11).fill(1), new Array<number>(8).fill(1)),
      weakness: 7,
    };
    assert.throws(
      () => scoreBctq(answers),
      (error: unknown) => {
        assert.ok(error instanceof NumbError);
        assert.equal(error.code, 'NUMB_BAD_ANSWER');
        assert.equal(error.status, 400);
        assert.deepEqual(error.path, ['weakness']);
        assert.equal(
          error.message,
          'BCTQ `weakness` (Symptom Severity Scale item 7, "Do you have weakness in your hand or wrist?") expects a whole number from 1 (No weakness) to 5 (Very severe weakness), got 7',
        );
        return true;
      },
    );
  });

  it('rejects fractions, numeric strings and labels', () => {
    for (const bad of [2.5, '3', 'Mild difficulty', 0, Number.NaN, true]) {
      assert.throws(
        () => scoreBctq({ writing: bad }),
        (error: unknown) =>
          error instanceof NumbError && error.code === 'NUMB_BAD_ANSWER' && error.path[0] === 'writing',
      );
    }
    assert.throws(() => scoreBctq({ writing: '3' }), /got "3"/);
  });

  it('rejects an answer to an item the BCTQ does not have', () => {
    assert.throws(
      () => scoreBctq({ typing: 2 }),
      (error: unknown) =>
        error instanceof NumbError &&
        error.code === 'NUMB_UNKNOWN_QUESTION' &&
        error.path[0] === 'typing' &&
        error.message.startsWith('BCTQ answers: `typing` is not a BCTQ item'),
    );
  });
});
