/**
 * The words of the diary: what a person was doing, what they had in place, and the periods they count episodes over.
 * The lists give labels and, for activities, the finding of the knowledge base the activity stands for. A person may
 * use an id of their own (snake_case, such as `ice_hockey`): it is kept and shown with its underscores as spaces.
 */

export interface Activity {
  id: string;
  label: string;
  /** The knowledge finding this activity is evidence of, read by the danger check. */
  finding?: string;
}

export const ACTIVITIES: readonly Activity[] = [
  { id: 'running', label: 'Running', finding: 'during_running' },
  { id: 'workout', label: 'Gym or other exercise', finding: 'during_running' },
  { id: 'cycling', label: 'Cycling', finding: 'cycling' },
  { id: 'sleeping', label: 'Sleeping or waking up', finding: 'night_waking' },
  { id: 'keyboard', label: 'Typing or using a mouse', finding: 'keyboard_mouse' },
  { id: 'phone', label: 'Holding a phone', finding: 'phone_or_driving' },
  { id: 'driving', label: 'Driving', finding: 'phone_or_driving' },
  { id: 'reading', label: 'Holding a book or tablet', finding: 'phone_or_driving' },
  { id: 'tools', label: 'Gripping tools or repetitive hand work', finding: 'gripping_tools' },
  { id: 'arms_overhead', label: 'Arms above the head', finding: 'arms_overhead' },
  { id: 'carrying', label: 'Carrying a bag or backpack', finding: 'heavy_straps' },
  { id: 'leaning_on_elbow', label: 'Leaning on the elbow', finding: 'elbow_leaning' },
  { id: 'cold', label: 'In the cold', finding: 'cold_trigger' },
  { id: 'stress', label: 'Stressed or anxious', finding: 'stress_trigger' },
  { id: 'resting', label: 'Resting or sitting' },
  { id: 'other', label: 'Something else' },
];

export interface Intervention {
  id: string;
  label: string;
  /** How a sentence names it after "with": "runs with the hand expander". */
  phrase: string;
}

export const INTERVENTIONS: readonly Intervention[] = [
  { id: 'hand_expander', label: 'Hand expander', phrase: 'the hand expander' },
  { id: 'relaxed_arms', label: 'Relaxed arms and open hands', phrase: 'relaxed arms and open hands' },
  { id: 'breaks', label: 'Regular breaks', phrase: 'regular breaks' },
  { id: 'splint', label: 'Wrist splint', phrase: 'the wrist splint' },
  { id: 'new_pillow', label: 'New pillow or sleeping position', phrase: 'the new pillow' },
  { id: 'rings_off', label: 'Rings and watch off or loosened', phrase: 'rings and watch off' },
  { id: 'loose_straps', label: 'Looser straps or a lighter bag', phrase: 'looser straps' },
  { id: 'desk_setup', label: 'Changed desk or keyboard set-up', phrase: 'the changed desk set-up' },
  { id: 'warm_gloves', label: 'Warm gloves', phrase: 'warm gloves' },
  { id: 'padded_gloves', label: 'Padded gloves', phrase: 'padded gloves' },
  { id: 'nerve_glides', label: 'Nerve gliding exercises', phrase: 'nerve gliding exercises' },
  { id: 'stretching', label: 'Stretching', phrase: 'stretching' },
  { id: 'slow_breathing', label: 'Slow breathing', phrase: 'slow breathing' },
];

/** Periods a person counts episodes over, so that a rate has a denominator ("per run"). */
export const EXPOSURE_KINDS = ['run', 'ride', 'workout', 'working_day', 'night', 'break', 'other'] as const;
export type ExposureKind = (typeof EXPOSURE_KINDS)[number];

export const EXPOSURE_WORDS: Record<ExposureKind, { one: string; many: string }> = {
  run: { one: 'run', many: 'runs' },
  ride: { one: 'ride', many: 'rides' },
  workout: { one: 'workout', many: 'workouts' },
  working_day: { one: 'working day', many: 'working days' },
  night: { one: 'night', many: 'nights' },
  break: { one: 'break', many: 'breaks' },
  other: { one: 'other period', many: 'other periods' },
};

export function isExposureKind(value: unknown): value is ExposureKind {
  return typeof value === 'string' && EXPOSURE_KINDS.some((kind) => kind === value);
}

function spaced(id: string): string {
  return id.replaceAll('_', ' ');
}

export function activityLabel(id: string): string {
  return ACTIVITIES.find((a) => a.id === id)?.label ?? spaced(id);
}

export function interventionLabel(id: string): string {
  return INTERVENTIONS.find((i) => i.id === id)?.label ?? spaced(id);
}

export function interventionPhrase(id: string): string {
  return INTERVENTIONS.find((i) => i.id === id)?.phrase ?? spaced(id);
}

/** "3 runs", "1 working day". */
export function countOf(kind: ExposureKind, count: number): string {
  const words = EXPOSURE_WORDS[kind];
  return `${count} ${count === 1 ? words.one : words.many}`;
}
