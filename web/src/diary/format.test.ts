import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { parseEpisode } from '../../../src/diary/episode.ts';
import { loadLanguage } from '../language.ts';
import { episodeLine, localInputValue, momentOf, scoreText } from './format.ts';

describe('diary words and times', () => {
  before(() => loadLanguage());

  it('reads a datetime-local value as a moment with its offset written in', () => {
    const moment = momentOf('2026-11-30T07:15');
    assert.ok(moment);
    const offset = -new Date(2026, 10, 30, 7, 15).getTimezoneOffset();
    assert.equal(moment.utcOffsetMinutes, offset);
    assert.match(moment.startedAt, /^2026-11-30T07:15:00[+-]\d{2}:\d{2}$/);
    assert.equal(new Date(moment.startedAt).getTime(), new Date(2026, 10, 30, 7, 15).getTime());
    assert.equal(momentOf(''), null);
    assert.equal(momentOf('yesterday'), null);
  });

  it('writes a date back as the input shows it', () => {
    assert.equal(localInputValue(new Date(2026, 0, 5, 9, 3)), '2026-01-05T09:03');
  });

  it('says an episode in one line', () => {
    const episode = parseEpisode({
      id: 'e1',
      startedAt: '2026-11-30T07:15:00Z',
      utcOffsetMinutes: 60,
      durationMinutes: 10,
      handMap: { right: { palm: ['index'] } },
      activities: ['keyboard', 'ice_hockey'],
      severity: 6,
      interventions: ['splint'],
    });
    assert.equal(
      episodeLine(episode),
      'Right hand · Typing or using a mouse, ice hockey · severity 6 of 10 · 10 minutes · with wrist splint',
    );
    assert.equal(scoreText(null), 'not scored');
    assert.equal(scoreText(2), '2.00');
  });
});
