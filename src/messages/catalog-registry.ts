import type { Catalog } from './create-translator.ts';
import type { Language } from './languages.ts';

/**
 * The catalogs the web app has loaded, by language. Apart from everything else, with no imports of its own, so that
 * the start page can register what it loads without carrying a catalog or FormatJS.
 */
const registered = new Map<Language, Catalog>();

/** Records a catalog the web app has loaded, for the pure layers' words in that language (translate.web.ts). */
export function registerCatalog(language: Language, catalog: Catalog): void {
  registered.set(language, catalog);
}

/** The catalog of `language`, once the web app has loaded it. */
export function registeredCatalog(language: Language): Catalog | undefined {
  return registered.get(language);
}
