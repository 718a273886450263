import { useEffect, useState } from 'preact/hooks';
import {
  ENGLISH_START_WORDS,
  fillPlainMessage,
  isLanguage,
  type Language,
  loadStartWords,
  loadTranslator,
  localeOf,
  type MessageKey,
  type MessageValues,
  pickLanguage,
  type StartKey,
  type StartWords,
  type Translate,
} from '../../src/messages/index.ts';

/**
 * The language the web app speaks, and its words. The one place that chooses it: the person's saved choice, else
 * the first language of their browser's that numbcheck speaks, else English.
 *
 * What a language needs is loaded in parts, so that the start page's first load stays small: the start page's own
 * plain words (`s`), which for English are in the first load; the catalog with FormatJS (`t`), loaded before the
 * assessment or a section is drawn; and what the parts of the app registered with `loadWith` (the start page's facts
 * of the knowledge, the knowledge's words), loaded before the app is drawn in a language.
 */

/** Each language's name in itself, for the switch: the same in every language. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', ru: 'Русский' };

/** Where the person's choice is kept, on this device. */
const SAVED_CHOICE = 'numbcheck:language';

interface Spoken {
  language: Language;
  words: StartWords;
  /** Loaded with `loadLanguage`; until then `t` may not be called. */
  translate: Translate | null;
}

let spoken: Spoken = { language: 'en', words: ENGLISH_START_WORDS, translate: null };
const listeners = new Set<(language: Language) => void>();
const loaders = new Set<(language: Language) => Promise<void>>();
/** Whether a part of the app that translates has been asked for: a change of language then loads the catalog too. */
let catalogWanted = false;

/** The language the person chose before on this device, else their browser's, else English. */
export function preferredLanguage(): Language {
  try {
    const saved = localStorage.getItem(SAVED_CHOICE);
    if (isLanguage(saved)) return saved;
  } catch {
    // Storage switched off: the browser's languages decide.
  }
  if (typeof navigator === 'undefined') return 'en';
  return pickLanguage(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

/** The language the app speaks now. */
export function webLanguage(): Language {
  return spoken.language;
}

/** The Intl locale of the language the app speaks, for src/format's `{ locale }`. */
export function webLocale(): string {
  return localeOf(spoken.language);
}

/** The start page's words (the `start` area): plain text, ready from the first load. */
export function s(key: StartKey, values?: MessageValues): string {
  return fillPlainMessage(spoken.words[key], values);
}

/**
 * The web app's words: `t('result.title')`. Only parts drawn after `loadLanguage` call it (the assessment, the
 * sections), so the start page carries neither FormatJS nor the catalogs.
 */
export function t(key: MessageKey, values?: MessageValues): string {
  if (spoken.translate === null) throw new Error(`t('${key}') was called before the catalog was loaded`);
  return spoken.translate(key, values);
}

function startWordsOf(language: Language): Promise<StartWords> {
  return language === 'en' ? Promise.resolve(ENGLISH_START_WORDS) : loadStartWords(language);
}

/** Runs what the open parts of the app registered with `loadWith`, for `language`. */
async function loadRegistered(language: Language): Promise<void> {
  await Promise.all([...loaders].map((load) => load(language)));
}

function speak(next: Spoken): void {
  const changed = next.language !== spoken.language;
  spoken = next;
  document.documentElement.lang = next.language;
  if (changed) for (const listener of listeners) listener(next.language);
}

/**
 * Makes `language` the one the app speaks once its start page's words are loaded: how the app boots. A language
 * that cannot be loaded leaves the app in English, whole, rather than in two languages.
 */
export async function bootIn(language: Language): Promise<void> {
  if (language === spoken.language) return;
  try {
    const [words] = await Promise.all([startWordsOf(language), loadRegistered(language)]);
    speak({ language, words, translate: null });
  } catch {
    // Offline or a failed chunk: the page stays in English.
  }
}

/**
 * Runs `load` for the language the app speaks, and again should the person choose another meanwhile, so that what is
 * loaded is always for the language the app is drawn in.
 */
async function forSpokenLanguage(load: (language: Language) => Promise<void>): Promise<void> {
  let language: Language;
  do {
    language = spoken.language;
    await load(language);
  } while (language !== spoken.language);
}

/** Loads the catalog and FormatJS for the language the app speaks, and what `loadWith` registered. */
export function loadLanguage(): Promise<void> {
  catalogWanted = true;
  return forSpokenLanguage(async (language) => {
    const [translate] = await Promise.all([
      spoken.translate ?? loadTranslator(language),
      loadRegistered(language),
    ]);
    if (spoken.language === language) spoken = { ...spoken, translate };
  });
}

/**
 * Registers what a part of the app needs in each language (the start page's facts, the knowledge's words), and loads
 * it for the language spoken now. A later change of language loads it before the app is drawn in the new language.
 */
export function loadWith(load: (language: Language) => Promise<void>): Promise<void> {
  loaders.add(load);
  return forSpokenLanguage(load);
}

/**
 * The person chooses a language: everything the open app needs in it is loaded, then the app is drawn in it, from
 * the same state (an interview in progress stays where it was). The choice is kept on this device.
 */
export async function chooseLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(SAVED_CHOICE, language);
  } catch {
    // Not kept across visits; this visit still changes.
  }
  if (language === spoken.language) return;
  const [words, translate] = await Promise.all([
    startWordsOf(language),
    catalogWanted ? loadTranslator(language) : null,
    loadRegistered(language),
  ]);
  speak({ language, words, translate });
}

/** The language the app speaks, for a component that must be drawn again when it changes. */
export function useLanguage(): Language {
  const [language, setLanguage] = useState(spoken.language);
  useEffect(() => {
    setLanguage(spoken.language);
    listeners.add(setLanguage);
    return () => {
      listeners.delete(setLanguage);
    };
  }, []);
  return language;
}
