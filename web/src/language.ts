import { type Language, localeOf, type Translate, translator } from '../../src/messages/index.ts';

/**
 * The language the web app speaks. English until every screen reads its words from the catalogs: a person whose
 * browser prefers Russian must not get a page of two languages.
 */
export const WEB_LANGUAGE: Language = 'en';

let translate: Translate | undefined;

/**
 * The web app's words: `t('result.title')`. Made on first use, so that a chunk that imports this module without
 * calling it (the start page) does not carry the catalogs.
 */
export function t(...args: Parameters<Translate>): string {
  translate ??= translator(WEB_LANGUAGE);
  return translate(...args);
}

/** The Intl locale the web app writes dates and numbers in, for src/format's `{ locale }`. */
export function webLocale(): string {
  return localeOf(WEB_LANGUAGE);
}
