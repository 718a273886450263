import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changesWorthALook } from './changes.ts';
import { type Episode, parseEpisode } from './episode.ts';
import { trend } from './insights.ts';
import { DAY_MS } from './time.ts';

const now = '2026-11-30T12:00:00.000Z';
let counter = 0;
function ago(days: number, fields: Record<string, unknown> = {}): Episode {
  const startedAt = new Date(Date.parse(now) - days * DAY_MS).toISOString();
  return parseEpisode({ id: `c${++counter}`, startedAt, utcOffsetMinutes: 0, ...fields });
}

/** Three months of the same night-time numbness of the left thumb and index finger while sleeping. */
const history = [90, 80, 70, 60, 50, 40, 35].map((d) =>
  ago(d + 0.4, { handMap: { left: { palm: ['thumb', 'index'] } }, activities: ['sleeping'], severity: 3 }),
);

function report(episodes: Episode[]) {
  return changesWorthALook(episodes, trend(episodes, now, episodes[0]?.startedAt ?? null, 0), { now });
}

describe('changesWorthALook', () => {
  it('stays quiet when nothing changed', () => {
    const same = [
      ...history,
      ago(10.4, { handMap: { left: { palm: ['thumb'] } }, activities: ['sleeping'] }),
    ];
    assert.deepEqual(report(same), { changes: [], level: null, reasons: [], prompt: null });
  });

  it('notices a new pattern and spreading, and asks calmly for a doctor with the engine’s level', () => {
    const lately = [5, 9].map((d) =>
      ago(d + 0.1, {
        handMap: { left: { palm: ['index', 'little'] }, right: { palm: ['index'] } },
        activities: ['running'],
      }),
    );
    const r = report([...history, ...lately]);
    assert.deepEqual(
      r.changes.map((c) => c.kind),
      ['new_pattern', 'spreading'],
    );
    assert.equal(r.changes[0]?.text, 'A new pattern: episodes while running and in the morning');
    assert.equal(r.changes[1]?.text, 'Spreading to new places: the left little finger and the right hand');
    assert.equal(r.level, 'doctor');
    assert.ok(r.reasons.some((reason) => /getting worse or spreading/.test(reason.text)));
    assert.match(
      r.prompt ?? '',
      /^Some changes in your diary are worth showing a doctor: a new pattern: .*Book a doctor’s appointment: /,
    );
  });

  it('needs a history before anything is "new"', () => {
    const r = report([
      ago(50, { activities: ['sleeping'] }),
      ago(3, { activities: ['running'] }),
      ago(4, { activities: ['running'] }),
    ]);
    assert.deepEqual(r.changes, []);
  });

  it('needs two recent episodes for a new pattern: one is not a pattern', () => {
    const r = report([
      ...history,
      ago(3, { handMap: { left: { palm: ['thumb'] } }, activities: ['cycling'] }),
    ]);
    assert.deepEqual(r.changes, []);
  });

  it('reports weakness, which the engine sends to a doctor', () => {
    const r = report([
      ...history,
      ago(2, {
        symptoms: ['hand_weakness'],
        handMap: { left: { palm: ['thumb'] } },
        activities: ['sleeping'],
      }),
    ]);
    assert.deepEqual(
      r.changes.map((c) => c.kind),
      ['weakness'],
    );
    assert.equal(r.level, 'doctor');
  });

  it('reports more frequent episodes', () => {
    const lately = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((d) =>
      ago(d, { handMap: { left: { palm: ['thumb'] } }, activities: ['sleeping'] }),
    );
    const r = report([...history, ...lately]);
    assert.ok(r.changes.some((c) => c.kind === 'more_frequent'));
    assert.equal(r.level, 'doctor');
  });

  it('names danger signs logged lately, and keeps the engine’s emergency level for them', () => {
    const r = report([...history, ago(6, { symptoms: ['face_droop'] })]);
    assert.equal(r.changes.at(-1)?.kind, 'danger_signs');
    assert.match(r.changes.at(-1)?.text ?? '', /^Danger signs logged lately: face drooping/);
    assert.equal(r.level, 'emergency');
  });
});
