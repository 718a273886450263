/**
 * Which lexicon reads a text: the language asked for, or else the one its letters show. Any Cyrillic letter means
 * Russian, so that a Russian text with English drug names ("пью metformin") is still read as Russian.
 */
import { en } from './lexicon/en.ts';
import { ru } from './lexicon/ru.ts';
import type { Lexicon } from './lexicon/schema.ts';

/** The lexicons by language tag; a language is added by adding its lexicon file here. */
export const lexicons = { en, ru } as const satisfies Record<string, Lexicon>;

export type Language = keyof typeof lexicons;

export const LANGUAGES = Object.keys(lexicons) as Language[];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(lexicons, value);
}

/** The language a text is written in, by its letters: Russian if it has a Cyrillic letter, else English. */
export function detectLanguage(text: string): Language {
  return /\p{Script=Cyrillic}/u.test(text) ? 'ru' : 'en';
}

/** The lexicon for a text: the language given, or the one detected from the text. */
export function lexiconFor(text: string, language?: Language): Lexicon {
  return lexicons[language ?? detectLanguage(text)];
}
