import * as english from 'virtual:numbcheck/knowledge-facts';
import type { Language } from '../../src/messages/index.ts';
import type { EmergencyKnowledge } from './emergency-knowledge.ts';
import { webLanguage } from './language.ts';

/**
 * What the start page reads of the knowledge base (web/build/knowledge-facts.ts), in the language the app speaks:
 * English in the first load, another language's loaded with its start words.
 */
export interface StartFacts {
  version: string;
  notice: string;
  emergencyKnowledge: EmergencyKnowledge;
}

const made = new Map<Language, StartFacts>([['en', english]]);

/** Loads the start page's facts of the knowledge in `language`, once. */
export async function loadStartFacts(language: Language): Promise<void> {
  if (language === 'ru' && !made.has(language))
    made.set(language, await import('virtual:numbcheck/knowledge-facts/ru'));
}

/** The knowledge base's version, notice and emergency advice, in the language the app speaks. */
export function startFacts(): StartFacts {
  const language = webLanguage();
  const found = made.get(language);
  if (found === undefined)
    throw new Error(`The start page's facts in "${language}" were read before they were loaded`);
  return found;
}
