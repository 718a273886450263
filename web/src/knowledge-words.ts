import {
  bctq,
  inWords,
  knowledge,
  loadKnowledgeTexts,
  type ReadableKnowledge,
  sleepAdvice,
} from '../../src/knowledge/index.ts';
import type { Language } from '../../src/messages/index.ts';
import { webLanguage } from './language.ts';

/**
 * The knowledge as the person reads it, in the language the app speaks: the one way every screen reads the causes,
 * questions, advice, exercises, tests and emergency steps. The numbers, ids and sources are the same in every
 * language, so the assessment's levels and chances do not depend on the words.
 */

const ENGLISH: ReadableKnowledge = { knowledge, bctq, sleepAdvice };
const made = new Map<Language, ReadableKnowledge>([['en', ENGLISH]]);

/** Loads the knowledge's words in `language` (for Russian, its table, fetched then), once. */
export async function loadKnowledgeWords(language: Language): Promise<void> {
  if (made.has(language)) return;
  made.set(language, inWords(await loadKnowledgeTexts(language)));
}

/** The knowledge base, the BCTQ questionnaire and the sleep advice in the language the app speaks. */
export function readable(): ReadableKnowledge {
  const language = webLanguage();
  const found = made.get(language);
  if (found === undefined) throw new Error(`The knowledge in "${language}" was read before it was loaded`);
  return found;
}
