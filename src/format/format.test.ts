import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  DEFAULT_LOCALE,
  durationFromUnits,
  formatCalendarDay,
  formatDate,
  formatDateTime,
  formatDayMonth,
  formatDose,
  formatDuration,
  formatList,
  formatMinutes,
  formatNumber,
  formatPercent,
  formatSignificant,
  formatTime,
  formatWeight,
} from './index.ts';

const GB = { locale: 'en-GB' };
const US = { locale: 'en-US' };

describe('dates', () => {
  const morning = '2026-12-06T06:15:00.000Z';

  test('one medium date style, day first in British English and month first in American', () => {
    assert.equal(formatDate(morning, { ...GB, utcOffsetMinutes: 0 }), '6 Dec 2026');
    assert.equal(formatDate(morning, { ...US, utcOffsetMinutes: 0 }), 'Dec 6, 2026');
  });

  test('the offset stored with a moment decides its day and time, not the machine reading it', () => {
    // 06:15 UTC is 22:15 the evening before in California (UTC−8) and 07:15 in Berlin (UTC+1).
    assert.equal(formatDateTime(morning, { ...GB, utcOffsetMinutes: -480 }), '5 Dec 2026, 22:15');
    assert.equal(formatDateTime(morning, { ...GB, utcOffsetMinutes: 60 }), '6 Dec 2026, 07:15');
    assert.equal(formatTime(morning, { ...GB, utcOffsetMinutes: 60 }), '07:15');
    assert.equal(formatTime(morning, { ...US, utcOffsetMinutes: 60 }), '7:15 AM');
  });

  test('takes an ISO string, milliseconds or a Date alike', () => {
    const ms = Date.parse(morning);
    const options = { ...GB, utcOffsetMinutes: 0 };
    assert.equal(formatDate(ms, options), formatDate(morning, options));
    assert.equal(formatDate(new Date(ms), options), formatDate(morning, options));
  });

  test('a chart axis drops the year; a YYYY-MM-DD day keeps its day at any offset', () => {
    assert.equal(formatDayMonth(morning, { ...GB, utcOffsetMinutes: 0 }), '6 Dec');
    assert.equal(formatCalendarDay('2026-11-09', GB), '9 Nov 2026');
    assert.equal(
      formatCalendarDay('2026-11-09', GB),
      formatDate('2026-11-09T23:59:00Z', { ...GB, utcOffsetMinutes: 0 }),
    );
  });

  test('the project locale is the default', () => {
    assert.equal(DEFAULT_LOCALE, 'en-GB');
    assert.equal(
      formatDate(morning, { utcOffsetMinutes: 0 }),
      formatDate(morning, { ...GB, utcOffsetMinutes: 0 }),
    );
  });
});

describe('numbers', () => {
  test('percentages are whole, in the locale’s own style, and a small chance is never shown as none', () => {
    assert.equal(formatPercent(0.71, GB), '71%');
    assert.equal(formatPercent(0.004, GB), '<1%');
    assert.equal(formatPercent(0, GB), '0%');
    assert.equal(formatPercent(1, GB), '100%');
    assert.equal(formatPercent(0.995, GB), '100%');
    assert.equal(formatPercent(0.004, { ...GB, fractionDigits: 1 }), '0.4%');
    assert.equal(formatPercent(0.0004, { ...GB, fractionDigits: 1 }), '<0.1%');
    assert.equal(formatPercent(0.12, { ...GB, fractionDigits: 1 }), '12%');
    // German puts a space before the sign: the style comes from the locale, not from the code.
    assert.equal(formatPercent(0.71, { locale: 'de-DE' }), '71\u00a0%');
  });

  test('fixed fraction digits, with the locale’s decimal sign', () => {
    assert.equal(formatNumber(2.449, 2, GB), '2.45');
    assert.equal(formatNumber(3, 1, GB), '3.0');
    assert.equal(formatNumber(1234.5, 1, GB), '1,234.5');
    assert.equal(formatNumber(2.5, 1, { locale: 'de-DE' }), '2,5');
  });

  test('a small ratio keeps its first significant digit, with the locale’s decimal sign', () => {
    assert.equal(formatSignificant(0.0438, 1, GB), '0.04');
    assert.equal(formatSignificant(0.0438, 1, { locale: 'ru-RU' }), '0,04');
    assert.equal(formatSignificant(0.007, 1, GB), '0.007');
  });

  test('weights always carry a sign, and the minus is as wide as the plus', () => {
    assert.equal(formatWeight(1.23, GB), '+1.2');
    assert.equal(formatWeight(-0.44, GB), '−0.4');
    assert.equal(formatWeight(0, GB), '+0.0');
  });
});

describe('durations', () => {
  test('lengths of time in words, zero parts left out', () => {
    assert.equal(formatDuration(45, GB), '45 seconds');
    assert.equal(formatDuration(60, GB), '1 minute');
    assert.equal(formatDuration(90, GB), '1 minute, 30 seconds');
    assert.equal(formatDuration(7500, GB), '2 hours, 5 minutes');
    assert.equal(formatDuration(0, GB), '0 seconds');
    assert.equal(formatMinutes(90, GB), '1 hour, 30 minutes');
  });

  test('the fallback without Intl.DurationFormat writes the same words', () => {
    for (const seconds of [0, 1, 45, 60, 61, 90, 3600, 3661, 7500]) {
      for (const locale of ['en-GB', 'en-US', 'de-DE', 'fr-FR']) {
        assert.equal(
          durationFromUnits(seconds, { locale }),
          formatDuration(seconds, { locale }),
          `${seconds} s in ${locale}`,
        );
      }
    }
  });

  test('an exercise’s dose: how long, how often', () => {
    assert.equal(formatDose({ durationSeconds: 90, repetitions: 3 }, GB), '1 minute, 30 seconds × 3 times');
    assert.equal(formatDose({ durationSeconds: 30, repetitions: 1 }, GB), '30 seconds × once');
  });
});

describe('lists', () => {
  test('joined with the locale’s "and", without a serial comma in British English', () => {
    assert.equal(
      formatList(['the left thumb', 'the right hand'], 'and', GB),
      'the left thumb and the right hand',
    );
    assert.equal(formatList(['a', 'b', 'c'], 'and', GB), 'a, b and c');
    assert.equal(formatList(['a', 'b', 'c'], 'and', { locale: 'ru-RU' }), 'a, b и c');
    assert.equal(formatList(['alone'], 'and', GB), 'alone');
  });
});
