import { cached, DEFAULT_LOCALE, type LocaleOption } from './locale.ts';

const formatters = new Map<string, Intl.ListFormat>();

/** Items joined as the locale joins a list with "and": "a, b and c" in British English, "a, b и c" in Russian. */
export function formatList(items: readonly string[], options: LocaleOption = {}): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const format = cached(formatters, locale, () => new Intl.ListFormat(locale, { type: 'conjunction' }));
  return format.format(items);
}
