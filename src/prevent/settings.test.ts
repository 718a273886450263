import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NumbError } from '../errors.ts';
import { PREVENTION_DEFAULTS, parseSettings } from './settings.ts';

test('the defaults are the issue’s: micro-break every 25 min for 30 s, movement every hour for 5 min', () => {
  const b = PREVENTION_DEFAULTS.breaks;
  assert.equal(b.microEveryMinutes, 25);
  assert.ok(b.microEveryMinutes >= 20 && b.microEveryMinutes <= 30);
  assert.equal(b.microSeconds, 30);
  assert.equal(b.movementEveryMinutes, 60);
  assert.equal(b.movementMinutes, 5);
  assert.ok(b.stairEveryMinutes >= 90 && b.stairEveryMinutes <= 120);
  assert.deepEqual(b.postpone, { maxPerBreak: 1, minutes: 5, withinSeconds: 10 });
  assert.equal(b.strict, false);
  assert.equal(PREVENTION_DEFAULTS.run.cueEveryMinutes, 4);
  assert.equal(PREVENTION_DEFAULTS.run.spoken, false);
});

test('parseSettings fills what is left out from the defaults and round-trips its own output', () => {
  assert.deepEqual(parseSettings(undefined), PREVENTION_DEFAULTS);
  assert.deepEqual(parseSettings({}), PREVENTION_DEFAULTS);
  const changed = parseSettings({ breaks: { microEveryMinutes: 20, strict: true }, run: { spoken: true } });
  assert.equal(changed.breaks.microEveryMinutes, 20);
  assert.equal(changed.breaks.strict, true);
  assert.equal(changed.breaks.movementEveryMinutes, 60);
  assert.equal(changed.run.spoken, true);
  assert.deepEqual(parseSettings(JSON.parse(JSON.stringify(changed))), changed);
});

test('parseSettings names the field, what it expects and what it got', () => {
  const cases: [unknown, RegExp][] = [
    [
      { breaks: { microEveryMinutes: 'ten' } },
      /"settings\.breaks\.microEveryMinutes" expects a whole number of minutes from 1 to 240, got "ten"/,
    ],
    [{ breaks: { strict: 'yes' } }, /breaks\.strict" expects true or false, got "yes"/],
    [{ breaks: { workingHours: { start: '9am' } } }, /breaks\.workingHours\.start" expects a time HH:MM/],
    [
      { breaks: { workingHours: { start: '18:00', end: '09:00' } } },
      /end" expects a time after 18:00, got "09:00"/,
    ],
    [{ breaks: { workingHours: { days: [1, 9] } } }, /days\.1" expects a weekday/],
    [{ run: { cues: ['jumping'] } }, /run\.cues\.0" expects expander_squeezes or shake_out, got "jumping"/],
    [{ breaks: { colour: 'red' } }, /breaks\.colour" expects one of the fields/],
    [[], /expects an object/],
  ];
  for (const [input, message] of cases) {
    assert.throws(
      () => parseSettings(input),
      (error: unknown) =>
        error instanceof NumbError && error.code === 'NUMB_BAD_REQUEST' && message.test(error.message),
      String(message),
    );
  }
});

test('the README shows the defaults as they are', async () => {
  const { readFile } = await import('node:fs/promises');
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const block = readme.slice(readme.indexOf('export const PREVENTION_DEFAULTS'));
  const b = PREVENTION_DEFAULTS.breaks;
  for (const key of [
    'microEveryMinutes',
    'microSeconds',
    'movementEveryMinutes',
    'movementMinutes',
    'stairEveryMinutes',
    'naturalBreakMinutes',
  ] as const) {
    assert.match(block, new RegExp(`${key}: ${b[key]},`), key);
  }
  assert.match(block, /workingHours: \{ start: '09:00', end: '17:30', days: \[1, 2, 3, 4, 5\] \}/);
  assert.match(block, /postpone: \{ maxPerBreak: 1, minutes: 5, withinSeconds: 10 \}/);
  assert.match(block, new RegExp(`cueEveryMinutes: ${PREVENTION_DEFAULTS.run.cueEveryMinutes},`));
});
