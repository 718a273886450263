import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { likelihoodOf, oddsFactor, strengthOf } from './result-words.ts';

describe('the result in words', () => {
  it('says likely from one half, possible from 15 %, less likely below', () => {
    assert.equal(likelihoodOf(0.98), 'likely');
    assert.equal(likelihoodOf(0.5), 'likely');
    assert.equal(likelihoodOf(0.49), 'possible');
    assert.equal(likelihoodOf(0.15), 'possible');
    assert.equal(likelihoodOf(0.1), 'lessLikely');
  });

  it('calls an answer strong when it triples or thirds the odds, whichever way it points', () => {
    assert.equal(strengthOf(Math.log(3)), 'strong');
    assert.equal(strengthOf(-1.2), 'strong');
    assert.equal(strengthOf(0.5), 'moderate');
    assert.equal(strengthOf(-0.3), 'slight');
  });

  it('shows a weight as the factor it multiplies the odds by', () => {
    assert.equal(oddsFactor(Math.log(3)), '×3.0');
    assert.equal(oddsFactor(Math.log(0.5)), '×0.5');
  });
});
