import { type BreakSettings, minutesOfDay } from './settings.ts';

/**
 * The break coach as a pure state machine: events in (with the time they happened), state and what to show out.
 * It reads no clock and keeps no timers, so that the web app, the terminal and the tests drive it alike.
 */

export type BreakKind = 'micro' | 'movement' | 'stair';

/** What happened to a break: the statistics and the diary read these. */
export type BreakOutcome = 'taken' | 'skipped' | 'postponed' | 'natural';

export interface BreakRecord {
  /** Epoch milliseconds. */
  at: number;
  /** The local UTC offset in minutes at that moment, so that the statistics count local days. */
  utcOffsetMinutes: number;
  kind: BreakKind;
  outcome: BreakOutcome;
}

/** The break on screen. */
export interface ActiveBreak {
  kind: BreakKind;
  /** When it appeared, epoch ms. */
  shownAt: number;
  /** How many times it has been postponed already. */
  postponed: number;
}

export interface ScheduleState {
  /** Work counted since the last micro-break (or any break), ms. */
  microWorkMs: number;
  /** Work counted since the last movement break, ms. */
  movementWorkMs: number;
  /** Work counted since the last stair break, ms. */
  stairWorkMs: number;
  /** The last event's time, epoch ms. */
  lastAt: number;
  utcOffsetMinutes: number;
  /** The tab is hidden. */
  hidden: boolean;
  /** The system reports the person idle (Idle Detection). */
  idle: boolean;
  /** Since when the person has been away (hidden or idle), epoch ms; null while present. */
  awaySince: number | null;
  /** The present away time has already been counted as a natural break. */
  naturalCounted: boolean;
  /** A postponed break comes back at this time. */
  postponed: { kind: BreakKind; until: number; count: number } | null;
  current: ActiveBreak | null;
}

export type ScheduleEvent =
  | { type: 'tick'; now: number; utcOffsetMinutes?: number }
  /** The person is active again (input, the tab focused, Idle Detection "active"). */
  | { type: 'activity'; now: number }
  /** The system reports the person idle (Idle Detection "idle"). */
  | { type: 'idle'; now: number }
  | { type: 'visibility'; now: number; hidden: boolean }
  | { type: 'postpone'; now: number }
  | { type: 'skip'; now: number }
  | { type: 'done'; now: number };

/** What the coach shows now. */
export type ScheduleView =
  | { kind: 'break'; current: ActiveBreak; canPostpone: boolean; canSkip: boolean }
  | { kind: 'working'; next: { kind: BreakKind; inMs: number } }
  | { kind: 'away'; awayMs: number }
  | { kind: 'off_hours' };

export interface Step {
  state: ScheduleState;
  /** What this event did to a break, if anything, for the statistics. */
  record: BreakRecord | null;
}

const MINUTE = 60_000;

export function startSchedule(now: number, utcOffsetMinutes: number): ScheduleState {
  return {
    microWorkMs: 0,
    movementWorkMs: 0,
    stairWorkMs: 0,
    lastAt: now,
    utcOffsetMinutes,
    hidden: false,
    idle: false,
    awaySince: null,
    naturalCounted: false,
    postponed: null,
    current: null,
  };
}

/** Whether `now` falls inside the working hours, in local time at `utcOffsetMinutes`. */
export function inWorkingHours(now: number, utcOffsetMinutes: number, settings: BreakSettings): boolean {
  const local = new Date(now + utcOffsetMinutes * MINUTE);
  const day = local.getUTCDay();
  if (!settings.workingHours.days.some((d) => d === day)) return false;
  const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
  const start = minutesOfDay(settings.workingHours.start) ?? 0;
  const end = minutesOfDay(settings.workingHours.end) ?? 24 * 60;
  return minutes >= start && minutes < end;
}

function isAway(state: ScheduleState, settings: BreakSettings): boolean {
  return !settings.timeOnly && (state.hidden || state.idle);
}

