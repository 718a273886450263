import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { knowledge } from '../knowledge/index.ts';
import { detectLanguage, en, isLanguage, lexiconFor, parseText, ru } from './index.ts';

describe('choosing the language of a text', () => {
  it('reads a text with Cyrillic letters as Russian, and any other as English', () => {
    assert.equal(detectLanguage('Немеет левая рука'), 'ru');
    assert.equal(detectLanguage('пью metformin, немеют пальцы'), 'ru');
    assert.equal(detectLanguage('my left hand goes numb'), 'en');
    assert.equal(detectLanguage('12 3'), 'en');
  });

  it('lets the language asked for win over the letters', () => {
    assert.equal(lexiconFor('Немеет рука'), ru);
    assert.equal(lexiconFor('Немеет рука', 'en'), en);
    assert.equal(lexiconFor('numb hand', 'ru'), ru);
    assert.ok(isLanguage('ru') && isLanguage('en') && !isLanguage('de') && !isLanguage('toString'));
  });

  it('reads Russian words without being told the language', () => {
    const result = parseText('Немеет левая рука, боли в груди нет.', undefined, knowledge);
    assert.deepEqual(result.answers.hand_map, {
      left: { palm: ['thumb', 'index', 'middle', 'ring', 'little'] },
    });
    assert.equal(result.findings.find((f) => f.finding === 'chest_pain')?.state, 'absent');
  });
});
