import { renderToString } from 'preact-render-to-string';
import { Page } from './page.tsx';
import { StartScreen } from './screens/start.tsx';

/** Never called: the HTML has no script of its own; the app's script takes over the elements when it runs. */
const notYet = (): never => {
  throw new Error('the prerendered start page has no behaviour of its own');
};

/**
 * The start page as the app first renders it (web/src/start-app.tsx), as HTML. The build writes it into
 * index.html (web/build/prerender.ts) so that a phone shows the page as soon as the HTML and the style sheet
 * arrive, before the script; the app then renders over the same elements.
 */
export function startPageHtml(): string {
  return renderToString(
    <Page current="assess">
      <StartScreen onStart={notYet} onWords={notYet} />
    </Page>,
  );
}
