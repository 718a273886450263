import assert from 'node:assert/strict';
import { test } from 'node:test';
import { knowledge } from '../knowledge/index.ts';
import { sleepAdvice } from '../knowledge/sleep-advice.ts';
import { findAdvice, SLEEP_ITEMS, sleepCheck } from './sleep-check.ts';

test('every item points to advice in the knowledge, with sources the knowledge lists', () => {
  const sourceIds = new Set(knowledge.sources.map((s) => s.id));
  for (const item of SLEEP_ITEMS) {
    const advice = findAdvice(item.advice, knowledge);
    assert.ok(advice.sources.length > 0, item.id);
    for (const source of advice.sources) assert.ok(sourceIds.has(source), `${item.id}: ${source}`);
  }
  for (const advice of sleepAdvice) for (const s of advice.sources) assert.ok(sourceIds.has(s), s);
});

test('"yes" and "not sure" bring up the advice, once each; "no" does not', () => {
  const result = sleepCheck(
    { on_arm: 'yes', hands_under_pillow: 'unsure', rings: 'no', pillow_height: 'no' },
    { carpalTunnelLikely: false },
    knowledge,
  );
  assert.deepEqual(
    result.advice.map((a) => [a.advice.id, a.items]),
    [['positional_sleep_position', ['on_arm', 'hands_under_pillow']]],
  );
  assert.deepEqual(result.unanswered, ['tight_cuffs', 'wrists_bent']);
});

test('the night splint comes first when carpal tunnel syndrome is likely', () => {
  const result = sleepCheck({ wrists_bent: 'yes' }, { carpalTunnelLikely: true }, knowledge);
  assert.deepEqual(
    result.advice.map((a) => a.advice.id),
    ['cts_night_splint', 'sleep_straight_wrists'],
  );
  assert.ok(
    !sleepCheck({}, { carpalTunnelLikely: false }, knowledge).advice.some(
      (a) => a.advice.id === 'cts_night_splint',
    ),
  );
});
