/**
 * Writes the start page into the built index.html, so that the first screen paints as soon as the HTML and the
 * style sheet arrive rather than after the script has loaded and run; the script then renders over it. As the
 * first paint no longer waits for the script, the page's module scripts are fetched at low priority, so that on a
 * slow link the style sheet comes first.
 */
import { type InlineConfig, type Plugin, runnerImport } from 'vite';

interface StartPageModule {
  startPageHtml(): string;
}

/** Where the app mounts in web/index.html: an empty element, which the start page fills. */
export const APP_ROOT = '<div id="app"></div>';

/** Puts `content` inside the app's root element of `html`; a page without that element is an error. */
export function fillAppRoot(html: string, content: string): string {
  if (!html.includes(APP_ROOT)) throw new Error(`prerender: index.html has no empty ${APP_ROOT} to fill`);
  return html.replace(APP_ROOT, () => `<div id="app">${content}</div>`);
}

/** Style sheets imported by components: rendering to a string needs none (the built page links them). */
const NO_STYLE_SHEET = '\0numbcheck:no-style-sheet';
const noStyleSheets: Plugin = {
  name: 'numbcheck:prerender-no-css',
  enforce: 'pre',
  resolveId(source) {
    return source.endsWith('.css') ? NO_STYLE_SHEET : null;
  },
  load(id) {
    return id === NO_STYLE_SHEET ? 'export default "";' : null;
  },
};

/**
 * Adds `fetchpriority="low"` to the module scripts and modulepreload links of `html` (the tags Vite writes), so
 * that the browser does not treat the script as needed for the first paint. It still runs as soon as it arrives.
 */
export function lowerScriptPriority(html: string): string {
  return html.replace(
    /<(script type="module"|link rel="modulepreload")(?![^>]*\sfetchpriority=)/g,
    '<$1 fetchpriority="low"',
  );
}

/**
 * The Vite plugin. `module` is the file that exports `startPageHtml()` (web/src/prerender.tsx), loaded in Node
 * with Vite's transforms and `config` (the JSX settings, and the plugins the page's modules need); the project's
 * config file is not read, so this plugin does not load itself.
 */
export function prerender(module: string, config: InlineConfig): Plugin {
  return {
    name: 'numbcheck:prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const loaded = await runnerImport<StartPageModule>(module, {
          ...config,
          configFile: false,
          logLevel: 'warn',
          plugins: [noStyleSheets, ...(config.plugins ?? [])],
        });
        return lowerScriptPriority(fillAppRoot(html, loaded.module.startPageHtml()));
      },
    },
  };
}
