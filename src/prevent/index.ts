/**
 * Prevention: the break coach's schedule, plans and statistics, the run companion's cues, the sleep check and the
 * settings they share. Pure, with the time passed in, so that the terminal and the browser run the same schedule.
 */
export {
  BREAK_NAMES,
  breakName,
  breakSeconds,
  type PlannedExercise,
  planBreak,
  stepSeconds,
} from './break-plan.ts';
export {
  type BreakKind,
  type BreakRecord,
  canPostpone,
  inWorkingHours,
  plannedBreaks,
  type ScheduleEvent,
  type ScheduleState,
  type ScheduleView,
  startSchedule,
  step,
  view,
} from './break-schedule.ts';
export { breakStats, dayOf, lastDates, localDate } from './break-stats.ts';
export { cueText, lastCue, nextCue, type RunCue } from './run-cues.ts';
export { type ScheduleLine, scheduleLines, type UpcomingBreak, upcomingBreaks } from './schedule-words.ts';
export {
  type BreakSettings,
  minutesOfDay,
  PREVENTION_DEFAULTS,
  type PreventionSettings,
  parseSettings,
  type Weekday,
} from './settings.ts';
export {
  isSleepAnswer,
  SLEEP_ITEMS,
  type SleepAnswer,
  type SleepAnswers,
  sleepCheck,
  sleepItems,
} from './sleep-check.ts';
