import type { Exercise, Knowledge } from '../knowledge/index.ts';
import { catalogOf, type Language, type MessageKey } from '../messages/index.ts';
import type { BreakKind } from './break-schedule.ts';
import type { BreakSettings } from './settings.ts';

/** One exercise of a break, with the seconds it gets. */
export interface PlannedExercise {
  exercise: Exercise;
  seconds: number;
}

/**
 * Which exercises each kind of break uses, from the knowledge's desk-work advice (`positional_desk_breaks`,
 * `cts_hourly_breaks`: "drop and roll your shoulders, circle your arms and hands … a few flights of stairs or a short
 * walk is even better"). The last exercise of a movement or stair break takes the time that is left.
 */
const PLANS: Record<BreakKind, { id: string; seconds?: number }[]> = {
  micro: [{ id: 'hand_wrist_moves' }],
  movement: [
    { id: 'shoulder_drops', seconds: 30 },
    { id: 'arm_hand_circles', seconds: 45 },
    { id: 'hand_wrist_moves', seconds: 30 },
    { id: 'stair_break' },
  ],
  stair: [{ id: 'shoulder_drops', seconds: 30 }, { id: 'stair_break' }],
};

/** The shortest time the filling exercise gets, so that a short movement break still has a walk in it. */
const MIN_FILL_SECONDS = 30;

export function breakSeconds(kind: BreakKind, settings: BreakSettings): number {
  return kind === 'micro' ? settings.microSeconds : settings.movementMinutes * 60;
}

/** The exercises of a break of this kind, with their seconds. Throws if the knowledge lacks one of them. */
export function planBreak(kind: BreakKind, settings: BreakSettings, knowledge: Knowledge): PlannedExercise[] {
  const total = breakSeconds(kind, settings);
  const fixed = PLANS[kind].reduce((sum, item) => sum + (item.seconds ?? 0), 0);
  return PLANS[kind].map((item) => {
    const exercise = knowledge.exercises.find((e) => e.id === item.id);
    if (!exercise) throw new Error(`the knowledge has no exercise '${item.id}' for a ${kind} break`);
    return { exercise, seconds: item.seconds ?? Math.max(MIN_FILL_SECONDS, total - fixed) };
  });
}

/** How long each step of a planned exercise is shown: its seconds shared out over its steps. */
export function stepSeconds(planned: PlannedExercise): number {
  return Math.max(1, Math.round(planned.seconds / Math.max(1, planned.exercise.steps.length)));
}

const BREAK_WORDS: Readonly<Record<BreakKind, MessageKey>> = {
  micro: 'prevent.break.micro',
  movement: 'prevent.break.movement',
  stair: 'prevent.break.stair',
};

/** A kind of break's name in `language`: "Micro-break", «Микроперерыв». */
export function breakName(kind: BreakKind, language: Language = 'en'): string {
  return catalogOf(language)[BREAK_WORDS[kind]];
}

/** The names in English, for callers that do not choose a language. */
export const BREAK_NAMES: Record<BreakKind, string> = {
  micro: breakName('micro'),
  movement: breakName('movement'),
  stair: breakName('stair'),
};
