import { formatDuration, formatMinutes } from '../../format/index.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import {
  type BreakRecord,
  breakName,
  breakSeconds,
  breakStats,
  canPostpone,
  dayOf,
  localDate,
  type PlannedExercise,
  PREVENTION_DEFAULTS,
  type PreventionSettings,
  parseSettings,
  planBreak,
  plannedBreaks,
  type ScheduleEvent,
  type ScheduleState,
  startSchedule,
  step,
  stepSeconds,
  view,
} from '../../prevent/index.ts';
import type { BreaksCommand } from '../breaks-args.ts';
import type { Io } from '../io.ts';
import { paint, type Words, wordsOf, wrap } from '../text.ts';

/** What the terminal break coach needs of the outside world beyond `Io`; tests pass a fake one. */
export interface BreaksTerminal {
  /** Standard output is a terminal a person watches; without one the schedule is printed and the command ends. */
  interactive: boolean;
  now(): number;
  utcOffsetMinutes(now: number): number;
  /** Calls `handler` with each key pressed; returns a function that stops listening. */
  onKey(handler: (key: string) => void): () => void;
  /** Calls `handler` on Ctrl-C (SIGINT); returns a function that stops listening. */
  onInterrupt(handler: () => void): () => void;
}

const TICK_MS = 1000;
const BELL = '\u0007';
/** Back to the start of the line and clear it: the countdown redraws in place. */
const CLEAR_LINE = '\r\u001b[K';

/** The terminal's settings: the defaults, the options, and clock time at any hour (it cannot see activity). */
export function terminalSettings(command: BreaksCommand): PreventionSettings {
  const d = PREVENTION_DEFAULTS.breaks;
  return parseSettings({
    breaks: {
      ...d,
      microEveryMinutes: command.microEveryMinutes ?? d.microEveryMinutes,
      movementEveryMinutes: command.movementEveryMinutes ?? d.movementEveryMinutes,
      strict: command.strict,
      timeOnly: true,
      workingHours: { start: '00:00', end: '23:59', days: [0, 1, 2, 3, 4, 5, 6] },
    },
  });
}

