/**
 * numbcheck's words: message catalogs by language in ICU MessageFormat, formatted by FormatJS, and the choice of a
 * language from what a person's browser or terminal prefers. Every layer may use it, as it may use src/format.
 */
export type { MessageKey } from './en/index.ts';
export {
  catalogOf,
  isLanguage,
  LANGUAGES,
  type Language,
  localeOf,
  type MessageValues,
  pickLanguage,
  type Translate,
  translator,
} from './translate.ts';
