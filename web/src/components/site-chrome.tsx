import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { s, t } from '../language.ts';
import { SECTIONS } from '../sections.tsx';
import { PhoneIcon } from './icons.tsx';
import { LanguageSwitch } from './language-switch.tsx';

/**
 * The header on every screen but the emergency page: the name, the parts of the app, and the always-visible
 * emergency link. `current` is the part showing: `assess` or a section id.
 */
export function SiteHeader(props: { current: string }): JSX.Element {
  return (
    <header class="site-header no-print">
      <div class="site-header-inner">
        <p class="brand">numbcheck</p>
        {SECTIONS.length > 0 && (
          <nav class="site-nav" aria-label={s('start.nav')}>
            <a href="#/" aria-current={props.current === 'assess' ? 'page' : undefined}>
              {s('start.navCheck')}
            </a>
            {SECTIONS.map((section) => (
              <a
                key={section.id}
                href={`#/${section.id}`}
                aria-current={props.current === section.id ? 'page' : undefined}
              >
                {s(section.label)}
              </a>
            ))}
          </nav>
        )}
        <a class="emergency-link" href="#emergency">
          <PhoneIcon />
          <span>
            {s('start.emergencyLink')} <span class="nowrap">{s('start.emergencyNumbers')}</span>
          </span>
        </a>
      </div>
    </header>
  );
}

/**
 * The footer: the knowledge base's `version`, where what the person enters is kept (`privacy`), and the choice of
 * language.
 */
export function SiteFooter(props: { version: string; privacy?: string | undefined }): JSX.Element {
  return (
    <footer class="site-footer no-print">
      <div class="site-footer-inner">
        <p class="muted">
          {s('start.knowledge', { version: props.version })} {props.privacy ?? s('start.privacy')}
        </p>
        <LanguageSwitch />
      </div>
    </footer>
  );
}

/**
 * A screen's main heading. It takes the focus when the screen appears, so that keyboard and screen-reader users
 * start reading at the new screen rather than wherever the last button was.
 */
export function ScreenHeading(props: { children: ComponentChildren; class?: string }): JSX.Element {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    window.scrollTo(0, 0);
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} class={props.class}>
      {props.children}
    </h1>
  );
}

export function BackButton(props: { onBack: () => void; label?: string }): JSX.Element {
  return (
    <button type="button" class="back-link no-print" onClick={props.onBack}>
      <span aria-hidden="true">‹ </span>
      {props.label ?? t('web.back')}
    </button>
  );
}

/** "Start again", which asks first: it clears every answer. A quiet link during the interview, a button after it. */
export function ResetControl(props: { onReset: () => void; quiet?: boolean }): JSX.Element {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button
        type="button"
        class={props.quiet ? 'link-button' : 'button button-secondary'}
        onClick={() => setAsking(true)}
      >
        {t('web.startAgain')}
      </button>
    );
  }
  return (
    <section class="confirm" aria-labelledby="confirm-reset-title">
      <h2 id="confirm-reset-title" ref={confirmRef} tabIndex={-1}>
        {t('web.startAgainTitle')}
      </h2>
      <p>{t('web.startAgainText')}</p>
      <div class="button-row">
        <button type="button" class="button button-warning" onClick={props.onReset}>
          {t('web.clearAnswers')}
        </button>
        <button type="button" class="button button-secondary" onClick={() => setAsking(false)}>
          {t('web.cancel')}
        </button>
      </div>
    </section>
  );
}
