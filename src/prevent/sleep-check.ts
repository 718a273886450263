import type { Advice, Knowledge } from '../knowledge/index.ts';
import { sleepAdvice } from '../knowledge/index.ts';
import { catalogOf, type Language, type MessageKey } from '../messages/index.ts';

export type SleepAnswer = 'yes' | 'no' | 'unsure';

/** One question of the sleep check. A "yes" (or "not sure") brings up its advice. */
export interface SleepItem {
  id: string;
  question: string;
  /** The knowledge advice that answers a "yes". */
  advice: string;
}

/** The sleep set-up checklist: the seed's pillow, posture, pyjamas and jewellery, and the wrist position. */
const SLEEP_QUESTIONS: readonly { id: string; question: MessageKey; advice: string }[] = [
  { id: 'pillow_height', question: 'prevent.sleep.pillow_height', advice: 'positional_pillow' },
  { id: 'on_arm', question: 'prevent.sleep.on_arm', advice: 'positional_sleep_position' },
  {
    id: 'hands_under_pillow',
    question: 'prevent.sleep.hands_under_pillow',
    advice: 'positional_sleep_position',
  },
  { id: 'rings', question: 'prevent.sleep.rings', advice: 'positional_jewellery_at_night' },
  { id: 'tight_cuffs', question: 'prevent.sleep.tight_cuffs', advice: 'positional_jewellery_at_night' },
  { id: 'wrists_bent', question: 'prevent.sleep.wrists_bent', advice: 'sleep_straight_wrists' },
];

/** The sleep check's questions in `language`, in checklist order. */
export function sleepItems(language: Language = 'en'): SleepItem[] {
  const words = catalogOf(language);
  return SLEEP_QUESTIONS.map(({ id, question, advice }) => ({ id, question: words[question], advice }));
}

/** The questions in English, for callers that do not choose a language. */
export const SLEEP_ITEMS: readonly SleepItem[] = sleepItems();

/** The carpal tunnel night-splint advice, shown when carpal tunnel syndrome is likely. */
export const NIGHT_SPLINT_ADVICE = 'cts_night_splint';

export type SleepAnswers = Partial<Record<string, SleepAnswer>>;

export interface SleepResult {
  /** Advice to show, each once, in checklist order, with the items that brought it up. */
  advice: { advice: Advice; items: string[] }[];
  /** Questions not answered yet. */
  unanswered: string[];
}

/** Every piece of advice the knowledge holds, by id: the causes' self-care and prevention, and the sleep advice. */
function adviceById(knowledge: Knowledge): Map<string, Advice> {
  const all = new Map<string, Advice>();
  for (const cause of knowledge.causes)
    for (const a of [...cause.selfCare, ...cause.prevention]) all.set(a.id, a);
  for (const a of sleepAdvice) all.set(a.id, a);
  return all;
}

/** Finds one piece of advice; throws when the knowledge lacks it (a bug, caught by the tests). */
export function findAdvice(id: string, knowledge: Knowledge): Advice {
  const advice = adviceById(knowledge).get(id);
  if (!advice) throw new Error(`the knowledge has no advice '${id}'`);
  return advice;
}

/**
 * The advice for a set of answers. "Not sure" counts as "yes": checking costs nothing. When carpal tunnel syndrome
 * is likely (the latest assessment, or the person says a doctor told them), the night splint comes first.
 */
export function sleepCheck(
  answers: SleepAnswers,
  options: { carpalTunnelLikely: boolean },
  knowledge: Knowledge,
): SleepResult {
  const byId = adviceById(knowledge);
  const out: { advice: Advice; items: string[] }[] = [];
  const add = (adviceId: string, item: string): void => {
    const advice = byId.get(adviceId);
    if (!advice) throw new Error(`the knowledge has no advice '${adviceId}'`);
    const existing = out.find((entry) => entry.advice.id === adviceId);
    if (existing) existing.items.push(item);
    else out.push({ advice, items: [item] });
  };
  if (options.carpalTunnelLikely) add(NIGHT_SPLINT_ADVICE, 'carpal_tunnel');
  for (const item of SLEEP_ITEMS) {
    const answer = answers[item.id];
    if (answer === 'yes' || answer === 'unsure') add(item.advice, item.id);
  }
  return {
    advice: out,
    unanswered: SLEEP_ITEMS.filter((item) => answers[item.id] === undefined).map((i) => i.id),
  };
}

export function isSleepAnswer(value: unknown): value is SleepAnswer {
  return value === 'yes' || value === 'no' || value === 'unsure';
}
