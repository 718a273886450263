/**
 * The diary in the browser: the third driver of the store. The web app imports this module lazily (a dynamic
 * import from the diary's code), so that SQLite's worker and WebAssembly never weigh on the first load.
 */
export { BROWSER_DATABASE, type BrowserStoreOptions, openBrowserStore } from './browser-store.ts';
