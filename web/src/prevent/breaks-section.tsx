import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatCalendarDay, formatDuration, formatMinutes } from '../../../src/format/index.ts';
import {
  type BreakKind,
  breakName,
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
import { diaryApi } from '../api/diary-place.ts';
import { TimeBar } from '../components/countdown.tsx';
import { ScreenHeading } from '../components/site-chrome.tsx';
import { Illustration } from '../illustrations/index.tsx';
import { readable } from '../knowledge-words.ts';
import { t, webLanguage, webLocale } from '../language.ts';
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
import { weekdayName } from './weekday.ts';
import './prevent.css';

/** "Mon 30": short enough for a 360 px table; the caption says these are the last 7 days. */
function dayLabel(date: string): string {
  const noon = new Date(`${date}T12:00:00Z`);
  return t('webPrevent.stats.dayLabel', { weekday: weekdayName(noon.getUTCDay()), day: noon.getUTCDate() });
}

function statusText(v: ScheduleView): string {
  switch (v.kind) {
    case 'break':
      return t('webPrevent.breaks.now', { kind: v.current.kind });
    case 'working': {
      const minutes = Math.ceil(v.next.inMs / 60_000);
      return t('webPrevent.breaks.next', {
        kind: v.next.kind,
        soon: minutes <= 1 ? 'yes' : 'no',
        time: formatMinutes(minutes, { locale: webLocale() }),
      });
    }
    case 'away':
      return t('webPrevent.breaks.away');
    case 'off_hours':
      return t('webPrevent.breaks.offHours');
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
        note: t('webPrevent.stats.diaryNote', {
          taken: day.taken,
          skipped: day.skipped,
          postponed: day.postponed,
          natural: day.natural,
        }),
      });
    } catch (error) {
      setDiaryMessage(
        error instanceof ApiError && error.unavailable
          ? t('webPrevent.stats.diaryUnavailable')
          : errorText(error),
      );
      return;
    }
    write(KEYS.recordedDays, [...loadStrings(KEYS.recordedDays), date]);
    setDiaryMessage(
      t('webPrevent.stats.recorded', {
        automatic: automatic ? 'yes' : 'no',
        date: formatCalendarDay(date, { locale: webLocale() }),
        breaks: day.taken + day.natural > 0 ? 'yes' : 'no',
      }),
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
      <ScreenHeading>{t('webPrevent.breaks.title')}</ScreenHeading>
      <p class="lead">
        {t('webPrevent.breaks.lead', {
          microSeconds: settings.breaks.microSeconds,
          microEvery: settings.breaks.microEveryMinutes,
          movementMinutes: settings.breaks.movementMinutes,
          movementEvery: settings.breaks.movementEveryMinutes,
        })}
      </p>

      <section class="prevent-card" aria-labelledby="coach-title">
        <h2 id="coach-title">{t('webPrevent.breaks.coach')}</h2>
        <p class="coach-status" aria-live="polite">
          {v === null ? t('webPrevent.breaks.off') : statusText(v)}
          {v !== null && !working && v.kind !== 'off_hours' ? ` ${t('webPrevent.breaks.outsideHours')}` : ''}
        </p>
        <button
          type="button"
          class={running ? 'button button-secondary' : 'button button-primary'}
          onClick={toggleCoach}
        >
          {running ? t('webPrevent.breaks.stop') : t('webPrevent.breaks.start')}
        </button>
        <p class="hint">
          {t('webPrevent.breaks.keepOpen')}{' '}
          {settings.breaks.timeOnly
            ? t('webPrevent.breaks.timeOnly')
            : t('webPrevent.breaks.hiddenCounts', { minutes: settings.breaks.naturalBreakMinutes })}
        </p>
      </section>

      <section class="prevent-card" aria-labelledby="alerts-title">
        <h2 id="alerts-title">{t('webPrevent.alerts.title')}</h2>
        {notifications === 'granted' && <p>{t('webPrevent.alerts.on')}</p>}
        {notifications === 'default' && (
          <>
            <p>{t('webPrevent.alerts.ask')}</p>
            <button type="button" class="button button-secondary" onClick={() => void enableNotifications()}>
              {t('webPrevent.alerts.allow')}
            </button>
          </>
        )}
        {(notifications === 'denied' || notifications === 'unsupported') && (
          <p class="notice-plain" data-notifications="off">
            {notifications === 'denied' ? t('webPrevent.alerts.blocked') : t('webPrevent.alerts.unsupported')}{' '}
            {t('webPrevent.alerts.fallback')}
          </p>
        )}
        {hasIdleDetection() ? (
          idleWatch === 'on' ? (
            <p>{t('webPrevent.idle.on')}</p>
          ) : (
            <>
              <p>{t('webPrevent.idle.offer')}</p>
              <button type="button" class="button button-secondary" onClick={() => void enableIdle()}>
                {t('webPrevent.idle.use')}
              </button>
              {idleWatch === 'refused' && <p class="hint">{t('webPrevent.idle.refused')}</p>}
            </>
          )
        ) : (
          <p class="hint">{t('webPrevent.idle.unsupported')}</p>
        )}
      </section>

      <section class="prevent-card" aria-labelledby="stats-title">
        <h2 id="stats-title">{t('webPrevent.stats.title')}</h2>
        <dl class="stat-row" data-stats-today="">
          <div>
            <dt>{t('webPrevent.stats.takenToday')}</dt>
            <dd data-stat="taken">{todayStats.taken}</dd>
          </div>
          <div>
            <dt>{t('webPrevent.stats.skipped')}</dt>
            <dd data-stat="skipped">{todayStats.skipped}</dd>
          </div>
          <div>
            <dt>{t('webPrevent.stats.postponed')}</dt>
            <dd data-stat="postponed">{todayStats.postponed}</dd>
          </div>
          <div>
            <dt>{t('webPrevent.stats.natural')}</dt>
            <dd data-stat="natural">{todayStats.natural}</dd>
          </div>
        </dl>
        <p>{t('webPrevent.stats.streak', { current: stats.currentStreak, longest: stats.longestStreak })}</p>
        <div class="table-fit">
          <table class="stats-table">
            <caption>{t('webPrevent.stats.lastDays')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('webPrevent.stats.day')}</th>
                <th scope="col">{t('webPrevent.stats.taken')}</th>
                <th scope="col">{t('webPrevent.stats.skipped')}</th>
                <th scope="col">{t('webPrevent.stats.postponed')}</th>
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
        <p class="hint">{t('webPrevent.stats.diaryHint')}</p>
        <button type="button" class="button button-secondary" onClick={() => void recordDay(today, false)}>
          {t('webPrevent.stats.record')}
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
  const name = breakName(props.kind, webLanguage());
  const strict = props.settings.breaks.strict;
  return (
    <div class="prevent break-screen" data-screen="break">
      {!props.notified && (
        <p class="break-banner" role="alert">
          {t('webPrevent.break.banner', { kind: props.kind })}
        </p>
      )}
      <ScreenHeading>{name}</ScreenHeading>
      <p class="lead">
        {t('webPrevent.break.lead', {
          duration: formatDuration(breakSeconds(props.kind, props.settings.breaks), { locale: webLocale() }),
        })}
        {plan.length > 1 ? ` ${t('webPrevent.break.exercises', { count: plan.length })}` : ''}
      </p>
      {finished || !planned ? (
        <div class="break-finished" aria-live="polite">
          <p class="step-timer-done">{t('webPrevent.break.finished')}</p>
        </div>
      ) : (
        <article class="break-exercise" aria-labelledby="break-exercise-name">
          <h2 id="break-exercise-name">
            {planned.exercise.name}
            {plan.length > 1 ? (
              <span class="muted">
                {' '}
                {t('webPrevent.break.exerciseOf', { number: at.item + 1, total: plan.length })}
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
                  {t('webPrevent.break.stepOf', {
                    number: at.step + 1,
                    total: planned.exercise.steps.length,
                  })}
                </p>
                <p class="step-timer-step" data-break-step="">
                  {planned.exercise.steps[at.step]}
                </p>
              </div>
              <p class="step-timer-clock">
                <span class="visually-hidden">{t('webPrevent.break.timeLeft')} </span>
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
            {t('webPrevent.break.nextStep')}
          </button>
        )}
        {(finished || !strict) && (
          <button
            type="button"
            class={finished ? 'button button-primary' : 'button button-secondary'}
            onClick={() => props.onEvent('done')}
          >
            {finished ? t('webPrevent.break.done') : t('webPrevent.break.finishNow')}
          </button>
        )}
        {props.canSkip && !finished && (
          <button type="button" class="button button-secondary" onClick={() => props.onEvent('skip')}>
            {t('webPrevent.break.skip')}
          </button>
        )}
        {props.canPostpone && !finished && (
          // Minutes as a count in the message rather than formatMinutes: Russian says «на 1 минуту», not «минута».
          <button type="button" class="button button-secondary" onClick={() => props.onEvent('postpone')}>
            {t('webPrevent.break.postpone', { minutes: props.settings.breaks.postpone.minutes })}
          </button>
        )}
      </div>
      {strict && !finished && <p class="hint">{t('webPrevent.break.strict')}</p>}
    </div>
  );
}
