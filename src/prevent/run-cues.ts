import type { RunSettings } from './settings.ts';

/** A cue during a run: the n-th (from 1), when it falls, and what to say. */
export interface RunCue {
  number: number;
  /** Milliseconds after the start of the run. */
  atMs: number;
  /** The exercise of the knowledge it stands for. */
  exercise: string;
  /** Said, shown and (optionally) spoken. */
  text: string;
}

/** The words of each cue: short enough to read at a glance on the move. */
export const CUE_TEXT: Record<string, string> = {
  expander_squeezes: 'Squeeze your expander 10 times',
  shake_out: 'Drop your arms and shake them out',
};

/** The cues to use: without an expander in hand, only the shake-out. */
export function activeCues(settings: RunSettings, hasExpander: boolean): string[] {
  const cues = hasExpander ? settings.cues : settings.cues.filter((cue) => cue !== 'expander_squeezes');
  return cues.length > 0 ? cues : ['shake_out'];
}

/** The n-th cue (n ≥ 1): every `cueEveryMinutes`, taking the cues in turn. */
export function cueNumber(n: number, settings: RunSettings, hasExpander: boolean): RunCue {
  const cues = activeCues(settings, hasExpander);
  const exercise = cues[(n - 1) % cues.length] ?? 'shake_out';
  return {
    number: n,
    atMs: n * settings.cueEveryMinutes * 60_000,
    exercise,
    text: CUE_TEXT[exercise] ?? exercise,
  };
}

/** The last cue that has fallen by `elapsedMs`, or null before the first. */
export function lastCue(elapsedMs: number, settings: RunSettings, hasExpander: boolean): RunCue | null {
  const n = Math.floor(elapsedMs / (settings.cueEveryMinutes * 60_000));
  return n >= 1 ? cueNumber(n, settings, hasExpander) : null;
}

/** The next cue after `elapsedMs`. */
export function nextCue(elapsedMs: number, settings: RunSettings, hasExpander: boolean): RunCue {
  const n = Math.floor(elapsedMs / (settings.cueEveryMinutes * 60_000)) + 1;
  return cueNumber(n, settings, hasExpander);
}
