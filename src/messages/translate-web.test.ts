import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { registerCatalog } from './catalog-registry.ts';
import { ru } from './ru/index.ts';
import { catalogOf, translator } from './translate.web.ts';

describe('the words of the pure layers in the web app', () => {
  it('writes English from the start, and another language only once the app has loaded it', () => {
    assert.equal(translator('en')('step.question', { number: 2 }), 'Question 2');
    assert.throws(() => catalogOf('ru'), /the ru words were used before they were loaded/);
    registerCatalog('ru', ru);
    assert.equal(translator('ru')('step.question', { number: 2 }), 'Вопрос 2');
  });
});
