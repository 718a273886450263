import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BREAK_NAMES, breakName } from './break-plan.ts';
import { CUE_TEXT, lastCue, nextCue } from './run-cues.ts';
import { scheduleLines, upcomingBreaks } from './schedule-words.ts';
import { PREVENTION_DEFAULTS } from './settings.ts';
import { SLEEP_ITEMS, sleepItems } from './sleep-check.ts';

/** The break coach, the run companion and the sleep check in Russian, and in English as before. */

const MIN = 60_000;

describe('prevention in Russian', () => {
  const breaks = PREVENTION_DEFAULTS.breaks;

  it('names the breaks and writes the schedule in Russian, with Russian durations', () => {
    assert.equal(breakName('micro', 'ru'), 'Микроперерыв');
    assert.deepEqual(
      scheduleLines(breaks, 'ru').map((line) => `${line.name}: ${line.text}`),
      [
        'Микроперерыв: интервал — 25 минут, длительность — 30 секунд',
        'Перерыв на движение: интервал — 1 час, длительность — 5 минут',
        'Перерыв на лестницу или прогулку: интервал — 2 часа, вместо перерыва на движение',
      ],
    );
    assert.deepEqual(
      upcomingBreaks(breaks, 125, 'ru').map((b) => `${b.at}: ${b.name}`),
      [
        'через 25 минут: Микроперерыв',
        'через 50 минут: Микроперерыв',
        'через 1 час: Перерыв на движение',
        'через 1 час 25 минут: Микроперерыв',
        'через 1 час 50 минут: Микроперерыв',
        'через 2 часа: Перерыв на лестницу или прогулку',
      ],
    );
  });

  it('keeps the schedule in English by default', () => {
    assert.deepEqual(BREAK_NAMES, {
      micro: 'Micro-break',
      movement: 'Movement break',
      stair: 'Stair or walking break',
    });
    assert.deepEqual(
      scheduleLines(breaks).map((line) => line.text),
      [
        'every 25 minutes for 30 seconds',
        'every 1 hour for 5 minutes',
        'every 2 hours, in place of the movement break',
      ],
    );
    assert.deepEqual(
      upcomingBreaks(breaks, 60).map((b) => `${b.at}: ${b.name}`),
      ['in 25 minutes: Micro-break', 'in 50 minutes: Micro-break', 'in 1 hour: Movement break'],
    );
  });

  it('gives the run cues in Russian, in the same turn as in English', () => {
    const run = PREVENTION_DEFAULTS.run;
    assert.deepEqual(
      [1, 2, 3].map((n) => lastCue(n * 4 * MIN, run, true, 'ru')?.text),
      ['Сожмите эспандер 10 раз', 'Опустите руки и встряхните их', 'Сожмите эспандер 10 раз'],
    );
    assert.equal(nextCue(0, run, false, 'ru').text, 'Опустите руки и встряхните их');
    assert.equal(nextCue(0, run, true).text, CUE_TEXT.expander_squeezes);
    assert.equal(CUE_TEXT.expander_squeezes, 'Squeeze your expander 10 times');
  });

  it('asks the sleep check’s questions in Russian, the same items with the same advice', () => {
    const russian = sleepItems('ru');
    assert.deepEqual(
      russian.map((item) => [item.id, item.advice]),
      SLEEP_ITEMS.map((item) => [item.id, item.advice]),
    );
    assert.equal(russian[1]?.question, 'Вы часто просыпаетесь, лёжа на руке?');
    assert.equal(SLEEP_ITEMS[1]?.question, 'Do you often wake up lying on your arm?');
    for (const item of russian) assert.match(item.question, /^[А-ЯЁ][^A-Za-z]+\?$/);
  });
});
