import { registerCatalog } from './catalog-registry.ts';
import type { Catalog, Translate } from './create-translator.ts';
import type { Language } from './languages.ts';
import type { StartWords } from './start-words.ts';

/**
 * A language's catalog, loaded when it is first needed: the web app fetches only the language a person reads, and
 * its start page none at all. Kept apart from `translator`, which holds every catalog, so that a bundle importing
 * this does not take them in.
 */
export async function loadCatalog(language: Language): Promise<Catalog> {
  const catalog =
    language === 'ru'
      ? await import('./ru/index.ts').then((module) => module.ru)
      : await import('./en/index.ts').then((module) => module.en);
  registerCatalog(language, catalog);
  return catalog;
}

/** The start page's words in a language other than English, which the start page carries itself. */
export function loadStartWords(language: Exclude<Language, 'en'>): Promise<StartWords> {
  switch (language) {
    case 'ru':
      return import('./ru/start.ts').then((module) => module.start);
  }
}

/**
 * The messages of `language`, with FormatJS and the catalog loaded first: how the web app translates, so that neither
 * is in its first load.
 */
export async function loadTranslator(language: Language): Promise<Translate> {
  const [{ createTranslator }, catalog] = await Promise.all([
    import('./create-translator.ts'),
    loadCatalog(language),
  ]);
  return createTranslator(language, catalog);
}
