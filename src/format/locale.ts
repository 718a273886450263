/**
 * The one locale numbcheck writes in unless a caller passes another. numbcheck's words are English, and its sentences
 * are made in three places (the browser, the server's diary summary, the terminal): taking each runtime's own locale
 * would put "12/6/2026" in one and "6 Dec 2026" in another, inside the same English sentences. British English gives
 * day-month-year dates, which read the same way to most people, and a 24-hour clock.
 */
export const DEFAULT_LOCALE = 'en-GB';

/** The locale to write in; tests pass one so that their expected text does not hang on the machine. */
export interface LocaleOption {
  locale?: string;
}

/**
 * Intl formatters are costly to build and cheap to reuse, so each (kind, locale, options) is made once. The key is
 * the options as JSON, which is stable because every caller here builds its options in one fixed order.
 */
export function cached<T>(cache: Map<string, T>, key: unknown, make: () => T): T {
  const id = JSON.stringify(key);
  let formatter = cache.get(id);
  if (formatter === undefined) {
    formatter = make();
    cache.set(id, formatter);
  }
  return formatter;
}