function record(state: ScheduleState, at: number, kind: BreakKind, outcome: BreakOutcome): BreakRecord {
  return { at, utcOffsetMinutes: state.utcOffsetMinutes, kind, outcome };
}

/** The timers after a break of this kind: a movement break is also a micro-break, a stair break also both. */
function afterBreak(state: ScheduleState, kind: BreakKind): ScheduleState {
  return {
    ...state,
    microWorkMs: 0,
    movementWorkMs: kind === 'micro' ? state.movementWorkMs : 0,
    stairWorkMs: kind === 'stair' ? 0 : state.stairWorkMs,
    postponed: null,
    current: null,
  };
}

/** Counts the time since the last event, and brings up a break that has come due. */
function advance(state: ScheduleState, now: number, settings: BreakSettings): Step {
  const elapsed = Math.max(0, now - state.lastAt);
  let next: ScheduleState = { ...state, lastAt: now };
  let made: BreakRecord | null = null;
  const naturalMs = settings.naturalBreakMinutes * MINUTE;
  // A gap between events longer than a natural break (the computer asleep, the browser throttled) is time away.
  const gapAway = !settings.timeOnly && elapsed >= naturalMs;
  if (next.current !== null) return { state: next, record: null };
  if (isAway(next, settings)) {
    const since = next.awaySince ?? now;
    next = { ...next, awaySince: since };
    if (now - since >= naturalMs && !next.naturalCounted) {
      // Time away is a break the person took by themselves: all timers start again, as after a stair break.
      made = record(next, now, 'movement', 'natural');
      next = { ...afterBreak(next, 'stair'), naturalCounted: true };
    }
    return { state: next, record: made };
  }
  if (gapAway) {
    return { state: afterBreak(next, 'stair'), record: record(next, now, 'movement', 'natural') };
  }
  if (!inWorkingHours(now, next.utcOffsetMinutes, settings)) return { state: next, record: null };
  next = {
    ...next,
    microWorkMs: next.microWorkMs + elapsed,
    movementWorkMs: next.movementWorkMs + elapsed,
    stairWorkMs: next.stairWorkMs + elapsed,
  };
  if (next.postponed !== null) {
    if (now < next.postponed.until) return { state: next, record: null };
    const { kind, count } = next.postponed;
    return {
      state: { ...next, postponed: null, current: { kind, shownAt: now, postponed: count } },
      record: null,
    };
  }
  const kind = dueKind(next, settings);
  if (kind !== null) next = { ...next, current: { kind, shownAt: now, postponed: 0 } };
  return { state: next, record: null };
}

function dueKind(state: ScheduleState, settings: BreakSettings): BreakKind | null {
  if (state.movementWorkMs >= settings.movementEveryMinutes * MINUTE) {
    return state.stairWorkMs >= settings.stairEveryMinutes * MINUTE ? 'stair' : 'movement';
  }
  if (state.microWorkMs >= settings.microEveryMinutes * MINUTE) return 'micro';
  return null;
}

/** Whether the break on screen may still be postponed at `now`. */
export function canPostpone(state: ScheduleState, now: number, settings: BreakSettings): boolean {
  const current = state.current;
  return (
    current !== null &&
    !settings.strict &&
    current.postponed < settings.postpone.maxPerBreak &&
    now - current.shownAt <= settings.postpone.withinSeconds * 1000
  );
}

