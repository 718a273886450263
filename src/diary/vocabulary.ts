import { catalogOf, type Language, type MessageKey, translator } from '../messages/index.ts';

/**
 * The words of the diary: what a person was doing, what they had in place, and the periods they count episodes over.
 * The lists give ids, catalog keys and, for activities, the finding of the knowledge base the activity stands for;
 * their words are in the message catalogs (`diary.activity.…`, `diary.intervention.…`, `diary.exposure.…`). A person
 * may use an id of their own (snake_case, such as `ice_hockey`): it is kept and shown with its underscores as spaces.
 */

/** The English catalog: the lists below keep their English labels for callers that do not choose a language. */
const english = catalogOf('en');

export interface Activity {
  id: string;
  /** The English label; `activityLabel(id, language)` gives it in another language. */
  label: string;
  /** The knowledge finding this activity is evidence of, read by the danger check. */
  finding?: string;
}

const ACTIVITY_WORDS: readonly { id: string; key: MessageKey; finding?: string }[] = [
  { id: 'running', key: 'diary.activity.running', finding: 'during_running' },
  { id: 'workout', key: 'diary.activity.workout', finding: 'during_running' },
  { id: 'cycling', key: 'diary.activity.cycling', finding: 'cycling' },
  { id: 'sleeping', key: 'diary.activity.sleeping', finding: 'night_waking' },
  { id: 'keyboard', key: 'diary.activity.keyboard', finding: 'keyboard_mouse' },
  { id: 'phone', key: 'diary.activity.phone', finding: 'phone_or_driving' },
  { id: 'driving', key: 'diary.activity.driving', finding: 'phone_or_driving' },
  { id: 'reading', key: 'diary.activity.reading', finding: 'phone_or_driving' },
  { id: 'tools', key: 'diary.activity.tools', finding: 'gripping_tools' },
  { id: 'arms_overhead', key: 'diary.activity.arms_overhead', finding: 'arms_overhead' },
  { id: 'carrying', key: 'diary.activity.carrying', finding: 'heavy_straps' },
  { id: 'leaning_on_elbow', key: 'diary.activity.leaning_on_elbow', finding: 'elbow_leaning' },
  { id: 'cold', key: 'diary.activity.cold', finding: 'cold_trigger' },
  { id: 'stress', key: 'diary.activity.stress', finding: 'stress_trigger' },
  { id: 'resting', key: 'diary.activity.resting' },
  { id: 'other', key: 'diary.activity.other' },
];

export const ACTIVITIES: readonly Activity[] = ACTIVITY_WORDS.map(({ id, key, finding }) =>
  finding === undefined ? { id, label: english[key] } : { id, label: english[key], finding },
);

export interface Intervention {
  id: string;
  /** The English label; `interventionLabel(id, language)` gives it in another language. */
  label: string;
  /** How an English sentence names it after "with": "runs with the hand expander". */
  phrase: string;
}

/**
 * Each intervention's label and its phrase: one message that names it as each place in a sentence needs
 * (`PhraseCase`), since other languages decline it.
 */
const INTERVENTION_WORDS: readonly { id: string; label: MessageKey; phrase: MessageKey }[] = [
  { id: 'hand_expander', label: 'diary.intervention.hand_expander', phrase: 'diary.phrase.hand_expander' },
  { id: 'relaxed_arms', label: 'diary.intervention.relaxed_arms', phrase: 'diary.phrase.relaxed_arms' },
  { id: 'breaks', label: 'diary.intervention.breaks', phrase: 'diary.phrase.breaks' },
  { id: 'splint', label: 'diary.intervention.splint', phrase: 'diary.phrase.splint' },
  { id: 'new_pillow', label: 'diary.intervention.new_pillow', phrase: 'diary.phrase.new_pillow' },
  { id: 'rings_off', label: 'diary.intervention.rings_off', phrase: 'diary.phrase.rings_off' },
  { id: 'loose_straps', label: 'diary.intervention.loose_straps', phrase: 'diary.phrase.loose_straps' },
  { id: 'desk_setup', label: 'diary.intervention.desk_setup', phrase: 'diary.phrase.desk_setup' },
  { id: 'warm_gloves', label: 'diary.intervention.warm_gloves', phrase: 'diary.phrase.warm_gloves' },
  { id: 'padded_gloves', label: 'diary.intervention.padded_gloves', phrase: 'diary.phrase.padded_gloves' },
  { id: 'nerve_glides', label: 'diary.intervention.nerve_glides', phrase: 'diary.phrase.nerve_glides' },
  { id: 'stretching', label: 'diary.intervention.stretching', phrase: 'diary.phrase.stretching' },
  { id: 'slow_breathing', label: 'diary.intervention.slow_breathing', phrase: 'diary.phrase.slow_breathing' },
];

export const INTERVENTIONS: readonly Intervention[] = INTERVENTION_WORDS.map(({ id, label }) => ({
  id,
  label: english[label],
  // Formatted when read, so that importing the diary does not format messages (and keep FormatJS) at load.
  get phrase(): string {
    return interventionPhrase(id);
  },
}));

/** Periods a person counts episodes over, so that a rate has a denominator ("per run"). */
export const EXPOSURE_KINDS = ['run', 'ride', 'workout', 'working_day', 'night', 'break', 'other'] as const;
export type ExposureKind = (typeof EXPOSURE_KINDS)[number];

