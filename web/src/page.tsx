import type { ComponentChildren, JSX } from 'preact';
import { SiteFooter, SiteHeader } from './components/site-chrome.tsx';
import { UpdateBanner } from './offline/update-banner.tsx';
import { startFacts } from './start-facts.ts';

/** Names the tab after the screen, so that a screen-reader user hears where they are: "Your diary – numbcheck". */
export function setPageTitle(name: string): void {
  document.title = `${name} – numbcheck`;
}

/**
 * The frame of every screen but the emergency page: the header, the screen (under the notice of a new version, when
 * one is ready), the footer. `current` is the part
 * showing (`assess` or a section id). The build renders the start screen in it into index.html (web/src/prerender.tsx).
 */
export function Page(props: { current: string; privacy?: string; children: ComponentChildren }): JSX.Element {
  return (
    <>
      <SiteHeader current={props.current} />
      <main id="main" class="page">
        <UpdateBanner />
        {props.children}
      </main>
      <SiteFooter version={startFacts().version} privacy={props.privacy} />
    </>
  );
}
