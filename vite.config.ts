import { defineConfig } from 'vite';
import { precompress } from './web/build/precompress.ts';

// The web app lives in web/ and imports the engine and knowledge from src/ directly; the build goes to dist/web,
// which the server serves.
export default defineConfig({
  root: 'web',
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // Brotli and gzip copies of every text file, for the server to send as they are.
  plugins: [precompress()],
  build: { outDir: '../dist/web', emptyOutDir: true, target: 'es2022' },
});
