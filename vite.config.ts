import { fileURLToPath } from 'node:url';
import { defineConfig, type InlineConfig, type Plugin } from 'vite';
import { knowledgeFacts } from './web/build/knowledge-facts.ts';
import { listLaterFiles } from './web/build/later-files.ts';
import { offlineApp } from './web/build/offline-app.ts';
import { precompress } from './web/build/precompress.ts';
import { prerender } from './web/build/prerender.ts';

const MESSAGES = fileURLToPath(new URL('./src/messages/', import.meta.url));

/**
 * In the bundle, src/messages' `translator` and `catalogOf` read the catalogs the app has loaded
 * (translate.web.ts) rather than importing every language's (translate.ts, for Node.js).
 */
function webTranslator(): Plugin {
  return {
    name: 'numbcheck:web-translator',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './translate.ts' && importer?.startsWith(MESSAGES)) return `${MESSAGES}translate.web.ts`;
      return null;
    },
  };
}

/** Preact's JSX, for the bundle and for rendering the start page at build time. */
const JSX: InlineConfig = { oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } } };

// The web app lives in web/ and imports the engine and knowledge from src/ directly; the build goes to dist/web,
// which the server serves.
export default defineConfig({
  root: 'web',
  base: './',
  ...JSX,
  plugins: [
    // The knowledge's version and notice for the start page, which does not load the knowledge itself.
    knowledgeFacts(),
    // The start page as HTML in index.html, so that it paints before the script has run.
    prerender(fileURLToPath(new URL('./web/src/prerender.tsx', import.meta.url)), {
      ...JSX,
      plugins: [knowledgeFacts()],
    }),
    // The catalogs the app has loaded, in place of every catalog at once (src/messages/translate.web.ts).
    webTranslator(),
    // The assessment's files and the words it is drawn in, for the page to fetch once it has loaded, without
    // running them until Start: FormatJS and English with the assessment for everyone, and each other language's
    // catalog and knowledge for its readers.
    listLaterFiles({
      everyone: ['web/src/assessment.ts'],
      byLanguage: {
        en: [],
        ru: ['src/messages/ru/index.ts', 'src/knowledge/ru/index.ts'],
      },
    }),
    // The web app manifest and the service worker that keeps every file of the build for offline use.
    offlineApp(),
    // Brotli and gzip copies of every text file, for the server to send as they are.
    precompress(),
  ],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    // pdfmake's chunk (about 1 MB, 340 KB gzipped) is loaded only when a person asks for a PDF; every other chunk
    // stays far below this.
    chunkSizeWarningLimit: 1100,
  },
});
