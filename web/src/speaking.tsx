import type { JSX } from 'preact';
import { useLanguage } from './language.ts';

/**
 * The app's root: it draws `render()` afresh whenever the person chooses another language, so that every screen
 * takes the new words while keeping its state (the interview, what is typed, what is open).
 */
export function InLanguage(props: { render: () => JSX.Element }): JSX.Element {
  useLanguage();
  return props.render();
}
