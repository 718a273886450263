import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { knowledge } from '../../../src/knowledge/index.ts';
import { parseText } from '../../../src/text/index.ts';
import { loadLanguage } from '../language.ts';
import { answersFrom, chipName, flip, understoodFrom } from './understood.ts';

describe('what was understood, as chips', () => {
  // The app's words in English, as the app loads them before it draws these screens.
  before(() => loadLanguage());

  const result = parseText(
    'My left hand goes numb when I run. No chest pain or dizziness.',
    undefined,
    knowledge,
  );

  test('findings one by one; the hand map and the choices as their own chips', () => {
    const understood = understoodFrom(result, knowledge);
    assert.deepEqual(
      understood.findings.map((c) => [c.finding, c.state]),
      [
        ['during_running', 'present'],
        ['chest_pain', 'absent'],
        ['lightheaded', 'absent'],
      ],
    );
    assert.deepEqual(
      understood.places.map((p) => [p.side, p.words]),
      [['left', ['left hand']]],
    );
    assert.deepEqual(
      understood.choices.map((c) => c.text),
      ['Pattern: It comes and goes'],
    );
    const chest = understood.findings[1];
    assert.ok(chest);
    assert.match(chipName(chest), /^Chest pain, .*: no, from ‘chest pain’$/);
  });

  test('unchanged chips give the answers as read', () => {
    assert.deepEqual(answersFrom(understoodFrom(result, knowledge), knowledge), result.answers);
  });

  test('a flipped chip changes its item, a removed one is left to be asked, a removed place or choice too', () => {
    const understood = understoodFrom(result, knowledge);
    const [running, chest, dizzy] = understood.findings;
    assert.ok(running && chest && dizzy);
    const changed = {
      ...understood,
      findings: [flip(running), { ...chest, removed: true }, dizzy],
      places: understood.places.map((p) => ({ ...p, removed: true })),
      choices: understood.choices.map((c) => ({ ...c, removed: true })),
    };
    assert.deepEqual(answersFrom(changed, knowledge), {
      activities: { during_running: 'absent' },
      heart_signs: { lightheaded: 'absent' },
    });
  });

  test('a danger sign said with doubt shows as present, marked as said with doubt', () => {
    const doubtful = parseText('maybe some chest pain', undefined, knowledge);
    const chip = understoodFrom(doubtful, knowledge).findings.find((c) => c.finding === 'chest_pain');
    assert.ok(chip);
    assert.equal(chip.state, 'present');
    assert.equal(chip.uncertain, true);
    assert.equal(chip.danger, true);
    assert.match(chipName(chip), /: yes \(said with doubt\), from ‘chest pain’$/);
  });
});

describe('Russian words, read in Russian without being told', () => {
  test('give the same chips: findings, the hand map and the choices', () => {
    const result = parseText(
      'Пальцы левой руки немеют, когда бегаю. Боли в груди нет.',
      undefined,
      knowledge,
    );
    const understood = understoodFrom(result, knowledge);
    assert.deepEqual(
      understood.findings.map((c) => [c.finding, c.state]),
      [
        ['during_running', 'present'],
        ['chest_pain', 'absent'],
      ],
    );
    assert.deepEqual(
      understood.places.map((p) => p.side),
      ['left'],
    );
  });
});
