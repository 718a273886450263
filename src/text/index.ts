/**
 * Free-text intake: a person's own words → findings with the words that said them, and engine answers. Pure (no
 * I/O, no clock), so the web app runs it in the browser; the CLI and the HTTP API call the same functions.
 */
import { en } from './lexicon/en.ts';
import { ru } from './lexicon/ru.ts';

export {
  detectLanguage,
  isLanguage,
  LANGUAGES,
  type Language,
  lexiconFor,
  lexicons,
} from './language.ts';
export type * from './lexicon/schema.ts';
export { mergeAnswers } from './merge.ts';
export {
  type ParseResult,
  parseText,
  type UnderstoodChoice,
  type UnderstoodFinding,
  type UnderstoodPlace,
} from './parse.ts';
export { en, ru };
