import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bestKatz, handMapFindings, katzRating } from './hand-map.ts';

describe('Katz hand diagram rating', () => {
  it('rates two or more of thumb, index and middle on the fingers only as classic', () => {
    assert.equal(katzRating({ palm: ['thumb', 'index', 'middle'] }), 'classic');
    assert.equal(
      katzRating({ palm: ['index', 'middle', 'ring', 'little'], arm: ['wrist', 'forearm'] }),
      'classic',
    );
  });

  it('allows the palm on the thumb side for probable, but not the little-finger side alone', () => {
    assert.equal(katzRating({ palm: ['thumb', 'index', 'thumb_side'] }), 'probable');
    assert.equal(katzRating({ palm: ['thumb', 'index', 'thumb_side', 'little_side'] }), 'probable');
    assert.equal(katzRating({ palm: ['thumb', 'index', 'little_side'] }), 'possible');
  });

  it('rates one of digits 1–3 as possible and none as unlikely', () => {
    assert.equal(katzRating({ palm: ['middle'] }), 'possible');
    assert.equal(katzRating({ back: ['thumb', 'thumb_side'] }), 'possible');
    assert.equal(katzRating({ palm: ['ring', 'little'] }), 'unlikely');
  });

  it('rates digits 1–3 with symptoms on the back of the hand as possible, the documented choice', () => {
    assert.equal(katzRating({ palm: ['thumb', 'index', 'middle'], back: ['little_side'] }), 'possible');
  });

  it('takes the most typical hand when both are marked', () => {
    assert.deepEqual(bestKatz({ left: { palm: ['little'] }, right: { palm: ['thumb', 'index'] } }), {
      rating: 'classic',
      hand: 'right',
    });
    assert.equal(bestKatz({}), null);
  });
});

describe('hand map findings', () => {
  const present = (map: Parameters<typeof handMapFindings>[0]): string[] =>
    handMapFindings(map)
      .filter(([, p]) => p)
      .map(([id]) => id);

  it('sets the side, the Katz finding and arm involvement', () => {
    assert.deepEqual(present({ left: { palm: ['thumb', 'index', 'middle'], arm: ['forearm'] } }), [
      'side_left',
      'katz_classic_probable',
      'arm_involved',
    ]);
  });

  it('recognises the ulnar pattern and both hands', () => {
    assert.deepEqual(present({ left: { palm: ['ring', 'little'] }, right: { palm: ['little'] } }), [
      'side_left',
      'side_right',
      'both_hands',
      'ulnar_fingers',
    ]);
  });

  it('recognises a whole-hand pattern and the back of the thumb alone', () => {
    assert.ok(
      present({ right: { palm: ['thumb', 'index', 'middle', 'ring', 'little'] } }).includes('all_fingers'),
    );
    assert.ok(present({ right: { back: ['thumb', 'thumb_side'] } }).includes('back_of_thumb'));
  });

  it('does not count the wrist as arm involvement', () => {
    assert.ok(!present({ right: { palm: ['thumb'], arm: ['wrist'] } }).includes('arm_involved'));
  });
});
