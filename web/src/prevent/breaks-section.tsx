import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatCalendarDay, formatDuration, formatMinutes } from '../../../src/format/index.ts';
import {
  BREAK_NAMES,
  type BreakKind,
  breakSeconds,
  breakStats,
  dayOf,
  inWorkingHours,
  lastDates,
  minutesOfDay,
  type PreventionSettings,
  planBreak,
  type ScheduleView,
  stepSeconds,
  view,
} from '../../../src/prevent/index.ts';
import { clock } from '../answer-text.ts';
import { ApiError, errorText } from '../api/client.ts';
import { diaryApi } from '../api/diary.ts';
import { TimeBar } from '../components/countdown.tsx';
import { ScreenHeading } from '../components/site-chrome.tsx';
import { Illustration } from '../illustrations/index.tsx';
import { readable } from '../knowledge-words.ts';
import {
  askNotifications,
  beep,
  hasIdleDetection,
  type NotificationState,
  notificationState,
  unlockSound,
  watchIdle,
} from './alerts.ts';
import {
  applyEvent,
  type CoachSnapshot,
  coachSnapshot,
  resumeSavedCoach,
  setCoachSettings,
  startCoach,
  stopCoach,
  subscribe,
} from './coach.ts';
import { BreakSettingsForm } from './settings-form.tsx';
import { KEYS, loadStrings, localToday, utcOffsetNow, write } from './storage.ts';
import './prevent.css';

