import { defineConfig } from 'vite';

// The web app lives in web/ and imports the engine and knowledge from src/ directly; the build goes to dist/web,
// which the server serves.
export default defineConfig({
  root: 'web',
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: '../dist/web', emptyOutDir: true, target: 'es2022' },
});
