import { render } from 'preact';
import { knowledge } from '../../src/knowledge/index.ts';
import { App } from './app.tsx';
import { restore, STORAGE_KEY } from './interview-state.ts';

/** The saved interview of this tab, if the browser lets us read it (private modes may not). */
function savedState(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

const root = document.getElementById('app');
if (root) render(<App initial={restore(savedState(), knowledge)} />, root);
