import { createIntl, createIntlCache } from '@formatjs/intl';
import type { MessageKey } from './en/index.ts';
import { type Language, localeOf } from './languages.ts';

/** A language's messages by key, as its catalog holds them. */
export type Catalog = Readonly<Record<MessageKey, string>>;

/** Values for a message's placeholders: numbers are formatted and plurals chosen by the language's own rules. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** Writes the messages of one language. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

// Pure: a chunk that imports this module and never translates must not keep FormatJS for this call.
const cache = /* @__PURE__ */ createIntlCache();

/**
 * The messages of `catalog`, written in `language` with ICU MessageFormat (FormatJS). The web app calls it with a
 * catalog it has just loaded; Node.js callers use `translator(language)`, which has every catalog at hand.
 */
export function createTranslator(language: Language, catalog: Catalog): Translate {
  const intl = createIntl({ locale: localeOf(language), messages: catalog }, cache);
  return (key, values) => intl.formatMessage({ id: key }, values);
}
