import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { StartKey } from '../../src/messages/index.ts';
import { s, t } from './language.ts';

/**
 * A part of the app beside the assessment (the diary, the break coach…), reached by its hash (`#/diary`) and
 * loaded only when first opened, so that the assessment's first load stays small.
 */
export interface Section {
  /** The hash path: `diary` for `#/diary`. */
  id: string;
  /** The navigation label, from the start words (the header carries it on the start page). */
  label: StartKey;
  load: () => Promise<ComponentType>;
  /** Where the section keeps what the person enters, for the footer (default: the assessment's "stays in this tab"). */
  privacy?: StartKey;
}

/** Every section, in navigation order. Adding a section is one entry here. */
export const SECTIONS: Section[] = [
  {
    id: 'diary',
    label: 'start.navDiary',
    load: () => import('./diary/diary-section.tsx').then((m) => m.DiarySection),
    privacy: 'start.privacyDiary',
  },
  {
    id: 'breaks',
    label: 'start.navBreaks',
    load: () => import('./prevent/breaks-section.tsx').then((m) => m.BreaksSection),
    privacy: 'start.privacyBreaks',
  },
  {
    id: 'run',
    label: 'start.navRun',
    load: () => import('./prevent/run-section.tsx').then((m) => m.RunSection),
    privacy: 'start.privacyRun',
  },
  {
    id: 'sleep',
    label: 'start.navSleep',
    load: () => import('./prevent/sleep-section.tsx').then((m) => m.SleepSection),
    privacy: 'start.privacySleep',
  },
];

/** The section a location hash names, or null for the assessment. */
export function sectionFromHash(hash: string): Section | null {
  const id = hash.startsWith('#/') ? hash.slice(2).split(/[/?]/)[0] : '';
  return SECTIONS.find((section) => section.id === id) ?? null;
}

/**
 * Renders a section once its code has loaded. The sections are drawn inside the assessment's app, which is drawn
 * only once the language's catalog has loaded, so a section's `t()` always has its words.
 */
export function LazySection(props: { section: Section }): JSX.Element {
  const [loaded, setLoaded] = useState<{ id: string; Component: ComponentType } | null>(null);
  const [failed, setFailed] = useState(false);
  const { section } = props;
  useEffect(() => {
    let current = true;
    setFailed(false);
    section.load().then(
      (Component) => {
        if (current) setLoaded({ id: section.id, Component });
      },
      () => {
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [section]);
  if (failed) return <p role="alert">{t('web.sectionFailed')}</p>;
  if (loaded?.id !== section.id)
    return (
      <p aria-live="polite">{t('web.sectionLoading', { section: s(section.label).toLocaleLowerCase() })}</p>
    );
  return <loaded.Component />;
}
