import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { translator } from './index.ts';

const en = translator('en');
const ru = translator('ru');

describe('the prevention screens’ words', () => {
  it('say the break that comes next, and "under a minute" when it is that close', () => {
    assert.equal(
      en('webPrevent.breaks.next', { kind: 'micro', soon: 'no', time: '25 minutes' }),
      'Next micro-break in 25 minutes.',
    );
    assert.equal(
      en('webPrevent.breaks.next', { kind: 'stair', soon: 'yes', time: '1 minute' }),
      'Next stair or walking break in under a minute.',
    );
    // «До … — 1 минута» keeps src/format's nominative right, where «через 1 минута» would not be.
    assert.equal(
      ru('webPrevent.breaks.next', { kind: 'micro', soon: 'no', time: '1 минута' }),
      'До следующей микропаузы — 1 минута.',
    );
    assert.equal(
      ru('webPrevent.breaks.next', { kind: 'movement', soon: 'yes', time: '1 минута' }),
      'До следующего перерыва на движение меньше минуты.',
    );
  });

  it('put minutes in the case Russian needs after «на» and «каждые»', () => {
    assert.equal(en('webPrevent.break.postpone', { minutes: 1 }), 'Postpone 1 minute');
    assert.equal(ru('webPrevent.break.postpone', { minutes: 1 }), 'Отложить на 1 минуту');
    assert.equal(ru('webPrevent.break.postpone', { minutes: 3 }), 'Отложить на 3 минуты');
    assert.equal(ru('webPrevent.break.postpone', { minutes: 5 }), 'Отложить на 5 минут');
    assert.equal(ru('webPrevent.break.postpone', { minutes: 21 }), 'Отложить на 21 минуту');
    assert.equal(ru('webPrevent.run.cuesEvery', { minutes: 1 }), 'Сигналы каждую минуту');
    assert.equal(ru('webPrevent.run.cuesEvery', { minutes: 4 }), 'Сигналы каждые 4 минуты');
    assert.equal(ru('webPrevent.run.cuesEvery', { minutes: 25 }), 'Сигналы каждые 25 минут');
  });

  it('write the streak and the exercises of a break with each language’s plurals', () => {
    assert.match(en('webPrevent.stats.streak', { current: 1, longest: 3 }), /^Streak: 1 day \(longest 3\)\./);
    assert.match(en('webPrevent.stats.streak', { current: 2, longest: 3 }), /^Streak: 2 days /);
    assert.equal(ru('webPrevent.break.exercises', { count: 2 }), '2 упражнения.');
    assert.equal(ru('webPrevent.break.exercises', { count: 5 }), '5 упражнений.');
  });

  it('name the hand and the expander in what a logged run says', () => {
    const run = { duration: '30 minutes', expander: 'no', hand: 'left' };
    assert.equal(
      en('webPrevent.run.savedNumb', run),
      'Saved: a run of 30 minutes without the expander, left hand numb.',
    );
    assert.equal(
      ru('webPrevent.run.savedNumb', { ...run, duration: '30 минут', hand: 'both' }),
      'Сохранено: пробежка — 30 минут, без эспандера, онемели обе руки.',
    );
  });

  it('name the days of the week for the working-days boxes and the 7-day table', () => {
    assert.equal(en('webPrevent.weekday', { day: 'mon' }), 'Mon');
    assert.equal(en('webPrevent.weekday', { day: 'sun' }), 'Sun');
    assert.equal(ru('webPrevent.weekday', { day: 'thu' }), 'чт');
    assert.equal(ru('webPrevent.stats.dayLabel', { weekday: 'пн', day: 30 }), 'пн, 30');
  });
});