/** Applies one event. Events the state does not allow (Skip in strict mode, a second Postpone) change nothing. */
export function step(state: ScheduleState, event: ScheduleEvent, settings: BreakSettings): Step {
  switch (event.type) {
    case 'tick': {
      const withOffset =
        event.utcOffsetMinutes === undefined ? state : { ...state, utcOffsetMinutes: event.utcOffsetMinutes };
      return advance(withOffset, event.now, settings);
    }
    case 'activity':
    case 'idle':
    case 'visibility': {
      // Count the time up to the change under the old state, then switch.
      const counted = advance(state, event.now, settings);
      const hidden = event.type === 'visibility' ? event.hidden : counted.state.hidden;
      const idle = event.type === 'idle' ? true : event.type === 'activity' ? false : counted.state.idle;
      const away = !settings.timeOnly && (hidden || idle);
      const awaySince = away ? (counted.state.awaySince ?? event.now) : null;
      return {
        state: {
          ...counted.state,
          hidden,
          idle,
          awaySince,
          naturalCounted: away && counted.state.naturalCounted,
        },
        record: counted.record,
      };
    }
    case 'postpone': {
      const current = state.current;
      if (current === null || !canPostpone(state, event.now, settings)) return { state, record: null };
      return {
        state: {
          ...state,
          lastAt: event.now,
          current: null,
          postponed: {
            kind: current.kind,
            until: event.now + settings.postpone.minutes * MINUTE,
            count: current.postponed + 1,
          },
        },
        record: record(state, event.now, current.kind, 'postponed'),
      };
    }
    case 'skip': {
      const current = state.current;
      if (current === null || settings.strict) return { state, record: null };
      return {
        state: { ...afterBreak(state, current.kind), lastAt: event.now },
        record: record(state, event.now, current.kind, 'skipped'),
      };
    }
    case 'done': {
      const current = state.current;
      if (current === null) return { state, record: null };
      return {
        state: { ...afterBreak(state, current.kind), lastAt: event.now },
        record: record(state, event.now, current.kind, 'taken'),
      };
    }
  }
}

/** What to show at `now` (after a tick at `now`). */
export function view(state: ScheduleState, now: number, settings: BreakSettings): ScheduleView {
  if (state.current !== null) {
    return {
      kind: 'break',
      current: state.current,
      canPostpone: canPostpone(state, now, settings),
      canSkip: !settings.strict,
    };
  }
  if (state.awaySince !== null && isAway(state, settings))
    return { kind: 'away', awayMs: now - state.awaySince };
  if (!inWorkingHours(now, state.utcOffsetMinutes, settings)) return { kind: 'off_hours' };
  if (state.postponed !== null)
    return { kind: 'working', next: { kind: state.postponed.kind, inMs: state.postponed.until - now } };
  const micro = settings.microEveryMinutes * MINUTE - state.microWorkMs;
  const movement = settings.movementEveryMinutes * MINUTE - state.movementWorkMs;
  if (movement <= micro) {
    const stair = state.stairWorkMs + movement >= settings.stairEveryMinutes * MINUTE;
    return { kind: 'working', next: { kind: stair ? 'stair' : 'movement', inMs: Math.max(0, movement) } };
  }
  return { kind: 'working', next: { kind: 'micro', inMs: Math.max(0, micro) } };
}

/** The breaks of a working day in order, from the start of work: for the terminal's printed schedule. */
export function plannedBreaks(
  settings: BreakSettings,
  workMinutes: number,
): { atMinutes: number; kind: BreakKind }[] {
  const planned: { atMinutes: number; kind: BreakKind }[] = [];
  let sinceMicro = 0;
  let sinceMovement = 0;
  let sinceStair = 0;
  for (let minute = 1; minute <= workMinutes; minute++) {
    sinceMicro++;
    sinceMovement++;
    sinceStair++;
    if (sinceMovement >= settings.movementEveryMinutes) {
      const kind: BreakKind = sinceStair >= settings.stairEveryMinutes ? 'stair' : 'movement';
      planned.push({ atMinutes: minute, kind });
      sinceMicro = 0;
      sinceMovement = 0;
      if (kind === 'stair') sinceStair = 0;
    } else if (sinceMicro >= settings.microEveryMinutes) {
      planned.push({ atMinutes: minute, kind: 'micro' });
      sinceMicro = 0;
    }
  }
  return planned;
}
