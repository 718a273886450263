import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CSV_COLUMNS, csvField, diaryCsv, safeText } from './csv.ts';
import { parseEpisode } from './episode.ts';
import { parseExposure } from './exposure.ts';

describe('csvField', () => {
  it('quotes what RFC 4180 says must be quoted, and doubles quotes', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('cr\rhere'), '"cr\rhere"');
    assert.equal(csvField(' edge '), '" edge "');
    assert.equal(csvField(4), '4');
    assert.equal(csvField(-300), '-300');
    assert.equal(csvField(null), '');
    assert.equal(csvField(''), '');
  });

  it('keeps a note from running as a spreadsheet formula', () => {
    assert.equal(safeText('=HYPERLINK("x")'), `'=HYPERLINK("x")`);
    assert.equal(safeText('+1'), "'+1");
    assert.equal(safeText('fine = ok'), 'fine = ok');
  });
});

describe('diaryCsv', () => {
  it('writes one row per entry under one header, CRLF line ends', () => {
    const episode = parseEpisode({
      id: 'e1',
      startedAt: '2026-11-30T06:15:00Z',
      utcOffsetMinutes: 60,
      durationMinutes: 5,
      handMap: { right: { palm: ['thumb', 'index'], arm: ['wrist'] } },
      activities: ['sleeping', 'cold'],
      severity: 4,
      symptoms: ['neck_pain'],
      interventions: ['splint'],
      exposureId: 'n1',
      note: 'woke up, "again"',
    });
    const night = parseExposure({
      id: 'n1',
      kind: 'night',
      startedAt: '2026-11-29T22:00:00Z',
      utcOffsetMinutes: 60,
      interventions: ['splint'],
      episodeCount: 1,
    });
    const csv = diaryCsv({ episodes: [episode], exposures: [night], assessments: [], bctq: [] });
    const lines = csv.split('\r\n');
    assert.equal(lines[0], CSV_COLUMNS.join(','));
    assert.equal(
      lines[1],
      'episode,e1,2026-11-30T06:15:00.000Z,+01:00,2026-11-30 07:15,5,right,,,,thumb;index,,wrist,sleeping;cold,4,neck_pain,splint,n1,,,,,,,"woke up, ""again"""',
    );
    assert.equal(
      lines[2],
      'exposure,n1,2026-11-29T22:00:00.000Z,+01:00,2026-11-29 23:00,,,,,,,,,,,,splint,,night,1,,,,,',
    );
    assert.equal(lines[3], '');
    assert.equal(lines.length, 4);
    for (const line of lines.slice(0, 3)) {
      // Every row has as many fields as the header (the note's comma is inside quotes).
      assert.equal(line.replace(/"[^"]*(""[^"]*)*"/g, 'x').split(',').length, CSV_COLUMNS.length);
    }
  });
});