/** A kind of period's words: the noun alone, and its count in a sentence (`periodsOf`). */
const EXPOSURE_MESSAGES: Readonly<
  Record<ExposureKind, { one: MessageKey; many: MessageKey; count: MessageKey }>
> = {
  run: { one: 'diary.exposure.run.one', many: 'diary.exposure.run.many', count: 'diary.periods.run' },
  ride: { one: 'diary.exposure.ride.one', many: 'diary.exposure.ride.many', count: 'diary.periods.ride' },
  workout: {
    one: 'diary.exposure.workout.one',
    many: 'diary.exposure.workout.many',
    count: 'diary.periods.workout',
  },
  working_day: {
    one: 'diary.exposure.working_day.one',
    many: 'diary.exposure.working_day.many',
    count: 'diary.periods.working_day',
  },
  night: { one: 'diary.exposure.night.one', many: 'diary.exposure.night.many', count: 'diary.periods.night' },
  break: { one: 'diary.exposure.break.one', many: 'diary.exposure.break.many', count: 'diary.periods.break' },
  other: { one: 'diary.exposure.other.one', many: 'diary.exposure.other.many', count: 'diary.periods.other' },
};

/** A kind of period as a noun, one and many: "run", "runs"; "пробежка", "пробежки". */
export function exposureWords(kind: ExposureKind, language: Language = 'en'): { one: string; many: string } {
  const words = catalogOf(language);
  const keys = EXPOSURE_MESSAGES[kind];
  return { one: words[keys.one], many: words[keys.many] };
}

export const EXPOSURE_WORDS: Record<ExposureKind, { one: string; many: string }> = {
  run: exposureWords('run'),
  ride: exposureWords('ride'),
  workout: exposureWords('workout'),
  working_day: exposureWords('working_day'),
  night: exposureWords('night'),
  break: exposureWords('break'),
  other: exposureWords('other'),
};

export function isExposureKind(value: unknown): value is ExposureKind {
  return typeof value === 'string' && EXPOSURE_KINDS.some((kind) => kind === value);
}

function spaced(id: string): string {
  return id.replaceAll('_', ' ');
}

/** An activity's label in English: "Running". One argument, so that it can be mapped over a list of ids. */
export function activityLabel(id: string): string {
  return activityLabelIn(id, 'en');
}

/** An activity's label in `language`: "Running", «Бег». */
export function activityLabelIn(id: string, language: Language): string {
  const key = ACTIVITY_WORDS.find((a) => a.id === id)?.key;
  return key === undefined ? spaced(id) : catalogOf(language)[key];
}

/** What the person was doing, after "most often": "while running", «во время бега». */
export function activityWhile(id: string, language: Language = 'en'): string {
  return translator(language)('diary.activity.while', {
    activity: id,
    label: activityLabelIn(id, language).toLowerCase(),
  });
}

/** An intervention's label in English: "Wrist splint". One argument, so that it can be mapped over a list of ids. */
export function interventionLabel(id: string): string {
  return interventionLabelIn(id, 'en');
}

/** An intervention's label in `language`: "Wrist splint", «Шина на запястье». */
export function interventionLabelIn(id: string, language: Language): string {
  const key = INTERVENTION_WORDS.find((i) => i.id === id)?.label;
  return key === undefined ? spaced(id) : catalogOf(language)[key];
}

/**
 * Where an intervention stands in a sentence: `both` "with and without the splint", `with` "with the splint",
 * `without` "without the splint", `withIt` and `withoutIt` the short words after a count ("3 runs with"), `other`
 * the bare name ("not that the splint caused it").
 */
export type PhraseCase = 'both' | 'with' | 'without' | 'withIt' | 'withoutIt' | 'other';

export function interventionPhrase(
  id: string,
  language: Language = 'en',
  form: PhraseCase = 'other',
): string {
  const key = INTERVENTION_WORDS.find((i) => i.id === id)?.phrase;
  const t = translator(language);
  return key === undefined ? t('diary.phrase.own', { case: form, name: spaced(id) }) : t(key, { case: form });
}

/** Every case of an intervention's phrase, for the sentences that compare with and without it. */
export function interventionPhrases(id: string, language: Language = 'en'): Record<PhraseCase, string> {
  const of = (form: PhraseCase) => interventionPhrase(id, language, form);
  return {
    both: of('both'),
    with: of('with'),
    without: of('without'),
    withIt: of('withIt'),
    withoutIt: of('withoutIt'),
    other: of('other'),
  };
}

/**
 * A count of periods as a sentence uses it: `count` "3 runs", `in` "in 3 runs" (after episodes), `compared` the
 * periods that are compared ("runs"; «на пробежках»).
 */
export function periodsOf(
  kind: ExposureKind,
  count: number,
  form: 'count' | 'in' | 'compared' = 'count',
  language: Language = 'en',
): string {
  return translator(language)(EXPOSURE_MESSAGES[kind].count, { form, count });
}

/** "3 runs", "1 working day". */
export function countOf(kind: ExposureKind, count: number, language: Language = 'en'): string {
  return periodsOf(kind, count, 'count', language);
}
