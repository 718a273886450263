import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { knowledge, TRIAGE_LEVELS } from '../knowledge/index.ts';
import { checkEpisode } from './danger-check.ts';
import { newEpisode, symptomIds } from './episode.ts';

const defaults = { id: 'e1', now: '2026-11-30T07:15:00.000Z', utcOffsetMinutes: 60 };
const level = (input: Record<string, unknown>) => checkEpisode(newEpisode(input, defaults)).level;

describe('checkEpisode', () => {
  it('makes chest pressure and a drooping face an emergency', () => {
    assert.equal(level({ symptoms: ['chest_pain'] }), 'emergency');
    assert.equal(level({ symptoms: ['face_droop'], handMap: { left: { palm: ['thumb'] } } }), 'emergency');
    assert.equal(level({ symptoms: ['breathless', 'cold_sweat'] }), 'emergency');
    assert.equal(checkEpisode(newEpisode({ symptoms: ['speech_trouble'] }, defaults)).emergency, true);
  });

  it('sends one heart sign to a doctor today and weakness to a doctor', () => {
    assert.equal(level({ symptoms: ['breathless'] }), 'urgent');
    assert.equal(level({ symptoms: ['hand_weakness'] }), 'doctor');
  });

  it('leaves an ordinary episode at self-care, without reading unticked signs as absent', () => {
    const check = checkEpisode(
      newEpisode(
        { activities: ['sleeping'], handMap: { right: { palm: ['thumb', 'index', 'middle'] } } },
        defaults,
      ),
    );
    assert.equal(check.level, 'self_care');
    assert.ok(check.assessment.unscreened.includes('chest_pain'), 'danger signs not logged stay unknown');
    assert.equal(level({ handMap: { left: {} } }), 'self_care');
  });

  it('never lowers the level when a symptom is added (monotonic, as the engine)', () => {
    const symptoms = [...symptomIds(knowledge)];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...symptoms), { maxLength: 6 }),
        fc.constantFrom(...symptoms),
        (some, extra) => {
          const before = TRIAGE_LEVELS.indexOf(level({ symptoms: some }));
          const after = TRIAGE_LEVELS.indexOf(level({ symptoms: [...some, extra] }));
          assert.ok(after <= before, `${extra} added to ${some.join(', ')} lowered the level`);
        },
      ),
      { numRuns: 200 },
    );
  });
});
