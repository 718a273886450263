import type { Language } from '../messages/index.ts';
import type { KnowledgeTexts } from './localize.ts';
import { inWords, type ReadableKnowledge } from './readable.ts';
import { ru } from './ru/index.ts';

/**
 * Each language's words for the knowledge, for Node.js (the CLI and the server). The web app loads a language's
 * table only when it is chosen and passes it to `inWords`, so English readers do not download Russian.
 */
export const KNOWLEDGE_TEXTS: Readonly<Record<Language, KnowledgeTexts>> = { en: {}, ru };

const made = new Map<Language, ReadableKnowledge>();

/** The knowledge a person reads, in `language`, made once per language. */
export function readableIn(language: Language): ReadableKnowledge {
  let found = made.get(language);
  if (found === undefined) {
    found = inWords(KNOWLEDGE_TEXTS[language]);
    made.set(language, found);
  }
  return found;
}
