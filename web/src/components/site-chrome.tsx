import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { SECTIONS } from '../sections.tsx';
import { PhoneIcon } from './icons.tsx';

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
          <nav class="site-nav" aria-label="numbcheck">
            <a href="#/" aria-current={props.current === 'assess' ? 'page' : undefined}>
              Check
            </a>
            {SECTIONS.map((section) => (
              <a
                key={section.id}
                href={`#/${section.id}`}
                aria-current={props.current === section.id ? 'page' : undefined}
              >
                {section.label}
              </a>
            ))}
          </nav>
        )}
        <a class="emergency-link" href="#emergency">
          <PhoneIcon />
          <span>
            Emergency? <span class="nowrap">Call 112 / 911 / 999</span>
          </span>
        </a>
      </div>
    </header>
  );
}

/** The footer: the knowledge base's `version`, and where what the person enters is kept (`privacy`). */
export function SiteFooter(props: { version: string; privacy?: string | undefined }): JSX.Element {
  return (
    <footer class="site-footer no-print">
      <div class="site-footer-inner">
        <p class="muted">
          numbcheck knowledge {props.version}.{' '}
          {props.privacy ?? 'Your answers stay in this browser tab; nothing is sent anywhere.'}
        </p>
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
      {props.label ?? 'Back'}
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
        Start again
      </button>
    );
  }
  return (
    <section class="confirm" aria-labelledby="confirm-reset-title">
      <h2 id="confirm-reset-title" ref={confirmRef} tabIndex={-1}>
        Start again?
      </h2>
      <p>This clears all your answers in this tab.</p>
      <div class="button-row">
        <button type="button" class="button button-warning" onClick={props.onReset}>
          Yes, clear my answers
        </button>
        <button type="button" class="button button-secondary" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
    </section>
  );
}
