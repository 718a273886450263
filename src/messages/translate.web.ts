import { registeredCatalog } from './catalog-registry.ts';
import { type Catalog, createTranslator, type Translate } from './create-translator.ts';
import { en } from './en/index.ts';
import type { Language } from './languages.ts';

/**
 * `translator` and `catalogOf` in the web app's bundle, where vite.config.ts puts this module in place of
 * translate.ts: the pure layers (errors, the diary, the prevention tools) write their words with them there too, but
 * from the catalogs the app has loaded, so that a person reading English never downloads Russian and the reverse.
 * English is here from the start: the diary's and the prevention tools' English names are made when they load.
 */
const made = new Map<Language, Translate>();

/** The catalog of `language`: English always, another once the app has loaded it. */
export function catalogOf(language: Language): Catalog {
  const catalog = language === 'en' ? en : registeredCatalog(language);
  if (catalog === undefined)
    throw new Error(`numbcheck: the ${language} words were used before they were loaded`);
  return catalog;
}

/** The messages of `language`, formatted with ICU MessageFormat (FormatJS). */
export function translator(language: Language): Translate {
  let found = made.get(language);
  if (found === undefined) {
    found = createTranslator(language, catalogOf(language));
    made.set(language, found);
  }
  return found;
}
