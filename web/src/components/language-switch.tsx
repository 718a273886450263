import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { LANGUAGES } from '../../../src/messages/index.ts';
import { chooseLanguage, LANGUAGE_NAMES, s, useLanguage } from '../language.ts';

/**
 * "English · Русский": each language named in itself, so that a person who cannot read the page's language still
 * finds theirs. Choosing one draws the app in it where it stands and keeps the choice on this device.
 */
export function LanguageSwitch(): JSX.Element {
  const spoken = useLanguage();
  const [busy, setBusy] = useState(false);
  return (
    <fieldset class="language-switch">
      <legend class="visually-hidden">{s('start.language')}</legend>
      {LANGUAGES.map((language, index) => (
        <span key={language}>
          {index > 0 && <span aria-hidden="true"> · </span>}
          <button
            type="button"
            class="link-button language-button"
            lang={language}
            aria-pressed={language === spoken}
            onClick={() => {
              if (language === spoken || busy) return;
              setBusy(true);
              // A language that cannot be loaded (offline) leaves the page as it is, whole.
              chooseLanguage(language)
                .catch(() => {})
                .finally(() => setBusy(false));
            }}
          >
            {LANGUAGE_NAMES[language]}
          </button>
        </span>
      ))}
    </fieldset>
  );
}
