import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { en, type MessageKey } from './en/index.ts';
import { ru } from './ru/index.ts';

/** The languages numbcheck speaks, the first being the one it falls back to. */
export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Whether `value` names a language numbcheck speaks: "ru", not "ru-RU" (see `pickLanguage` for those). */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && LANGUAGES.some((language) => language === value);
}

/**
 * The Intl locale each language writes its dates and numbers in, passed to src/format: British English for English
 * (day-month-year, a 24-hour clock), Russia's Russian for Russian.
 */
const LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', ru: 'ru-RU' };

/** The Intl locale for `language`, to pass to src/format as `{ locale }`. */
export function localeOf(language: Language): string {
  return LOCALES[language];
}

const CATALOGS: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { en, ru };

/** Values for a message's placeholders: numbers are formatted and plurals chosen by the language's own rules. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** Writes the messages of one language. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

// Pure: a chunk that imports this module and never translates must not keep FormatJS for this call.
const cache = /* @__PURE__ */ createIntlCache();
const intls = new Map<Language, IntlShape<string>>();

function intlOf(language: Language): IntlShape<string> {
  const found = intls.get(language);
  if (found) return found;
  const made = createIntl({ locale: LOCALES[language], messages: CATALOGS[language] }, cache);
  intls.set(language, made);
  return made;
}

/** The messages of `language`, formatted with ICU MessageFormat (FormatJS): `t('result.title')`. */
export function translator(language: Language): Translate {
  const intl = intlOf(language);
  return (key, values) => intl.formatMessage({ id: key }, values);
}

/** The catalog of a language, for the catalog check. */
export function catalogOf(language: Language): Readonly<Record<MessageKey, string>> {
  return CATALOGS[language];
}

/**
 * The first language numbcheck speaks among `preferred` (most preferred first: the browser's languages, an
 * Accept-Language header's, `LANG`), by its primary subtag ("ru-RU" is Russian), or English.
 */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag
      .trim()
      .toLowerCase()
      .split(/[-_.@]/)[0];
    const found = LANGUAGES.find((language) => language === primary);
    if (found) return found;
  }
  return 'en';
}