/** "Mon 30": short enough for a 360 px table; the caption says these are the last 7 days. */
function dayLabel(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

function minutesText(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  return minutes <= 1 ? 'under a minute' : formatMinutes(minutes);
}

function statusText(v: ScheduleView): string {
  switch (v.kind) {
    case 'break':
      return `${BREAK_NAMES[v.current.kind]} now.`;
    case 'working':
      return `Next ${BREAK_NAMES[v.next.kind].toLowerCase()} in ${minutesText(v.next.inMs)}.`;
    case 'away':
      return 'You are away: time away counts as a break.';
    case 'off_hours':
      return 'Outside your working hours: no breaks are due.';
  }
}

/** The break coach: settings, the schedule's status, the break screen, statistics, and recording in the diary. */
export function BreaksSection(): JSX.Element {
  const [snapshot, setSnapshot] = useState<CoachSnapshot>(coachSnapshot);
  const [notifications, setNotifications] = useState<NotificationState>(notificationState);
  const [idleWatch, setIdleWatch] = useState<'off' | 'on' | 'refused'>('off');
  const [diaryMessage, setDiaryMessage] = useState('');
  const stopIdle = useRef<(() => void) | null>(null);
  const { running, settings, records, now } = snapshot;

  useEffect(() => {
    const unsubscribe = subscribe(() => setSnapshot(coachSnapshot()));
    resumeSavedCoach();
    setSnapshot(coachSnapshot());
    return unsubscribe;
  }, []);
  useEffect(() => () => stopIdle.current?.(), []);

  const v = running ? view(snapshot.schedule, now, settings.breaks) : null;

  const today = localToday(now);
  const stats = breakStats(records, today);

  const recordDay = async (date: string, automatic: boolean): Promise<void> => {
    const day = dayOf(stats, date);
    const end = Date.now();
    const hours = settings.breaks.workingHours;
    const start = minutesOfDay(hours.start) ?? 0;
    const offset = utcOffsetNow(end);
    const startedAt = Date.parse(`${date}T00:00:00Z`) + (start - offset) * 60_000;
    const minutes = (minutesOfDay(hours.end) ?? 0) - start;
    try {
      await diaryApi.addExposure({
        kind: 'working_day',
        startedAt: new Date(Math.min(startedAt, end)).toISOString(),
        utcOffsetMinutes: offset,
        durationMinutes: minutes,
        interventions: day.taken + day.natural > 0 ? ['breaks'] : [],
        episodeCount: 0,
        note: `Break coach: ${day.taken} taken, ${day.skipped} skipped, ${day.postponed} postponed, ${day.natural} natural.`,
      });
    } catch (error) {
      setDiaryMessage(
        error instanceof ApiError && error.unavailable
          ? 'The diary is not available here, so today was not recorded. The statistics below stay on this device.'
          : errorText(error),
      );
      return;
    }
    write(KEYS.recordedDays, [...loadStrings(KEYS.recordedDays), date]);
    setDiaryMessage(
      `${automatic ? 'The working day is over: ' : ''}recorded ${formatCalendarDay(date)} in your diary as a working day${day.taken + day.natural > 0 ? ' with regular breaks' : ' without breaks'}.`,
    );
  };

  // At the end of the working day, the day goes into the diary once, by itself.
  const endOfDayTried = useRef('');
  useEffect(() => {
    if (!running || endOfDayTried.current === today) return;
    const offset = utcOffsetNow(now);
    const endMinutes = minutesOfDay(settings.breaks.workingHours.end) ?? 0;
    const local = new Date(now + offset * 60_000);
    const minutesNow = local.getUTCHours() * 60 + local.getUTCMinutes();
    const workday = settings.breaks.workingHours.days.some((d) => d === local.getUTCDay());
    const day = dayOf(stats, today);
    if (
      workday &&
      minutesNow >= endMinutes &&
      day.taken + day.skipped + day.natural > 0 &&
      !loadStrings(KEYS.recordedDays).includes(today)
    ) {
      endOfDayTried.current = today;
      void recordDay(today, true);
    }
  }, [now, running]);

  const toggleCoach = (): void => {
    unlockSound();
    if (running) stopCoach();
    else startCoach();
  };

  const enableNotifications = async (): Promise<void> => {
    unlockSound();
    setNotifications(await askNotifications());
  };

  const enableIdle = async (): Promise<void> => {
    const stop = await watchIdle((idle) =>
      applyEvent(idle ? { type: 'idle', now: Date.now() } : { type: 'activity', now: Date.now() }),
    );
    stopIdle.current = stop;
    setIdleWatch(stop ? 'on' : 'refused');
  };

  if (v?.kind === 'break') {
    return (
      <BreakScreen
        key={`break-${v.current.shownAt}`}
        kind={v.current.kind}
        settings={settings}
        canPostpone={v.canPostpone}
        canSkip={v.canSkip}
        notified={notifications === 'granted'}
        onEvent={(type) => applyEvent({ type, now: Date.now() })}
      />
    );
  }

  const sevenDays = lastDates(today, 7).map((date) => dayOf(stats, date));
  const todayStats = dayOf(stats, today);
  const working = inWorkingHours(now, utcOffsetNow(now), settings.breaks);
  return (
    <div class="prevent" data-screen="breaks">
      <ScreenHeading>Break coach</ScreenHeading>
      <p class="lead">
        Short breaks from the keyboard and mouse ease numb and tingling hands: a{' '}
        {settings.breaks.microSeconds}-second hand and wrist break every {settings.breaks.microEveryMinutes}{' '}
        minutes of work, and a {settings.breaks.movementMinutes}-minute movement break every{' '}
        {settings.breaks.movementEveryMinutes} minutes.
      </p>

      <section class="prevent-card" aria-labelledby="coach-title">
        <h2 id="coach-title">Coach</h2>
        <p class="coach-status" aria-live="polite">
          {v === null ? 'The coach is off.' : statusText(v)}
          {v !== null && !working && v.kind !== 'off_hours' ? ' (outside working hours)' : ''}
        </p>
        <button
          type="button"
          class={running ? 'button button-secondary' : 'button button-primary'}
          onClick={toggleCoach}
        >
          {running ? 'Stop the break coach' : 'Start the break coach'}
        </button>
        <p class="hint">
          Keep this tab open.{' '}
          {settings.breaks.timeOnly
            ? 'Time-only mode: every minute counts, whatever you do.'
            : 'numbcheck counts time this tab is hidden as a break: away for ' +
              settings.breaks.naturalBreakMinutes +
              ' minutes or more starts the timers again.'}
        </p>
      </section>

      <section class="prevent-card" aria-labelledby="alerts-title">
        <h2 id="alerts-title">How you are told</h2>
        {notifications === 'granted' && (
          <p>Notifications are on: a break shows as a notification and on this page.</p>
        )}
        {notifications === 'default' && (
          <>
            <p>Without notifications, a break shows on this page with a beep and a flashing tab title.</p>
            <button type="button" class="button button-secondary" onClick={() => void enableNotifications()}>
              Allow notifications
            </button>
          </>
        )}
        {(notifications === 'denied' || notifications === 'unsupported') && (
          <p class="notice-plain" data-notifications="off">
            {notifications === 'denied'
              ? 'Notifications are blocked for numbcheck in this browser.'
              : 'This browser cannot show notifications.'}{' '}
            Breaks show on this page instead, with a beep and a flashing tab title.
          </p>
        )}
        {hasIdleDetection() ? (
          idleWatch === 'on' ? (
            <p>Idle detection is on: time away from the computer counts as a break.</p>
          ) : (
            <>
              <p>
                This browser can tell when you are away from the computer (idle detection). Otherwise
                numbcheck counts time this tab is hidden as a break.
              </p>
              <button type="button" class="button button-secondary" onClick={() => void enableIdle()}>
                Use idle detection
              </button>
              {idleWatch === 'refused' && (
                <p class="hint">Idle detection was not allowed; hidden-tab time still counts.</p>
              )}
            </>
          )
        ) : (
          <p class="hint">
            This browser cannot tell when you are away from the computer, so numbcheck counts time this tab is
            hidden as a break. For reading or video, turn on time-only mode below.
          </p>
        )}
      </section>

      <section class="prevent-card" aria-labelledby="stats-title">
        <h2 id="stats-title">Your breaks</h2>
        <dl class="stat-row" data-stats-today="">
          <div>
            <dt>Taken today</dt>
            <dd data-stat="taken">{todayStats.taken}</dd>
          </div>
          <div>
            <dt>Skipped</dt>
            <dd data-stat="skipped">{todayStats.skipped}</dd>
          </div>
          <div>
            <dt>Postponed</dt>
            <dd data-stat="postponed">{todayStats.postponed}</dd>
          </div>
          <div>
            <dt>Natural</dt>
            <dd data-stat="natural">{todayStats.natural}</dd>
          </div>
        </dl>
        <p>
          Streak: {stats.currentStreak} {stats.currentStreak === 1 ? 'day' : 'days'} (longest{' '}
          {stats.longestStreak}). A day counts when you took a break and skipped none.
        </p>
        <div class="table-fit">
          <table class="stats-table">
            <caption>Last 7 days</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Taken</th>
                <th scope="col">Skipped</th>
                <th scope="col">Postponed</th>
              </tr>
            </thead>
            <tbody>
              {sevenDays.map((day) => (
                <tr key={day.date}>
                  <th scope="row">{dayLabel(day.date)}</th>
                  <td>{day.taken + day.natural}</td>
                  <td>{day.skipped}</td>
                  <td>{day.postponed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p class="hint">
          The statistics stay on this device. Recording a day puts it in your diary as a working day, with or
          without regular breaks, so that the diary can compare your numb spells on days with and without
          them. numbcheck does it by itself at the end of your working hours while the coach runs.
        </p>
        <button type="button" class="button button-secondary" onClick={() => void recordDay(today, false)}>
          Record today in my diary
        </button>
        <p aria-live="polite" data-diary-message="">
          {diaryMessage}
        </p>
      </section>

      <BreakSettingsForm settings={settings} onSave={setCoachSettings} />
    </div>
  );
}

/** The break itself: the exercises of the break, step by step, with the illustration and the time left. */
function BreakScreen(props: {
  kind: BreakKind;
  settings: PreventionSettings;
  canPostpone: boolean;
  canSkip: boolean;
  notified: boolean;
  onEvent: (type: 'done' | 'skip' | 'postpone') => void;
}): JSX.Element {
  const plan = planBreak(props.kind, props.settings.breaks, readable().knowledge);
  const [at, setAt] = useState({ item: 0, step: 0 });
  const [deadline, setDeadline] = useState(() => Date.now() + stepMs(0));
  const [left, setLeft] = useState(() => stepMs(0));
  const [finished, setFinished] = useState(false);

  function stepMs(item: number): number {
    const planned = plan[item];
    return planned ? stepSeconds(planned) * 1000 : 1000;
  }

  const advance = (): void => {
    const planned = plan[at.item];
    if (!planned) return;
    let next = { item: at.item, step: at.step + 1 };
    if (next.step >= planned.exercise.steps.length) next = { item: at.item + 1, step: 0 };
    if (next.item >= plan.length) {
      setFinished(true);
      beep(1);
      return;
    }
    setAt(next);
    setDeadline(Date.now() + stepMs(next.item));
    setLeft(stepMs(next.item));
  };

  useEffect(() => {
    if (finished) return;
    const timer = setInterval(() => {
      const remaining = deadline - Date.now();
      if (remaining > 0) setLeft(remaining);
      else advance();
    }, 250);
    return () => clearInterval(timer);
  }, [deadline, at, finished]);

  const planned = plan[at.item];
  const name = BREAK_NAMES[props.kind];
  const strict = props.settings.breaks.strict;
  return (
    <div class="prevent break-screen" data-screen="break">
      {!props.notified && (
        <p class="break-banner" role="alert">
          Time for a {name.toLowerCase()}. Notifications are off, so numbcheck tells you here, with a beep and
          a flashing tab title.
        </p>
      )}
      <ScreenHeading>{name}</ScreenHeading>
      <p class="lead">
        {formatDuration(breakSeconds(props.kind, props.settings.breaks))} away from the keyboard.
        {plan.length > 1 ? ` ${plan.length} exercises.` : ''}
      </p>
      {finished || !planned ? (
        <div class="break-finished" aria-live="polite">
          <p class="step-timer-done">Break finished. Well done.</p>
        </div>
      ) : (
        <article class="break-exercise" aria-labelledby="break-exercise-name">
          <h2 id="break-exercise-name">
            {planned.exercise.name}
            {plan.length > 1 ? (
              <span class="muted">
                {' '}
                ({at.item + 1} of {plan.length})
              </span>
            ) : null}
          </h2>
          <div class="exercise-body">
            <figure class="art">
              <Illustration id={planned.exercise.id} title={planned.exercise.name} />
            </figure>
            <div class="step-timer step-timer-running">
              <div aria-live="polite">
                <p class="step-timer-where">
                  Step {at.step + 1} of {planned.exercise.steps.length}
                </p>
                <p class="step-timer-step" data-break-step="">
                  {planned.exercise.steps[at.step]}
                </p>
              </div>
              <p class="step-timer-clock">
                <span class="visually-hidden">Time left for this step: </span>
                {clock(left / 1000)}
              </p>
              <TimeBar fraction={left / stepMs(at.item)} />
            </div>
          </div>
          {planned.exercise.cautions[0] && <p class="hint">{planned.exercise.cautions[0]}</p>}
        </article>
      )}
      <div class="button-row">
        {!finished && (
          <button type="button" class="button button-secondary" onClick={advance}>
            Next step
          </button>
        )}
        {(finished || !strict) && (
          <button
            type="button"
            class={finished ? 'button button-primary' : 'button button-secondary'}
            onClick={() => props.onEvent('done')}
          >
            {finished ? 'Done' : 'Finish the break now'}
          </button>
        )}
        {props.canSkip && !finished && (
          <button type="button" class="button button-secondary" onClick={() => props.onEvent('skip')}>
            Skip this break
          </button>
        )}
        {props.canPostpone && !finished && (
          <button type="button" class="button button-secondary" onClick={() => props.onEvent('postpone')}>
            Postpone {formatMinutes(props.settings.breaks.postpone.minutes)}
          </button>
        )}
      </div>
      {strict && !finished && <p class="hint">Strict mode: this break cannot be skipped or postponed.</p>}
    </div>
  );
}
