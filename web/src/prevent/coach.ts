import { formatDuration } from '../../../src/format/index.ts';
import type { PreventionSettings } from '../../../src/prevent/index.ts';
import {
  type BreakKind,
  type BreakRecord,
  breakName,
  breakSeconds,
  type ScheduleEvent,
  type ScheduleState,
  startSchedule,
  step,
} from '../../../src/prevent/index.ts';
import { t, webLanguage, webLocale } from '../language.ts';
import { beep, notificationState, notify } from './alerts.ts';
import { KEYS, loadBreaks, loadFlag, loadSettings, utcOffsetNow, write } from './storage.ts';

/**
 * The running break coach of this page. It lives at module level, not in the Breaks screen, so that it keeps counting
 * while the person looks at the diary or the assessment: a break that comes due there is announced by a notification,
 * or a beep and a flashing tab title, and shows when they come back to Breaks.
 */

const TICK_MS = 1000;

export interface CoachSnapshot {
  running: boolean;
  settings: PreventionSettings;
  schedule: ScheduleState;
  records: BreakRecord[];
  now: number;
}

let snapshot: CoachSnapshot = {
  running: false,
  settings: loadSettings(),
  schedule: startSchedule(Date.now(), utcOffsetNow(Date.now())),
  records: loadBreaks(Date.now()),
  now: Date.now(),
};
let timer: ReturnType<typeof setInterval> | null = null;
let flash: { timer: ReturnType<typeof setInterval>; original: string } | null = null;
const listeners = new Set<() => void>();

function publish(change: Partial<CoachSnapshot>): void {
  snapshot = { ...snapshot, ...change };
  for (const listener of listeners) listener();
}

export function coachSnapshot(): CoachSnapshot {
  return snapshot;
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function startFlash(): void {
  if (flash !== null) return;
  const original = document.title;
  const flashTitle = t('webPrevent.coach.titleFlash');
  let on = false;
  flash = {
    original,
    timer: setInterval(() => {
      on = !on;
      document.title = on ? flashTitle : original;
    }, 1000),
  };
}

function stopFlash(): void {
  if (flash === null) return;
  clearInterval(flash.timer);
  document.title = flash.original;
  flash = null;
}

function announce(kind: BreakKind): void {
  const seconds = breakSeconds(kind, snapshot.settings.breaks);
  const body = t('webPrevent.coach.notification', {
    duration: formatDuration(seconds, { locale: webLocale() }),
  });
  if (notify(breakName(kind, webLanguage()), body)) return;
  beep(2);
  startFlash();
}

/** Applies one event to the schedule; records what it did to a break, and announces a break that comes due. */
export function applyEvent(event: ScheduleEvent): void {
  const before = snapshot.schedule.current;
  const result = step(snapshot.schedule, event, snapshot.settings.breaks);
  const made = result.record;
  const records = made ? [...snapshot.records, made] : snapshot.records;
  if (made) write(KEYS.breaks, records);
  const after = result.state.current;
  publish({ schedule: result.state, records, now: event.now });
  if (before === null && after !== null) announce(after.kind);
  if (after === null) stopFlash();
}

function onVisibility(): void {
  applyEvent({ type: 'visibility', now: Date.now(), hidden: document.hidden });
}

export function startCoach(): void {
  write(KEYS.coach, true);
  if (timer !== null) return;
  const now = Date.now();
  timer = setInterval(() => {
    const t = Date.now();
    applyEvent({ type: 'tick', now: t, utcOffsetMinutes: utcOffsetNow(t) });
  }, TICK_MS);
  document.addEventListener('visibilitychange', onVisibility);
  publish({ running: true, schedule: startSchedule(now, utcOffsetNow(now)), now });
}

export function stopCoach(): void {
  write(KEYS.coach, false);
  if (timer !== null) clearInterval(timer);
  timer = null;
  document.removeEventListener('visibilitychange', onVisibility);
  stopFlash();
  publish({ running: false, schedule: startSchedule(Date.now(), utcOffsetNow(Date.now())), now: Date.now() });
}

/** After a reload, the coach runs again if it was on (its timers start afresh). */
export function resumeSavedCoach(): void {
  if (timer === null && loadFlag(KEYS.coach)) startCoach();
}

export function setCoachSettings(settings: PreventionSettings): void {
  write(KEYS.settings, settings);
  publish({ settings });
}

/** Whether the page shows breaks without notifications (for the screens' wording). */
export function notificationsOn(): boolean {
  return notificationState() === 'granted';
}
