import { type Catalog, createTranslator, type Translate } from './create-translator.ts';
import { en } from './en/index.ts';
import type { Language } from './languages.ts';
import { ru } from './ru/index.ts';

const CATALOGS: Readonly<Record<Language, Catalog>> = { en, ru };

const made = new Map<Language, Translate>();

/** The messages of `language`, formatted with ICU MessageFormat (FormatJS): `t('result.title')`. */
export function translator(language: Language): Translate {
  let found = made.get(language);
  if (found === undefined) {
    found = createTranslator(language, CATALOGS[language]);
    made.set(language, found);
  }
  return found;
}

/** The catalog of a language, for the catalog check. */
export function catalogOf(language: Language): Catalog {
  return CATALOGS[language];
}
