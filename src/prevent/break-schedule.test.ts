import assert from 'node:assert/strict';
import { mock, test } from 'node:test';
import {
  type BreakRecord,
  plannedBreaks,
  type ScheduleEvent,
  type ScheduleState,
  startSchedule,
  step,
  view,
} from './break-schedule.ts';
import { type BreakSettings, PREVENTION_DEFAULTS } from './settings.ts';

const MIN = 60_000;
/** Monday 2026-11-30 09:00 UTC: inside the default working hours at offset 0. */
const MONDAY_9 = Date.UTC(2026, 10, 30, 9, 0);
const settings = PREVENTION_DEFAULTS.breaks;

/** Drives the schedule with a tick every second from `from` to `to`, as the web app does. */
function runTicks(
  state: ScheduleState,
  from: number,
  to: number,
  s: BreakSettings = settings,
): ScheduleState {
  let current = state;
  for (let t = from + 1000; t <= to; t += 1000) current = step(current, { type: 'tick', now: t }, s).state;
  return current;
}

function apply(state: ScheduleState, events: ScheduleEvent[], s: BreakSettings = settings) {
  const records: BreakRecord[] = [];
  let current = state;
  for (const event of events) {
    const result = step(current, event, s);
    current = result.state;
    if (result.record) records.push(result.record);
  }
  return { state: current, records };
}

test('a micro-break comes due after 25 min of work, and "done" records it as taken', () => {
  let state = startSchedule(MONDAY_9, 0);
  state = runTicks(state, MONDAY_9, MONDAY_9 + 25 * MIN - 1000);
  assert.equal(state.current, null);
  const v = view(state, MONDAY_9 + 25 * MIN - 1000, settings);
  assert.equal(v.kind, 'working');
  if (v.kind === 'working') assert.deepEqual(v.next, { kind: 'micro', inMs: 1000 });
  state = runTicks(state, MONDAY_9 + 25 * MIN - 1000, MONDAY_9 + 25 * MIN);
  assert.equal(state.current?.kind, 'micro');
  const done = apply(state, [{ type: 'done', now: MONDAY_9 + 26 * MIN }]);
  assert.equal(done.records[0]?.outcome, 'taken');
  assert.equal(done.state.microWorkMs, 0);
});

test('the movement break comes at 60 min and the stair break at 120 min', () => {
  let state = startSchedule(MONDAY_9, 0);
  const kinds: string[] = [];
  let t = MONDAY_9;
  while (t < MONDAY_9 + 125 * MIN) {
    t += 1000;
    state = step(state, { type: 'tick', now: t }, settings).state;
    if (state.current) {
      kinds.push(state.current.kind);
      state = step(state, { type: 'done', now: t }, settings).state;
    }
  }
  assert.deepEqual(kinds, ['micro', 'micro', 'movement', 'micro', 'micro', 'stair']);
  assert.deepEqual(
    plannedBreaks(settings, 125).map((b) => `${b.atMinutes}:${b.kind}`),
    ['25:micro', '50:micro', '60:movement', '85:micro', '110:micro', '120:stair'],
  );
});

test('postpone works once, only early in the break, and the break comes back after 5 min', () => {
  let state = runTicks(startSchedule(MONDAY_9, 0), MONDAY_9, MONDAY_9 + 25 * MIN);
  const shown = MONDAY_9 + 25 * MIN;
  // Too late: 11 s after it appeared.
  assert.equal(step(state, { type: 'postpone', now: shown + 11_000 }, settings).record, null);
  const postponed = step(state, { type: 'postpone', now: shown + 5000 }, settings);
  assert.equal(postponed.record?.outcome, 'postponed');
  state = runTicks(postponed.state, shown + 5000, shown + 5000 + 5 * MIN);
  assert.equal(state.current?.kind, 'micro');
  assert.equal(state.current?.postponed, 1);
  const v = view(state, shown + 5000 + 5 * MIN, settings);
  assert.ok(v.kind === 'break' && !v.canPostpone, 'no second postpone');
  assert.equal(step(state, { type: 'postpone', now: shown + 5001 + 5 * MIN }, settings).record, null);
});

