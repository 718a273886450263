import { type Language, type Translate, translator } from '../../src/messages/index.ts';

/**
 * The language the web app speaks. English until every screen reads its words from the catalogs: a person whose
 * browser prefers Russian must not get a page of two languages.
 */
export const WEB_LANGUAGE: Language = 'en';

/** The web app's words: `t('result.title')`. */
export const t: Translate = translator(WEB_LANGUAGE);
