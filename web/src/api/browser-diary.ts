/**
 * The diary in this browser, opened: the browser's store (SQLite in WebAssembly on the origin's private file system,
 * in a worker) under the diary's calls. Loaded with import() only when the diary lives here.
 */
import { openBrowserStore } from '../../../src/store/browser/index.ts';
import type { DiaryClient } from './diary.ts';
import { asApiError, localDiaryClient } from './local-diary.ts';

export async function browserDiaryClient(): Promise<DiaryClient> {
  try {
    return localDiaryClient(await openBrowserStore());
  } catch (error) {
    throw asApiError(error);
  }
}
