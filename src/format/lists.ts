import { cached, DEFAULT_LOCALE, type LocaleOption } from './locale.ts';

const formatters = new Map<string, Intl.ListFormat>();

/** Whether a list offers a choice ("a, b or c") or names all of its items ("a, b and c"). */
export type ListKind = 'or' | 'and';

/** Items joined as the language joins a list: "present, absent or unknown", «left или right». */
export function formatList(items: readonly string[], kind: ListKind, options: LocaleOption = {}): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const type = kind === 'or' ? 'disjunction' : 'conjunction';
  return cached(formatters, [locale, type], () => new Intl.ListFormat(locale, { type })).format(items);
}
