import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NumbError } from '../errors.ts';
import { canonicalHandMap, newEpisode, parseEpisode, repeatEpisode } from './episode.ts';

const BASE = { id: 'e1', startedAt: '2026-11-30T07:15:00Z', utcOffsetMinutes: 60 };

function fails(input: unknown, code: string, path: (string | number)[], message: RegExp, options = {}): void {
  assert.throws(
    () => parseEpisode(input, options),
    (error: unknown) => {
      assert.ok(error instanceof NumbError);
      assert.equal(error.code, code);
      assert.deepEqual(error.path, path);
      assert.match(error.message, message);
      return true;
    },
  );
}

describe('parseEpisode', () => {
  it('fills the optional fields and keeps the time as a UTC instant with milliseconds', () => {
    assert.deepEqual(parseEpisode(BASE), {
      id: 'e1',
      startedAt: '2026-11-30T07:15:00.000Z',
      utcOffsetMinutes: 60,
      durationMinutes: null,
      handMap: {},
      activities: [],
      severity: null,
      symptoms: [],
      interventions: [],
      exposureId: null,
      note: '',
    });
  });

  it('takes the UTC offset from a time written with one', () => {
    const episode = parseEpisode({ id: 'e1', startedAt: '2026-11-30T08:15+01:00' });
    assert.equal(episode.startedAt, '2026-11-30T07:15:00.000Z');
    assert.equal(episode.utcOffsetMinutes, 60);
    const west = parseEpisode({ id: 'e1', startedAt: '2026-11-30T02:15:30.5-05:00' });
    assert.equal(west.startedAt, '2026-11-30T07:15:30.500Z');
    assert.equal(west.utcOffsetMinutes, -300);
  });

  it('names the field, what it expects and what it got', () => {
    fails(
      { ...BASE, severity: 11 },
      'NUMB_BAD_ENTRY',
      ['severity'],
      /^"severity" expects a whole number from 0 to 10, got 11$/,
    );
    fails({ ...BASE, severity: '4' }, 'NUMB_BAD_ENTRY', ['severity'], /got "4"$/);
    fails({ ...BASE, durationMinutes: -1 }, 'NUMB_BAD_ENTRY', ['durationMinutes'], /whole number of minutes/);
    fails({ ...BASE, startedAt: '2026-02-30T10:00Z' }, 'NUMB_BAD_ENTRY', ['startedAt'], /real date/);
    fails({ ...BASE, startedAt: '2026-11-30 10:00' }, 'NUMB_BAD_ENTRY', ['startedAt'], /with a zone/);
    fails({ id: 'e1', startedAt: '2026-11-30T07:15Z' }, 'NUMB_BAD_ENTRY', ['utcOffsetMinutes'], /UTC offset/);
    fails({ ...BASE, utcOffsetMinutes: 900 }, 'NUMB_BAD_ENTRY', ['utcOffsetMinutes'], /-720 to 840/);
    fails({ ...BASE, symptoms: ['chest'] }, 'NUMB_BAD_ENTRY', ['symptoms', 0], /symptom id.*got "chest"/);
    fails({ ...BASE, activities: ['Running!'] }, 'NUMB_BAD_ENTRY', ['activities', 0], /activity id/);
    fails({ ...BASE, note: 'a\u0000b' }, 'NUMB_BAD_ENTRY', ['note'], /control characters/);
    fails(
      { ...BASE, note: 'x'.repeat(2001) },
      'NUMB_BAD_ENTRY',
      ['note'],
      /^"note" expects at most 2,000 characters, got 2,001$/,
    );
    fails({ ...BASE, id: 'has space' }, 'NUMB_BAD_ENTRY', ['id'], /an id of 1 to 64/);
    fails(
      { ...BASE, sevrity: 3 },
      'NUMB_BAD_ENTRY',
      ['sevrity'],
      /is not a field of an episode; the fields are id, startedAt/,
    );
    fails([], 'NUMB_BAD_ENTRY', [], /expects an episode, got a list/);
  });

  it('checks the hand map with the engine and reports its place inside a larger input', () => {
    fails(
      { ...BASE, handMap: { left: { palm: ['pinky'] } } },
      'NUMB_BAD_ANSWER',
      ['episodes', 3, 'handMap', 'left', 'palm', 0],
      /^"episodes\.3\.handMap\.left\.palm\.0" expects one of thumb, index/,
      { path: ['episodes', 3] },
    );
    fails(
      { ...BASE, severity: 12 },
      'NUMB_BAD_ENTRY',
      ['episodes', 3, 'severity'],
      /^"episodes\.3\.severity"/,
      {
        path: ['episodes', 3],
      },
    );
  });

  it('keeps lists without repeats and the hand map in one canonical order', () => {
    const episode = parseEpisode({
      ...BASE,
      activities: ['running', 'cold', 'running'],
      handMap: { right: { back: ['middle', 'thumb', 'middle'], palm: [] }, left: {} },
    });
    assert.deepEqual(episode.activities, ['running', 'cold']);
    assert.deepEqual(episode.handMap, { left: {}, right: { back: ['thumb', 'middle'] } });
    assert.deepEqual(Object.keys(episode.handMap), ['left', 'right']);
    assert.deepEqual(
      canonicalHandMap({ right: { arm: ['upper_arm', 'wrist'], palm: ['little', 'index'] } }),
      {
        right: { palm: ['index', 'little'], arm: ['wrist', 'upper_arm'] },
      },
    );
  });

  it('accepts symptoms that are findings of the knowledge base', () => {
    const episode = parseEpisode({ ...BASE, symptoms: ['chest_pain', 'hand_weakness', 'neck_pain'] });
    assert.deepEqual(episode.symptoms, ['chest_pain', 'hand_weakness', 'neck_pain']);
  });
});

describe('newEpisode and repeatEpisode', () => {
  const defaults = { id: 'new-id', now: '2026-11-30T07:15:00.000Z', utcOffsetMinutes: 60 };

  it('defaults the id, the time (now) and the offset', () => {
    const episode = newEpisode({ severity: 3 }, defaults);
    assert.equal(episode.id, 'new-id');
    assert.equal(episode.startedAt, '2026-11-30T07:15:00.000Z');
    assert.equal(episode.utcOffsetMinutes, 60);
    assert.equal(newEpisode({ startedAt: '2026-06-01T09:00+02:00' }, defaults).utcOffsetMinutes, 120);
    assert.equal(newEpisode({ startedAt: '2026-06-01T09:00Z' }, defaults).utcOffsetMinutes, 60);
    assert.equal(newEpisode({ id: 'mine' }, defaults).id, 'mine');
  });

  it('repeats where, what and how bad, at a new time, without the note or the period', () => {
    const previous = newEpisode(
      {
        handMap: { left: { palm: ['ring', 'little'] } },
        activities: ['cycling'],
        severity: 5,
        interventions: ['padded_gloves'],
        note: 'long ride',
        durationMinutes: 20,
      },
      { ...defaults, id: 'old', now: '2026-11-01T10:00:00.000Z' },
    );
    const again = repeatEpisode({ ...previous, exposureId: 'ride-1' }, defaults);
    assert.deepEqual(again, {
      ...previous,
      id: 'new-id',
      startedAt: '2026-11-30T07:15:00.000Z',
      utcOffsetMinutes: 60,
      note: '',
      exposureId: null,
    });
  });
});
