import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { translator } from '../messages/index.ts';
import { handPlacesText, PLACE_NAMES, placeLabel } from './place-names.ts';

describe('the hand map’s places in words', () => {
  const hand = {
    palm: ['thumb' as const, 'index' as const],
    back: ['little_side' as const],
    arm: ['wrist' as const],
  };

  it('writes English by default, as the terminal and the diary read it', () => {
    assert.equal(
      handPlacesText(hand),
      'palm side: thumb, index finger; back: little-finger side of the hand; arm: wrist',
    );
    assert.equal(placeLabel('upper_arm'), 'Upper arm');
    assert.equal(PLACE_NAMES.ring, 'ring finger');
  });

  it('writes a language’s words from its catalog', () => {
    const ru = translator('ru');
    assert.equal(
      handPlacesText(hand, ru),
      'ладонь: большой палец, указательный палец; тыл кисти: сторона кисти у мизинца; рука: запястье',
    );
    assert.equal(placeLabel('index', ru), 'Указательный палец');
  });
});
