/** The languages numbcheck speaks, the first being the one it falls back to. */
export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The Intl locale each language writes its dates and numbers in, passed to src/format: British English for English
 * (day-month-year, a 24-hour clock), Russia's Russian for Russian.
 */
const LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', ru: 'ru-RU' };

/** The Intl locale for `language`, to pass to src/format as `{ locale }`. */
export function localeOf(language: Language): string {
  return LOCALES[language];
}

/** Whether `tag` is a language numbcheck speaks: a saved choice read back is checked before it is trusted. */
export function isLanguage(tag: unknown): tag is Language {
  return LANGUAGES.some((language) => language === tag);
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
