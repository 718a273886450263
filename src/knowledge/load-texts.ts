import type { Language } from '../messages/index.ts';
import type { KnowledgeTexts } from './localize.ts';

/**
 * A language's words for the knowledge, loaded when it is first needed: the web app fetches the Russian table only
 * for a person who reads Russian. English is the knowledge itself, so its table is empty.
 */
export async function loadKnowledgeTexts(language: Language): Promise<KnowledgeTexts> {
  switch (language) {
    case 'en':
      return {};
    case 'ru':
      return (await import('./ru/index.ts')).ru;
  }
}