test('strict mode refuses skip and postpone', () => {
  const strict = { ...settings, strict: true };
  const state = runTicks(startSchedule(MONDAY_9, 0), MONDAY_9, MONDAY_9 + 25 * MIN, strict);
  const shown = MONDAY_9 + 25 * MIN;
  assert.equal(step(state, { type: 'skip', now: shown + 1000 }, strict).record, null);
  assert.equal(step(state, { type: 'postpone', now: shown + 1000 }, strict).record, null);
  const v = view(state, shown, strict);
  assert.ok(v.kind === 'break' && !v.canSkip && !v.canPostpone);
  assert.equal(step(state, { type: 'skip', now: shown + 1000 }, settings).record?.outcome, 'skipped');
});

test('time away of 5 min or more is a natural break that resets the timers; shorter time away only pauses them', () => {
  let state = runTicks(startSchedule(MONDAY_9, 0), MONDAY_9, MONDAY_9 + 20 * MIN);
  let t = MONDAY_9 + 20 * MIN;
  let r = apply(state, [{ type: 'visibility', now: t, hidden: true }]);
  state = runTicks(r.state, t, t + 4 * MIN);
  t += 4 * MIN;
  r = apply(state, [{ type: 'visibility', now: t, hidden: false }]);
  assert.equal(r.records.length, 0);
  assert.equal(r.state.microWorkMs, 20 * MIN, 'the 4 min away did not count as work');
  state = r.state;
  r = apply(state, [{ type: 'idle', now: t }]);
  const records: BreakRecord[] = [];
  for (let s = t + 1000; s <= t + 6 * MIN; s += 1000) {
    const result = step(r.state, { type: 'tick', now: s }, settings);
    r = { state: result.state, records: r.records };
    if (result.record) records.push(result.record);
  }
  assert.deepEqual(
    records.map((x) => x.outcome),
    ['natural'],
  );
  assert.equal(r.state.microWorkMs, 0);
  assert.equal(view(r.state, t + 6 * MIN, settings).kind, 'away');
  const back = step(r.state, { type: 'activity', now: t + 6 * MIN }, settings).state;
  assert.equal(view(back, t + 6 * MIN, settings).kind, 'working');
});

test('a long gap between ticks (the computer asleep) counts as a natural break', () => {
  const state = runTicks(startSchedule(MONDAY_9, 0), MONDAY_9, MONDAY_9 + 20 * MIN);
  const r = step(state, { type: 'tick', now: MONDAY_9 + 40 * MIN }, settings);
  assert.equal(r.record?.outcome, 'natural');
  assert.equal(r.state.current, null);
  assert.equal(r.state.microWorkMs, 0);
});

test('time-only mode counts time whatever the activity (reading, video)', () => {
  const timeOnly = { ...settings, timeOnly: true };
  let state = step(startSchedule(MONDAY_9, 0), { type: 'idle', now: MONDAY_9 }, timeOnly).state;
  state = runTicks(state, MONDAY_9, MONDAY_9 + 25 * MIN, timeOnly);
  assert.equal(state.current?.kind, 'micro');
});

test('outside working hours nothing is due, and local time follows the UTC offset', () => {
  const saturday = Date.UTC(2026, 10, 28, 10, 0);
  let state = runTicks(startSchedule(saturday, 0), saturday, saturday + 60 * MIN);
  assert.equal(state.current, null);
  assert.equal(view(state, saturday + 60 * MIN, settings).kind, 'off_hours');
  // 08:00 UTC is 09:00 at +60: working hours.
  const eight = Date.UTC(2026, 10, 30, 8, 0);
  state = runTicks(startSchedule(eight, 60), eight, eight + 25 * MIN);
  assert.equal(state.current?.kind, 'micro');
  state = runTicks(startSchedule(eight, 0), eight, eight + 25 * MIN);
  assert.equal(state.current, null);
});

test('driven by mock timers: setInterval ticks with Date.now bring the break due without real waiting', () => {
  mock.timers.enable({ apis: ['setInterval', 'Date'], now: MONDAY_9 });
  try {
    let state = startSchedule(Date.now(), 0);
    const seen: string[] = [];
    const timer = setInterval(() => {
      state = step(state, { type: 'tick', now: Date.now() }, settings).state;
      if (state.current && seen.length === 0)
        seen.push(`${state.current.kind}@${(Date.now() - MONDAY_9) / MIN}`);
    }, 1000);
    // One second at a time, as the clock really moves: each tick sees its own Date.now().
    for (let i = 0; i < 30 * 60; i++) mock.timers.tick(1000);
    clearInterval(timer);
    assert.deepEqual(seen, ['micro@25']);
  } finally {
    mock.timers.reset();
  }
});
