import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NumbError } from '../errors.ts';
import { parseDiaryDocument, toDocument } from './document.ts';
import { parseEpisode } from './episode.ts';

const episode = (id: string, startedAt: string) => ({ id, startedAt, utcOffsetMinutes: 0 });

function rejects(input: unknown, code: string, path: (string | number)[], message: RegExp): void {
  assert.throws(
    () => parseDiaryDocument(input),
    (error: unknown) =>
      error instanceof NumbError &&
      error.code === code &&
      assert.deepEqual(error.path, path) === undefined &&
      message.test(error.message),
  );
}

describe('parseDiaryDocument', () => {
  it('reads a document written by export', () => {
    const doc = parseDiaryDocument({
      format: 'numbcheck-diary',
      version: 1,
      episodes: [episode('a', '2026-01-01T00:00Z')],
    });
    assert.equal(doc.episodes.length, 1);
    assert.deepEqual(doc.exposures, []);
  });

  it('refuses another format or version before reading any entry', () => {
    rejects({ episodes: [] }, 'NUMB_BAD_IMPORT', ['format'], /"format" expects "numbcheck-diary"/);
    rejects(
      { format: 'numbcheck-diary', version: 2 },
      'NUMB_BAD_IMPORT',
      ['version'],
      /expects 1, the version this numbcheck reads/,
    );
    rejects(
      { format: 'numbcheck-diary', version: 1, extra: 1 },
      'NUMB_BAD_ENTRY',
      ['extra'],
      /is not a field of a numbcheck diary export/,
    );
  });

  it('points at the bad entry and field', () => {
    rejects(
      {
        format: 'numbcheck-diary',
        version: 1,
        episodes: [
          episode('a', '2026-01-01T00:00Z'),
          { ...episode('b', '2026-01-02T00:00Z'), severity: 'bad' },
        ],
      },
      'NUMB_BAD_ENTRY',
      ['episodes', 1, 'severity'],
      /^"episodes\.1\.severity" expects a whole number from 0 to 10, got "bad"$/,
    );
    rejects(
      {
        format: 'numbcheck-diary',
        version: 1,
        assessments: [
          {
            id: 'x',
            takenAt: '2026-01-01T00:00Z',
            utcOffsetMinutes: 0,
            answers: { age: 300 },
            assessment: {},
          },
        ],
      },
      'NUMB_BAD_ANSWER',
      ['assessments', 0, 'answers', 'age'],
      /"assessments\.0\.answers\.age" expects a number of years from 0 to 120, got 300/,
    );
  });

  it('refuses an id used twice in one list', () => {
    rejects(
      {
        format: 'numbcheck-diary',
        version: 1,
        episodes: [episode('a', '2026-01-01T00:00Z'), episode('a', '2026-01-02T00:00Z')],
      },
      'NUMB_BAD_IMPORT',
      ['episodes', 1, 'id'],
      /the id "a" is used twice/,
    );
  });
});

describe('toDocument', () => {
  it('orders entries by time, then id', () => {
    const doc = toDocument({
      episodes: [
        episode('b', '2026-01-02T00:00Z'),
        episode('z', '2026-01-01T00:00Z'),
        episode('a', '2026-01-01T00:00Z'),
      ].map((e) => parseEpisode(e)),
      exposures: [],
      assessments: [],
      bctq: [],
    });
    assert.deepEqual(
      doc.episodes.map((e) => e.id),
      ['a', 'z', 'b'],
    );
    assert.equal(doc.format, 'numbcheck-diary');
    assert.equal(doc.version, 1);
  });
});
