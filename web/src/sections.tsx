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
}

/** Every section, in navigation order. Adding a section is one entry here. */
export const SECTIONS: Section[] = [];

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
