import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A part of the app beside the assessment (the diary, the break coach…), reached by its hash (`#/diary`) and
 * loaded only when first opened, so that the assessment's first load stays small.
 */
export interface Section {
  /** The hash path: `diary` for `#/diary`. */
  id: string;
  /** The navigation label. */
  label: string;
  load: () => Promise<ComponentType>;
  /** Where the section keeps what the person enters, for the footer (default: the assessment's "stays in this tab"). */
  privacy?: string;
}

/** Every section, in navigation order. Adding a section is one entry here. */
export const SECTIONS: Section[] = [
  {
    id: 'diary',
    label: 'Diary',
    load: () => import('./diary/diary-section.tsx').then((m) => m.DiarySection),
    privacy: 'Your diary is kept by the numbcheck server this page comes from; see “Your data” in the diary.',
  },
  {
    id: 'breaks',
    label: 'Breaks',
    load: () => import('./prevent/breaks-section.tsx').then((m) => m.BreaksSection),
    privacy:
      'Break settings and statistics stay on this device; a day is recorded in your diary only when you choose.',
  },
  {
    id: 'run',
    label: 'Run',
    load: () => import('./prevent/run-section.tsx').then((m) => m.RunSection),
    privacy: 'A run you log goes to your diary on the numbcheck server this page comes from.',
  },
  {
    id: 'sleep',
    label: 'Sleep',
    load: () => import('./prevent/sleep-section.tsx').then((m) => m.SleepSection),
    privacy: 'Your sleep check is saved on this device only.',
  },
];

/** The section a location hash names, or null for the assessment. */
export function sectionFromHash(hash: string): Section | null {
  const id = hash.startsWith('#/') ? hash.slice(2).split(/[/?]/)[0] : '';
  return SECTIONS.find((section) => section.id === id) ?? null;
}

/** Renders a section once its code has loaded. */
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
  if (failed)
    return <p role="alert">This part of numbcheck could not be loaded. Check the connection and reload.</p>;
  if (loaded?.id !== section.id) return <p aria-live="polite">Loading {section.label.toLowerCase()}…</p>;
  return <loaded.Component />;
}