function mmss(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The printed schedule: the settings, and the breaks of the next four hours. */
export function scheduleText(
  settings: PreventionSettings,
  knowledge: Knowledge,
  width: number,
  { t, locale, language }: Words = wordsOf({}),
): string {
  const b = settings.breaks;
  const minutes = (value: number): string => formatMinutes(value, { locale });
  const names = (kind: 'micro' | 'movement'): string =>
    planBreak(kind, b, knowledge)
      .map((p) => p.exercise.name.toLowerCase())
      .join(', ');
  const rows: [string, string][] = [
    [
      t('cli.breaks.row', { row: 'micro' }),
      t('cli.breaks.every', {
        every: minutes(b.microEveryMinutes),
        length: formatDuration(b.microSeconds, { locale }),
        exercises: names('micro'),
      }),
    ],
    [
      t('cli.breaks.row', { row: 'movement' }),
      t('cli.breaks.every', {
        every: minutes(b.movementEveryMinutes),
        length: minutes(b.movementMinutes),
        exercises: names('movement'),
      }),
    ],
    [
      t('cli.breaks.row', { row: 'stair' }),
      t('cli.breaks.stairEvery', { every: minutes(b.stairEveryMinutes) }),
    ],
    [
      t('cli.breaks.row', { row: 'strict' }),
      b.strict
        ? t('cli.breaks.strictOn')
        : t('cli.breaks.strictOff', { postpone: minutes(b.postpone.minutes) }),
    ],
  ];
  // Labels as wide as the widest, so that every value starts in one column.
  const labelWidth = Math.max(16, ...rows.map(([label]) => label.length + 1));
  const lines = [t('cli.breaks.title'), ''];
  for (const [label, value] of rows)
    lines.push(...wrap(value, width, ' '.repeat(labelWidth + 2), `  ${label.padEnd(labelWidth)}`));
  lines.push('', t('cli.breaks.nextHours'));
  const planned = plannedBreaks(b, 4 * 60).map((p) => ({
    at: t('cli.breaks.in', { time: minutes(p.atMinutes) }),
    kind: p.kind,
  }));
  const atWidth = Math.max(0, ...planned.map((p) => p.at.length));
  for (const p of planned) lines.push(`  ${p.at.padEnd(atWidth)}  ${breakName(p.kind, language)}`);
  return `${lines.join('\n')}\n`;
}

function statsText(records: readonly BreakRecord[], now: number, offset: number, { t }: Words): string {
  const today = localDate(now, offset);
  const day = dayOf(breakStats(records, today), today);
  return `${t('cli.breaks.today', { taken: day.taken, skipped: day.skipped, postponed: day.postponed })}\n`;
}

interface RunningBreak {
  plan: PlannedExercise[];
  item: number;
  step: number;
  stepEndsAt: number;
}

/**
 * The terminal break coach. Without a terminal it prints the schedule and returns 0; in one it runs until Ctrl-C,
 * then prints today's statistics and returns 130. Timing comes from `setInterval` and `terminal.now()` only, so that
 * tests drive it with mock timers.
 */
export function breaksCommand(
  command: BreaksCommand,
  io: Io,
  knowledge: Knowledge,
  terminal: BreaksTerminal,
): Promise<number> {
  const settings = terminalSettings(command);
  const b = settings.breaks;
  const words = wordsOf(io.text);
  const { t, locale } = words;
  const minutes = (value: number): string => formatMinutes(value, { locale });
  io.out(scheduleText(settings, knowledge, io.text.width, words));
  if (!terminal.interactive) return Promise.resolve(0);

  return new Promise((resolve) => {
    let state: ScheduleState = startSchedule(terminal.now(), terminal.utcOffsetMinutes(terminal.now()));
    const records: BreakRecord[] = [];
    let running: RunningBreak | null = null;

    const apply = (event: ScheduleEvent): void => {
      const result = step(state, event, b);
      state = result.state;
      if (result.record) records.push(result.record);
    };

    const showStep = (r: RunningBreak): void => {
      const planned = r.plan[r.item];
      if (!planned) return;
      if (r.step === 0) {
        const length = formatDuration(planned.seconds, { locale });
        io.out(`\n${paint(io.text, 'bold', planned.exercise.name)} (${length})\n`);
      }
      const text = planned.exercise.steps[r.step] ?? '';
      io.out(`${CLEAR_LINE}${wrap(`${r.step + 1}. ${text}`, io.text.width, '   ').join('\n')}\n`);
    };

    const nextBreakLine = (): string => {
      const v = view(state, terminal.now(), b);
      return v.kind === 'working'
        ? `${t('cli.breaks.next', {
            name: breakName(v.next.kind, words.language).toLowerCase(),
            time: minutes(Math.ceil(v.next.inMs / 60_000)),
          })}\n`
        : '';
    };

    const finishBreak = (type: 'done' | 'skip' | 'postpone'): void => {
      apply({ type, now: terminal.now() });
      running = null;
      const word = t('cli.breaks.finished', { type, postpone: minutes(b.postpone.minutes) });
      io.out(`\n${word} ${nextBreakLine()}`);
    };

    const advance = (): void => {
      const r = running;
      if (r === null) return;
      const planned = r.plan[r.item];
      if (!planned) {
        finishBreak('done');
        return;
      }
      let next = { item: r.item, step: r.step + 1 };
      if (next.step >= planned.exercise.steps.length) next = { item: r.item + 1, step: 0 };
      const following = r.plan[next.item];
      if (!following) {
        finishBreak('done');
        return;
      }
      running = { ...r, ...next, stepEndsAt: terminal.now() + stepSeconds(following) * 1000 };
      showStep(running);
    };

    const tick = (): void => {
      const now = terminal.now();
      if (running !== null) {
        if (now >= running.stepEndsAt) advance();
        else
          io.out(
            `${CLEAR_LINE}   ${t('cli.breaks.left', { time: mmss((running.stepEndsAt - now) / 1000) })}`,
          );
        return;
      }
      apply({ type: 'tick', now, utcOffsetMinutes: terminal.utcOffsetMinutes(now) });
      const current = state.current;
      if (current !== null) {
        const plan = planBreak(current.kind, b, knowledge);
        const first = plan[0];
        if (!first) return;
        io.out(
          `${BELL}\n${paint(io.text, ['bold', 'green'], `${breakName(current.kind, words.language)}: ${formatDuration(breakSeconds(current.kind, b), { locale })}`)}\n`,
        );
        running = { plan, item: 0, step: 0, stepEndsAt: now + stepSeconds(first) * 1000 };
        showStep(running);
      }
    };

    const timer = setInterval(tick, TICK_MS);
    const stop = (): void => {
      clearInterval(timer);
      stopKeys();
      stopInterrupt();
      io.out(
        `\n${t('cli.breaks.stopped')} ${statsText(records, terminal.now(), state.utcOffsetMinutes, words)}`,
      );
      resolve(130);
    };
    const stopKeys = terminal.onKey((key) => {
      if (key === '\u0003') {
        stop();
        return;
      }
      if (running === null) return;
      if (key === '\r' || key === '\n') advance();
      else if ((key === 's' || key === 'S') && !b.strict) finishBreak('skip');
      else if ((key === 'p' || key === 'P') && canPostpone(state, terminal.now(), b)) finishBreak('postpone');
    });
    const stopInterrupt = terminal.onInterrupt(stop);
    // Said only once Ctrl-C is listened for, so that a Ctrl-C right after it still prints the day.
    io.out(`\n${t('cli.breaks.started', { strict: String(b.strict) })}\n`);
  });
}
