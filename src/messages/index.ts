/**
 * numbcheck's words: message catalogs by language in ICU MessageFormat, formatted by FormatJS, and the choice of a
 * language from what a person's browser or terminal prefers. Every layer may use it, as it may use src/format.
 */

export type { Catalog, MessageValues, Translate } from './create-translator.ts';
export type { MessageKey } from './en/index.ts';
export { places as ENGLISH_PLACE_WORDS } from './en/places.ts';
export { start as ENGLISH_START_WORDS } from './en/start.ts';
export { isLanguage, LANGUAGES, type Language, localeOf, pickLanguage } from './languages.ts';
export { loadCatalog, loadStartWords, loadTranslator } from './load-catalog.ts';
export { fillPlainMessage, type StartKey, type StartWords } from './start-words.ts';
export { catalogOf, translator } from './translate.ts';
