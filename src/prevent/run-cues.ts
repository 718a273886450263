import { catalogOf, type Language, type MessageKey } from '../messages/index.ts';
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
const CUE_WORDS: Readonly<Record<string, MessageKey>> = {
  expander_squeezes: 'prevent.cue.expander_squeezes',
  shake_out: 'prevent.cue.shake_out',
};

/** A cue's words in `language`, or its id when it has none. */
export function cueText(exercise: string, language: Language = 'en'): string {
  const key = CUE_WORDS[exercise];
  return key === undefined ? exercise : catalogOf(language)[key];
}

/** The cues' words in English, for callers that do not choose a language. */
export const CUE_TEXT: Record<string, string> = {
  expander_squeezes: cueText('expander_squeezes'),
  shake_out: cueText('shake_out'),
};

/** The cues to use: without an expander in hand, only the shake-out. */
export function activeCues(settings: RunSettings, hasExpander: boolean): string[] {
  const cues = hasExpander ? settings.cues : settings.cues.filter((cue) => cue !== 'expander_squeezes');
  return cues.length > 0 ? cues : ['shake_out'];
}

/** The n-th cue (n ≥ 1): every `cueEveryMinutes`, taking the cues in turn, its words in `language`. */
export function cueNumber(
  n: number,
  settings: RunSettings,
  hasExpander: boolean,
  language: Language = 'en',
): RunCue {
  const cues = activeCues(settings, hasExpander);
  const exercise = cues[(n - 1) % cues.length] ?? 'shake_out';
  return {
    number: n,
    atMs: n * settings.cueEveryMinutes * 60_000,
    exercise,
    text: cueText(exercise, language),
  };
}

/** The last cue that has fallen by `elapsedMs`, or null before the first. */
export function lastCue(
  elapsedMs: number,
  settings: RunSettings,
  hasExpander: boolean,
  language: Language = 'en',
): RunCue | null {
  const n = Math.floor(elapsedMs / (settings.cueEveryMinutes * 60_000));
  return n >= 1 ? cueNumber(n, settings, hasExpander, language) : null;
}

/** The next cue after `elapsedMs`. */
export function nextCue(
  elapsedMs: number,
  settings: RunSettings,
  hasExpander: boolean,
  language: Language = 'en',
): RunCue {
  const n = Math.floor(elapsedMs / (settings.cueEveryMinutes * 60_000)) + 1;
  return cueNumber(n, settings, hasExpander, language);
}
